package org.perfsheet.check;

import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfsheet.report.WorkbookReport;
import org.perfsheet.scoring.ScoringProfile;
import org.perfsheet.workbook.TemplateLearner;

/**
 * Robustness, not correctness: whatever a unit does to a form — cells emptied, labels retyped,
 * numbers replaced by words, rows deleted, notes added — checking it, and checking the returned
 * workbook again, never ends in an internal error. It does not check which findings come out (the
 * golden files, the rule tests in {@code org.perfsheet.rules} and {@link MutationPropertyTest} do
 * that). Four samples × 12 rounds of random edits, each checked and its returned workbook checked
 * again: the slow tier, {@code mvn verify}.
 */
class MutationIT {

  static final List<String> SAMPLES =
      List.of(
          "test-workbooks/self-evaluation/2021-上海市司法局-项目自评表.xlsx",
          "test-workbooks/self-evaluation/2021-司法行政其他业务支出-万元.xls",
          "test-workbooks/department/2020-硚口区司法局-整体绩效自评表.xlsx",
          "test-workbooks/declaration/2024-普陀区司法局-绩效目标申报表.xlsx");
  static final String[] JUNK = {
    "", " ", "总分", "得分", "≥", "=", "#N/A", "12,34,5", "未完成", "-", "1e309", "％", "年度目标 9：", "（",
    "99.5%%", "\n", "合计", "=SUM("
  };

  @Test
  void mutatedFormsAreReportedNeverCrash(@TempDir Path tmp) throws Exception {
    Checker checker =
        new Checker(TemplateLearner.loadAll(Path.of("templates")), ScoringProfile.defaults());
    Random random = new Random(Long.getLong("mutation.seed", 2026));
    int n = 0;
    for (String sample : SAMPLES) {
      for (int round = 0; round < 12; round++) {
        Path file = tmp.resolve("m" + n++ + sample.substring(sample.lastIndexOf('.')));
        try (InputStream in = Files.newInputStream(Path.of(sample));
            Workbook wb = WorkbookFactory.create(in)) {
          for (int k = 0; k < 1 + random.nextInt(25); k++) {
            mutate(wb.getSheetAt(random.nextInt(wb.getNumberOfSheets())), random);
          }
          try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
          }
        }
        Path returned = tmp.resolve("out-" + file.getFileName());
        WorkbookReport r = checker.process(file, returned);
        assertNotEquals(
            "INTERNAL_ERROR",
            r.error() == null ? null : r.error().code(),
            sample + " round " + round + ": " + (r.error() == null ? "" : r.error().message()));
        if (r.output() != null) {
          // and resubmitted as returned: the marks come off, go on again
          WorkbookReport again =
              checker.process(returned, tmp.resolve("again-" + file.getFileName()));
          assertNotEquals(
              "INTERNAL_ERROR",
              again.error() == null ? null : again.error().code(),
              sample
                  + " round "
                  + round
                  + " resubmitted: "
                  + (again.error() == null ? "" : again.error().message()));
        }
      }
    }
  }

  private static void mutate(Sheet s, Random random) {
    int last = Math.max(0, s.getLastRowNum());
    Row row = s.getRow(random.nextInt(last + 1));
    if (row == null) {
      return;
    }
    switch (random.nextInt(5)) {
      case 0 -> s.removeRow(row);
      case 1 -> {
        Cell c = row.getCell(random.nextInt(Math.max(1, row.getLastCellNum())));
        if (c != null) {
          c.setBlank();
        }
      }
      case 2 -> {
        Cell c = row.createCell(random.nextInt(12));
        c.setCellValue(JUNK[random.nextInt(JUNK.length)]);
      }
      case 3 -> {
        Cell c = row.createCell(random.nextInt(12));
        c.setCellValue(
            random.nextInt(3) == 0 ? -random.nextDouble() * 1e6 : random.nextDouble() * 200);
      }
      default -> {
        // a unit's own note, anywhere: beside a cell perfsheet will mark, or on it
        int col = random.nextInt(12);
        Cell c = row.getCell(col) == null ? row.createCell(col) : row.getCell(col);
        Cell right = row.getCell(col + 1);
        // POI files a new .xlsx comment under its box's top-left cell first: that one must be free
        // too
        if (c.getCellComment() == null && (right == null || right.getCellComment() == null)) {
          var anchor = s.getWorkbook().getCreationHelper().createClientAnchor();
          anchor.setRow1(row.getRowNum());
          anchor.setCol1(col + 1);
          anchor.setRow2(row.getRowNum() + 3);
          anchor.setCol2(col + 3);
          var drawing =
              s.getDrawingPatriarch() != null
                  ? s.getDrawingPatriarch()
                  : s.createDrawingPatriarch();
          var note = drawing.createCellComment(anchor);
          note.setString(s.getWorkbook().getCreationHelper().createRichTextString("单位备注 " + col));
          c.setCellComment(note);
        }
      }
    }
  }
}
