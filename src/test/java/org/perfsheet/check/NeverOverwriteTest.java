package org.perfsheet.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfsheet.model.FindingCode;
import org.perfsheet.report.WorkbookReport;
import org.perfsheet.scoring.ScoringProfile;
import org.perfsheet.workbook.TemplateLearner;

/**
 * A form from elsewhere that lacks the 总分 row and the 执行率 column: perfsheet computes them but has
 * no cell of the submitter's to put them in, so it writes nothing over the labels near where they
 * would be.
 */
class NeverOverwriteTest {

  @Test
  void computedFieldsMissingFromTheSheetAreNotWrittenAnywhere(@TempDir Path tmp) throws Exception {
    Path in = tmp.resolve("no-total.xlsx");
    try (Workbook wb = new XSSFWorkbook()) {
      Sheet s = wb.createSheet("自评");
      String[][] rows = {
        {"财政项目支出绩效自评表"},
        {"(2023 年度)"},
        {"项目名称", "", "法律援助"},
        {"主管部门", "", "某区司法局", "", "实施单位", "某区法律援助中心"},
        {"项目资金（元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "得分"},
        {"", "年度资金总额", "100", "100", "90", "10", ""},
        {"一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"},
        {"产出指标", "数量指标", "办案数", "≥100件", "120件", "90", "90"}
      };
      for (int r = 0; r < rows.length; r++) {
        Row row = s.createRow(r);
        for (int c = 0; c < rows[r].length; c++) {
          if (!rows[r][c].isEmpty()) {
            row.createCell(c).setCellValue(rows[r][c]);
          }
        }
      }
      try (var out = Files.newOutputStream(in)) {
        wb.write(out);
      }
    }
    Checker checker =
        new Checker(TemplateLearner.loadAll(Path.of("templates")), ScoringProfile.defaults());
    Path out = tmp.resolve("out.xlsx");
    WorkbookReport r = checker.process(in, out);
    assertEquals(WorkbookReport.Status.CHECKED, r.status(), String.valueOf(r.error()));
    var fills =
        r.forms().get(0).findings().stream()
            .filter(f -> f.code() == FindingCode.VALUE_FILLED)
            .map(f -> f.cell().a1())
            .toList();
    assertEquals("[G6]", fills.toString(), "only the blank budget 得分 the sheet has is filled");
    try (InputStream i = Files.newInputStream(out);
        XSSFWorkbook wb = new XSSFWorkbook(i)) {
      Sheet s = wb.getSheet("自评");
      assertEquals(
          "得分", s.getRow(6).getCell(6).getStringCellValue(), "the table header is left as it was");
      assertEquals("得分", s.getRow(4).getCell(6).getStringCellValue());
      assertEquals(9.0, s.getRow(5).getCell(6).getNumericCellValue(), 1e-9, "10 × 90%");
      assertTrue(r.forms().get(0).total().computed() != null);
    }
  }
}
