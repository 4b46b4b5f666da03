package org.perfsheet.check;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfsheet.model.CellRef;
import org.perfsheet.model.FormResult;
import org.perfsheet.model.LightMark;
import org.perfsheet.report.WorkbookReport;
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

  /**
   * A submitter's note on a cell perfsheet marks: with a finding, perfsheet's comment joins it
   * (through POI, which merges the two); lit only, the note stays as it is and is recorded in the
   * restore state, so that the second round keeps it (streamed).
   */
  @Test
  void notesOnMarkedCells(@TempDir Path tmp) throws Exception {
    Path sample = Path.of("test-workbooks/monitoring/2024-安置帮教和社区矫正-执行监控表-问题样例.xlsx");
    WorkbookReport first =
        StreamedWriteFidelityTest.checker.process(sample, tmp.resolve("first.xlsx"));
    FormResult form = first.forms().get(0);
    CellRef found =
        form.findings().stream().filter(f -> !f.code().onForm()).findFirst().get().cell();
    Set<CellRef> withFindings = new HashSet<>();
    form.findings().forEach(f -> withFindings.add(f.cell()));
    CellRef litOnly =
        form.lights().all().stream()
            .map(LightMark::cell)
            .filter(c -> !withFindings.contains(c))
            .findFirst()
            .orElseThrow();
    List<String> failures = new ArrayList<>();
    boolean[] streamed = new boolean[2];
    int k = 0;
    for (CellRef at : List.of(found, litOnly)) {
      Path file = tmp.resolve("noted-" + k + ".xlsx");
      try (InputStream in = Files.newInputStream(sample);
          Workbook wb = WorkbookFactory.create(in)) {
        Sheet s = wb.getSheet(at.sheet());
        Row row = s.getRow(at.row()) == null ? s.createRow(at.row()) : s.getRow(at.row());
        Cell c = row.getCell(at.col()) == null ? row.createCell(at.col()) : row.getCell(at.col());
        note(wb, s, c);
        try (var out = Files.newOutputStream(file)) {
          wb.write(out);
        }
      }
      streamed[k++] = StreamedWriteFidelityTest.compare(file, tmp, failures, true);
    }
    StreamedWriteFidelityTest.report(failures, (streamed[0] ? 1 : 0) + (streamed[1] ? 1 : 0), 2);
    assertFalse(streamed[0], "a note joining the submitter's goes through POI");
    assertTrue(streamed[1], "a lit cell's own note stays, streamed");
  }

  private static void note(Workbook wb, Sheet form, Cell c) {
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
          if (round == 4 || round == 2) {
            // a submitter's own note on the form: on its title, or on any cell (a marked one: its
            // note joins perfsheet's, through POI; an unmarked one: perfsheet's are appended)
            Sheet form = wb.getSheetAt(0);
            note(wb, form, round == 4 ? first(form) : any(form, random));
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

  private static Cell first(Sheet s) {
    Row top = s.getRow(s.getFirstRowNum());
    return top.getCell(top.getFirstCellNum());
  }

  /** A stored cell somewhere in the sheet's middle rows. */
  private static Cell any(Sheet s, Random random) {
    for (int tries = 0; tries < 100; tries++) {
      Row r = s.getRow(s.getLastRowNum() / 3 + random.nextInt(Math.max(1, s.getLastRowNum() / 2)));
      if (r != null && r.getLastCellNum() > 0) {
        Cell c = r.getCell(random.nextInt(r.getLastCellNum()));
        if (c != null) {
          return c;
        }
      }
    }
    return first(s);
  }
}
