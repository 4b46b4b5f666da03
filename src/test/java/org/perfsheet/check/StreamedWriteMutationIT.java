package org.perfsheet.check;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfsheet.testing.Mutations;

/**
 * The streamed write against POI's path on workbooks a unit got wrong (cells emptied, junk typed
 * in, rows removed, another tab selected, a note of its own on the form), each also returned and
 * checked again: as {@link StreamedWriteFidelityTest} compares them.
 */
class StreamedWriteMutationIT {

  @BeforeAll
  static void setUp() throws Exception {
    StreamedWriteFidelityTest.setUp();
  }

  @Test
  void templatesWriteTheSameStreamedAsThroughPoi(@TempDir Path tmp) throws Exception {
    List<String> failures = new ArrayList<>();
    int streamed = 0;
    List<Path> templates = StreamedWriteFidelityTest.xlsx(Path.of("templates"));
    for (Path t : templates) {
      streamed += StreamedWriteFidelityTest.compare(t, tmp, failures, true) ? 1 : 0;
    }
    StreamedWriteFidelityTest.report(failures, streamed, templates.size());
  }

  @Test
  void mutatedWorkbooksWriteTheSameStreamedAsThroughPoi(@TempDir Path tmp) throws Exception {
    Random random = new Random(29);
    List<String> failures = new ArrayList<>();
    int streamed = 0;
    int n = 0;
    for (String sample :
        List.of(
            "test-workbooks/self-evaluation/2021-上海市司法局-项目自评表.xlsx",
            "test-workbooks/declaration/2024-普陀区司法局-绩效目标申报表.xlsx",
            "test-workbooks/department/2020-硚口区司法局-整体绩效自评表.xlsx",
            "test-workbooks/monitoring/2024-法律援助费-执行监控表-1-6月.xlsx",
            "test-workbooks/foreign/2023-四川青神县-农村公路养护-项目自评表.xlsx")) {
      for (int round = 0; round < 6; round++) {
        Path file = tmp.resolve("m" + n++ + ".xlsx");
        try (InputStream in = Files.newInputStream(Path.of(sample));
            Workbook wb = WorkbookFactory.create(in)) {
          for (int k = 0; k < 1 + random.nextInt(25); k++) {
            Mutations.mutate(wb.getSheetAt(random.nextInt(wb.getNumberOfSheets())), random);
          }
          if (round == 4) { // a submitter's own note on the form: its sheet goes through POI
            Sheet form = wb.getSheetAt(0);
            Row top = form.getRow(form.getFirstRowNum());
            Cell c = top.getCell(top.getFirstCellNum());
            var anchor = wb.getCreationHelper().createClientAnchor();
            anchor.setCol1(c.getColumnIndex() + 1);
            anchor.setRow1(c.getRowIndex());
            anchor.setCol2(c.getColumnIndex() + 4);
            anchor.setRow2(c.getRowIndex() + 3);
            Comment note = form.createDrawingPatriarch().createCellComment(anchor);
            note.setString(wb.getCreationHelper().createRichTextString("单位自己的批注"));
            note.setAuthor("填报人");
            c.setCellComment(note);
          }
          if (round % 2 == 1) {
            wb.setActiveSheet(wb.getNumberOfSheets() - 1); // a selected tab elsewhere
            wb.setSelectedTab(wb.getNumberOfSheets() - 1);
          }
          try (var out = Files.newOutputStream(file)) {
            wb.write(out);
          }
        }
        streamed += StreamedWriteFidelityTest.compare(file, tmp, failures, true) ? 1 : 0;
      }
    }
    StreamedWriteFidelityTest.report(failures, streamed, n);
    assertTrue(streamed >= n * 3 / 4, "most mutated workbooks take the streamed write");
  }
}
