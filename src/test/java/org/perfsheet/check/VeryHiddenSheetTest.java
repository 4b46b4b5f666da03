package org.perfsheet.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfsheet.report.WorkbookReport;
import org.perfsheet.scoring.ScoringProfile;
import org.perfsheet.workbook.TemplateLearner;

/**
 * Issue 12, item 13: a form on a very hidden sheet (a macro's doing) gave NO_FORM naming only the
 * visible sheets; the clerk could not find, nor unhide, the one that mattered.
 */
class VeryHiddenSheetTest {

  @Test
  void noFormNamesTheVeryHiddenSheets(@TempDir Path tmp) throws Exception {
    Path hidden = tmp.resolve("隐藏.xlsx");
    try (InputStream in = Files.newInputStream(WorkbookLimitsTest.SAMPLE);
        XSSFWorkbook wb = new XSSFWorkbook(in)) {
      for (int i = 0; i < wb.getNumberOfSheets(); i++) {
        if (!wb.getSheetName(i).equals("填表说明")) {
          wb.setSheetVisibility(i, SheetVisibility.VERY_HIDDEN);
        }
      }
      wb.setActiveSheet(0);
      try (OutputStream out = Files.newOutputStream(hidden)) {
        wb.write(out);
      }
    }
    Checker checker =
        new Checker(TemplateLearner.loadAll(Path.of("templates")), ScoringProfile.defaults());
    WorkbookReport r = checker.process(hidden, tmp.resolve("out.xlsx"));
    assertEquals("NO_FORM", r.error().code());
    assertTrue(
        r.error()
            .message()
            .contains(
                "另有“非常隐藏”的工作表：12348公共法律服务、司法行政其他业务支出，perfsheet 不读取，" + "在 Excel 或 WPS 中也无法直接取消隐藏"),
        r.error().message());
    assertTrue(
        r.error().message().contains("very hidden sheets (12348公共法律服务、司法行政其他业务支出)"),
        r.error().message());
  }
}
