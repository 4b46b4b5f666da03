package org.perfsheet.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfsheet.layout.FormData;
import org.perfsheet.layout.FormMappings;
import org.perfsheet.model.DepartmentForm;
import org.perfsheet.model.FindingCode;
import org.perfsheet.model.Goal;
import org.perfsheet.model.MoneyUnit;
import org.perfsheet.rules.DepartmentChecker;
import org.perfsheet.scoring.ScoringProfile;

/** 年度目标 1…n are found by their numbered headings, however many; a form without 分值 is read. */
class DepartmentReadTest {

  @Test
  void goalsAreFoundByTheirHeadings(@TempDir Path tmp) throws Exception {
    Path file = tmp.resolve("qiaokou.xlsx");
    try (Workbook wb = new XSSFWorkbook()) {
      Sheet s = wb.createSheet("整体自评");
      put(s, 0, 0, "2020 年度硚口区司法局整体绩效自评表");
      put(s, 2, 0, "单位名称");
      put(s, 2, 1, "硚口区司法局");
      put(s, 3, 0, "基本支出总额");
      put(s, 3, 1, "2758.60 万元");
      put(s, 3, 2, "项目支出总额");
      put(s, 3, 3, "773.68 万元");
      put(s, 4, 0, "预算执行情况\n（万元）\n（20 分）");
      s.addMergedRegion(new CellRangeAddress(4, 5, 0, 0));
      put(s, 4, 2, "预算数（A）");
      put(s, 4, 3, "执行数（B）");
      put(s, 4, 4, "执行率（B/A）");
      put(s, 4, 5, "得分\n（20 分*执行率）");
      put(s, 5, 1, "部门整体\n支出总额");
      put(s, 5, 2, "3532.28");
      put(s, 5, 3, "3532.28");
      put(s, 5, 4, "100%");
      put(s, 5, 5, "20");
      int r = 7;
      r =
          goal(
              s,
              r,
              "年度目标 1：\n（11 分）",
              "积极推进基层司法工作",
              new String[][] {
                {"产出指标", "数量指标", "民间纠纷调解数", "7000", "7110", "2"},
                {"", "质量指标", "调解协议履行率", "95%", "99.98%", "1"}
              });
      r =
          goal(
              s,
              r,
              "年度目标 12：（14.23 分）",
              "落实社区律师工作",
              new String[][] {{"产出指标", "数量指标", "讲座场次", "520 场", "420 场", "3.23"}});
      put(s, r, 0, "总分");
      put(s, r, 1, "99.23");
      put(s, r + 1, 0, "偏差大或\n目标未完成\n原因分析");
      put(s, r + 1, 1, "讲座场次年初目标 520 场，实际完成 420 场");
      try (var out = Files.newOutputStream(file)) {
        wb.write(out);
      }
    }
    List<FormData> forms;
    try (WorkbookOpener.Opened o = WorkbookOpener.open(file)) {
      forms = new FormFinder(TemplateLearner.loadAll(Path.of("templates"))).find(o.workbook());
    }
    assertEquals(1, forms.size());
    assertEquals("department-self-evaluation", forms.get(0).layout().id());
    DepartmentForm d = FormMappings.department(forms.get(0));
    assertEquals(2020, d.year());
    assertEquals(MoneyUnit.TEN_THOUSAND_YUAN, d.moneyUnit());
    assertEquals(20.0, d.budgetWeight());
    assertEquals("B3=\"硚口区司法局\"", d.unit().toString());
    assertEquals("D4=\"773.68 万元\"", d.projectTotal().toString());
    assertEquals("C6=\"3532.28\"", d.budgetAnnual().toString());
    assertEquals("F6=\"20\"", d.budgetScore().toString());
    assertFalse(d.hasWeightColumn(), "Qiaokou's tables have no 分值 column");
    assertEquals(2, d.goals().size());
    Goal g1 = d.goals().get(0);
    assertEquals(1, g1.number());
    assertEquals(11.0, g1.points());
    assertEquals("B8=\"积极推进基层司法工作\"", g1.text().toString());
    assertEquals(2, g1.indicators().size());
    assertEquals("B10=\"产出指标\"", g1.indicators().get(1).level1().toString(), "一级 carried down");
    Goal g2 = d.goals().get(1);
    assertEquals(12, g2.number());
    assertEquals(14.23, g2.points());
    assertEquals(1, g2.indicators().size());
    assertEquals("F14=\"420 场\"", g2.indicators().get(0).actual().toString());
    assertEquals("G14=\"3.23\"", g2.indicators().get(0).score().toString());
    assertEquals("B15=\"99.23\"", d.totalScore().toString());
    assertEquals("B16=\"讲座场次年初目标 520 场，实际完成 420 场\"", d.deviation().toString());
  }

  @Test
  void goalPointsAreCheckedAgainstTheirShareOfFunds(@TempDir Path tmp) throws Exception {
    Path file = tmp.resolve("funds.xlsx");
    try (Workbook wb = new XSSFWorkbook()) {
      Sheet s = wb.createSheet("整体自评");
      put(s, 0, 0, "2021 年度某区司法局整体绩效自评表");
      put(s, 2, 0, "单位名称");
      put(s, 2, 1, "某区司法局");
      put(s, 4, 0, "预算执行情况（万元）（20 分）");
      put(s, 4, 2, "预算数（A）");
      put(s, 4, 3, "执行数（B）");
      put(s, 4, 4, "执行率（B/A）");
      put(s, 4, 5, "得分");
      put(s, 5, 1, "部门整体支出总额");
      put(s, 5, 2, "100");
      put(s, 5, 3, "100");
      int r =
          goal(
              s,
              7,
              "年度目标 1：（40 分）",
              "目标一",
              new String[][] {{"产出指标", "数量指标", "调解数", "100", "100", "40"}});
      put(s, 7, 5, "目标资金");
      put(s, 7, 6, "90");
      int r2 =
          goal(
              s,
              r,
              "年度目标 2：（40 分）",
              "目标二",
              new String[][] {{"产出指标", "数量指标", "讲座数", "10", "10", "40"}});
      put(s, r, 5, "目标资金");
      put(s, r, 6, "10");
      put(s, r2, 0, "总分");
      put(s, r2, 1, "100");
      try (var out = Files.newOutputStream(file)) {
        wb.write(out);
      }
    }
    List<FormData> forms;
    try (WorkbookOpener.Opened o = WorkbookOpener.open(file)) {
      forms = new FormFinder(TemplateLearner.loadAll(Path.of("templates"))).find(o.workbook());
    }
    var result =
        DepartmentChecker.check(FormMappings.department(forms.get(0)), ScoringProfile.defaults());
    List<String> byFunds =
        result.findings().stream()
            .filter(f -> f.code() == FindingCode.GOAL_WEIGHT_SUM)
            .map(f -> f.cell().a1() + " " + f.message())
            .toList();
    assertEquals(
        List.of(
            "A8 年度目标 1 的资金占全部目标资金的 90.00%，按金额比例应约为 72 分，表中为 40 分。请按资金占比分配各目标分值。",
            "A11 年度目标 2 的资金占全部目标资金的 10.00%，按金额比例应约为 8 分，表中为 40 分。请按资金占比分配各目标分值。"),
        byFunds);
  }

  private static int goal(Sheet s, int r, String heading, String text, String[][] rows) {
    put(s, r, 0, heading);
    put(s, r, 1, text);
    String[] cols = {"一级\n指标", "二级指标", "三级指标", "年初目标值\n（A）", "实际完成值\n（B）", "得分"};
    put(s, r + 1, 0, "年度\n绩效\n指标");
    for (int i = 0; i < cols.length; i++) {
      put(s, r + 1, 1 + i, cols[i]);
    }
    for (int k = 0; k < rows.length; k++) {
      for (int i = 0; i < rows[k].length; i++) {
        if (!rows[k][i].isEmpty()) {
          put(s, r + 2 + k, 1 + i, rows[k][i]);
        }
      }
    }
    return r + 2 + rows.length;
  }

  private static void put(Sheet s, int r, int c, String v) {
    Row row = s.getRow(r) == null ? s.createRow(r) : s.getRow(r);
    row.createCell(c).setCellValue(v);
  }
}
