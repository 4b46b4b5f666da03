package org.perfsheet.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfsheet.layout.Layout;
import org.perfsheet.model.Finding;
import org.perfsheet.model.FindingCode;
import org.perfsheet.model.FormResult;
import org.perfsheet.report.WorkbookReport;
import org.perfsheet.scoring.ScoringProfile;
import org.perfsheet.workbook.TemplateLearner;

/**
 * A form in a layout no shipped template describes, read with the shipped templates only (issue
 * 10): values under their headers, a target split over 指标性质 | 指标值 | 度量单位, a printed placeholder
 * row, a 合计 row and a footer. The reading must be right where it can be and honest where it cannot:
 * no finding on a title, label or header, no total from partial information.
 */
class StrangerFormTest {

  static List<Layout> shipped;

  @BeforeAll
  static void learn() throws IOException {
    shipped = TemplateLearner.loadAll(Path.of("templates"));
  }

  /** Built cell by cell; {@code rate} is what the 执行率 cell holds (a number or a formula). */
  static Path form(Path dir, String name, Object rate, String level1) throws IOException {
    XSSFWorkbook wb = new XSSFWorkbook();
    Sheet s = wb.createSheet("自评表");
    put(s, 0, 0, "某县项目支出绩效自评表（2023年度）");
    merge(s, 0, 0, 0, 9);
    put(s, 1, 0, "项目名称");
    put(s, 1, 2, "乡村道路养护");
    put(s, 2, 0, "主管部门");
    put(s, 2, 2, "县交通运输局");
    put(s, 2, 5, "实施单位");
    put(s, 2, 7, "县公路养护中心");
    // Funds: headers, values right under them, no 年度资金总额 row label at all.
    put(s, 3, 0, "预算执行情况（万元）");
    String[] heads = {"年初预算", "调整后预算数", "预算执行数", "预算执行率", "权重", "得分"};
    Object[] values = {100.0, 100.0, 90.0, rate, 10.0, 9.0};
    for (int i = 0; i < heads.length; i++) {
      put(s, 3, 2 + i, heads[i]);
      put(s, 4, 2 + i, values[i]);
    }
    String[] cols = {"一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "完成值", "权重", "得分", "未完成原因分析"};
    for (int i = 0; i < cols.length; i++) {
      put(s, 6, i, cols[i]);
    }
    row(s, 7, level1, "数量指标", "养护里程", "≥", 400.0, "公里", 420.0, 40.0, 40.0, null);
    row(s, 8, level1, "成本指标", "外包服务费用", "≤", 30.0, "万元", 35.0, 10.0, 10.0, null);
    row(s, 9, level1, "质量指标", "指标2：", null, null, null, null, null, null, null);
    row(s, 10, "效益指标(30分)", "社会效益指标", "出行条件改善", "定性", "明显改善", null, "明显改善", 30.0, 30.0, null);
    row(s, 11, "满意度指标(10分)", "服务对象满意度指标", "群众满意度", "≥", 90.0, "%", 95.0, 10.0, 10.0, null);
    put(s, 12, 0, "合计");
    merge(s, 12, 12, 0, 6);
    put(s, 12, 7, 100.0);
    put(s, 12, 8, 99.0);
    put(s, 13, 0, "评价结论");
    put(s, 13, 2, "项目完成较好，自评等级为优。");
    put(s, 14, 0, "项目负责人：");
    put(s, 14, 2, "王某");
    put(s, 14, 5, "联系电话");
    put(s, 14, 7, "12345678");
    Path file = dir.resolve(name);
    try (wb;
        OutputStream out = Files.newOutputStream(file)) {
      wb.write(out);
    }
    return file;
  }

  private static void row(Sheet s, int r, Object... v) {
    for (int c = 0; c < v.length; c++) {
      if (v[c] != null) {
        put(s, r, c, v[c]);
      }
    }
  }

  private static void put(Sheet s, int r, int c, Object v) {
    Row row = s.getRow(r) == null ? s.createRow(r) : s.getRow(r);
    Cell cell = row.createCell(c);
    if (v instanceof Double d) {
      cell.setCellValue(d);
    } else if (v instanceof String t && t.startsWith("=")) {
      cell.setCellFormula(t.substring(1));
    } else {
      cell.setCellValue((String) v);
    }
  }

  private static void merge(Sheet s, int r1, int r2, int c1, int c2) {
    s.addMergedRegion(new CellRangeAddress(r1, r2, c1, c2));
  }

  static FormResult check(Path file, Path out) {
    WorkbookReport r = new Checker(shipped, ScoringProfile.defaults()).process(file, out);
    assertEquals(WorkbookReport.Status.CHECKED, r.status(), () -> String.valueOf(r.error()));
    assertEquals(1, r.forms().size());
    return r.forms().get(0);
  }

  static String findings(FormResult f) {
    return f.findings().stream()
        .map(x -> x.cell().a1() + " " + x.code())
        .collect(Collectors.joining("\n"));
  }

  @Test
  void readRightWhereItCanAndNoFindingOnALabel(@TempDir Path dir) throws IOException {
    FormResult f = check(form(dir, "a.xlsx", 0.9, "产出指标(60分)"), dir.resolve("out.xlsx"));
    // The split target ≤ | 30 | 万元 against 35 (in the target's unit): W × A ÷ B = 8.57, not the 10
    // claimed.
    assertEquals(
        """
        G9 TARGET_NOT_MET
        I9 SCORE_ABOVE_RULE
        J9 EXPLANATION_MISSING\
        """,
        findings(f));
    Finding above = f.findings().get(1);
    assertTrue(above.message().contains("8.57"), above.message());
    assertEquals(900_000.0, f.spent(), "预算执行数 90 in 万元, read under its header");
    assertEquals(9.0, f.budgetScore().computed());
    assertEquals(
        97.57,
        f.total().computed(),
        "budget 9 + 40 + 8.57 + 30 + 10, the placeholder row not an indicator");
    assertEquals(99.0, f.total().stated(), "合计 row");
    assertEquals("优", f.grade());
  }

  @Test
  void aFormulaNeverCalculatedIsSaidOnItsCellAndNothingIsComputedFromIt(@TempDir Path dir)
      throws IOException {
    // WEBSERVICE is a function POI knows by name but cannot evaluate: like a file a script wrote.
    FormResult f =
        check(
            form(dir, "b.xlsx", "=WEBSERVICE(\"http://example.invalid\")", "产出指标"),
            dir.resolve("o.xlsx"));
    Finding formula =
        f.findings().stream()
            .filter(x -> x.code() == FindingCode.FORMULA_NOT_CALCULATED)
            .findFirst()
            .orElseThrow(() -> new AssertionError(findings(f)));
    assertEquals("F5", formula.cell().a1());
    assertEquals(
        "公式未计算：该单元格的公式没有保存计算结果，perfsheet 无法读取其数值，相关检查已跳过。" + "请在 Excel/WPS 中打开并保存后重新提交。",
        formula.message());
    assertNull(f.budgetRate().stated(), "never read as 0");
    assertTrue(
        f.findings().stream().noneMatch(x -> x.code() == FindingCode.BUDGET_RATE_MISMATCH),
        findings(f));
  }

  @Test
  void withoutAnIndicatorScoreThereIsNoTotalAndNoGrade(@TempDir Path dir) throws IOException {
    Path file = form(dir, "c.xlsx", 0.9, "产出指标");
    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
      wb.getSheetAt(0).getRow(7).getCell(6).setBlank(); // 完成值 of 养护里程
      try (OutputStream out = Files.newOutputStream(file)) {
        wb.write(out);
      }
    }
    FormResult f = check(file, dir.resolve("o.xlsx"));
    assertNull(f.total().computed());
    assertNull(f.grade());
    assertNotNull(f.total().reason());
    assertTrue(f.total().reason().contains("养护里程"), f.total().reason());
    assertTrue(
        f.findings().stream().noneMatch(x -> x.code() == FindingCode.VALUE_FILLED), findings(f));
  }

  @Test
  void officialNamesWithPointsAndNumberingAreNotInvalid(@TempDir Path dir) throws IOException {
    for (String level1 : List.of("产出指标(50分)", "一、产出指标", "产出指标（50分）", "项目产出")) {
      FormResult f = check(form(dir, "d.xlsx", 0.9, level1), dir.resolve("o.xlsx"));
      assertTrue(
          f.findings().stream().noneMatch(x -> x.code() == FindingCode.LEVEL_INVALID),
          level1 + ": " + findings(f));
    }
  }
}
