package org.perfsheet.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.perfsheet.rules.Cells.at;
import static org.perfsheet.rules.Cells.blank;
import static org.perfsheet.rules.Cells.codes;
import static org.perfsheet.rules.Cells.indicator;
import static org.perfsheet.rules.Cells.text;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.perfsheet.model.DepartmentForm;
import org.perfsheet.model.FieldValue;
import org.perfsheet.model.FindingCode;
import org.perfsheet.model.FormResult;
import org.perfsheet.model.Goal;
import org.perfsheet.model.Indicator;
import org.perfsheet.model.MoneyUnit;
import org.perfsheet.scoring.Outcome;
import org.perfsheet.scoring.ScoringProfile;

/** Weights and totals (docs/domain.md, 总分): never a computed total from partial information. */
class TotalsTest {

  private static final ScoringProfile P = ScoringProfile.defaults();

  /** Budget: weight 10, computed score 8, stated 8. */
  private static final BudgetExecution.Result BUDGET =
      new BudgetExecution.Result(100.0, 80.0, 10.0, 0.8, 0.8, 8.0, 8.0, false);

  private static IndicatorRules.Result scored(
      int row, String name, double weight, Double stated, Double computed) {
    Indicator i =
        indicator(
            row,
            "产出指标",
            "数量指标",
            name,
            "≥1个",
            "1个",
            String.valueOf(weight),
            stated == null ? "" : String.valueOf(stated));
    return new IndicatorRules.Result(i, weight, stated, computed, Outcome.unjudgedBlank());
  }

  private static List<IndicatorRules.Result> ninety() {
    return List.of(scored(5, "开展培训", 50, 50.0, 50.0), scored(6, "满意度", 40, 35.0, 36.0));
  }

  @Test
  void theComputedTotalIsTheBudgetScorePlusTheRuleScoresAndFillsABlankTotal() {
    Findings out = new Findings();
    Totals.Result r = Totals.check(text("F9", "100"), blank("G9"), BUDGET, ninety(), P, out);
    assertEquals(94.0, r.computed());
    assertNull(r.stated());
    assertNull(r.reason());
    assertEquals(List.of("VALUE_FILLED@G9"), codes(out));
    assertEquals(94.0, out.fills.get(0).value());
  }

  @Test
  void aStatedTotalIsCheckedAgainstTheStatedScores() {
    Findings agrees = new Findings();
    Totals.check(text("F9", "100"), text("G9", "93"), BUDGET, ninety(), P, agrees); // 8 + 50 + 35
    assertEquals(List.of(), codes(agrees));

    Findings differs = new Findings();
    Totals.Result r =
        Totals.check(text("F9", "100"), text("G9", "95"), BUDGET, ninety(), P, differs);
    assertEquals(List.of("TOTAL_MISMATCH@G9"), codes(differs));
    assertTrue(
        differs.list.get(0).message().contains("按评分规则核定总分为 94 分"), differs.list.get(0).message());
    assertEquals(95.0, r.stated());
  }

  @Test
  void theIndicatorWeightsMakeUpWhatTheBudgetLeaves() {
    Findings out = new Findings();
    List<IndicatorRules.Result> eighty =
        List.of(scored(5, "开展培训", 50, 50.0, 50.0), scored(6, "满意度", 30, 30.0, 30.0));
    Totals.check(text("F9", "90"), text("G9", "88"), BUDGET, eighty, P, out);
    assertEquals(List.of("WEIGHT_SUM@F9"), codes(out));
    assertTrue(out.list.get(0).message().contains("应为 90 分"), out.list.get(0).message());

    Findings row = new Findings();
    Totals.check(text("F9", "99"), text("G9", "93"), BUDGET, ninety(), P, row);
    assertEquals(List.of("TOTAL_MISMATCH@F9"), codes(row)); // the 总分 row's 分值 is 10 + 90
  }

  @Test
  void anUnscorableIndicatorMeansNoComputedTotalAndSaysWhich() {
    List<IndicatorRules.Result> rows = new ArrayList<>(ninety());
    rows.set(1, scored(6, "满意度", 40, 35.0, null));
    Findings out = new Findings();
    Totals.Result r = Totals.check(text("F9", "100"), text("G9", "95"), BUDGET, rows, P, out);
    assertNull(r.computed());
    assertTrue(r.reason().startsWith("1 项指标无法按规则评分（满意度："), r.reason());
    assertEquals(List.of("TOTAL_MISMATCH@G9"), codes(out));
    assertTrue(
        out.list.get(0).message().endsWith("总分无法按规则核定：" + r.reason() + "。"),
        out.list.get(0).message());

    Findings blankTotal = new Findings();
    Totals.check(text("F9", "100"), blank("G9"), BUDGET, rows, P, blankTotal);
    assertTrue(blankTotal.fills.isEmpty(), "no total filled from partial information");
  }

  @Test
  void moreThanFiveUnscorableIndicatorsAreCountedAndTheFirstFiveNamed() {
    List<IndicatorRules.Result> rows = new ArrayList<>();
    for (int k = 1; k <= 7; k++) {
      rows.add(scored(4 + k, "指标" + (char) ('甲' + k), 10, null, null));
    }
    String reason = Totals.unknown(BUDGET, false, rows);
    assertTrue(reason.startsWith("7 项指标无法按规则评分（"), reason);
    assertTrue(reason.contains("等："), reason);
  }

  @Test
  void anUnscoredBudgetMeansNoComputedTotalWithItsReason() {
    var unscored = new BudgetExecution.Result(null, 80.0, 10.0, null, null, null, null, false);
    assertEquals("预算执行得分无法计算（全年预算数、全年执行数或分值未填写或无法识别）", Totals.unknown(unscored, false, ninety()));
    var absent = new BudgetExecution.Result(100.0, 80.0, null, null, 0.8, null, null, true);
    assertEquals("表中未找到预算执行的分值，预算执行得分无法计算", Totals.unknown(absent, false, ninety()));
    assertEquals("表中没有读到绩效指标", Totals.unknown(BUDGET, false, List.of()));
  }

  @Test
  void withoutABudgetBlockTheWeightChecksAreSkipped() {
    var absent = new BudgetExecution.Result(null, null, null, null, null, null, null, true);
    Findings out = new Findings();
    Totals.Result r = Totals.check(text("F9", "77"), text("G9", "93"), absent, ninety(), P, out);
    assertEquals(
        List.of(),
        codes(out)); // neither WEIGHT_SUM nor TOTAL_MISMATCH: the budget's share is unknown
    assertNull(r.computed());
  }

  @Test
  void budgetExecutionAsAnIndicatorRowIsPartOfTheHundredPoints() {
    var absent = new BudgetExecution.Result(null, null, null, null, null, null, null, true);
    Findings out = new Findings();
    Indicator budgetRow = indicator(4, "过程", "资金管理", "预算执行率", "100%", "95%", "10", "9.5");
    IndicatorRules.Result budget = IndicatorRules.check(budgetRow, P, new Findings());
    assertEquals(9.5, budget.computed()); // scored as budget execution: 10 × 95%
    List<IndicatorRules.Result> rows =
        List.of(budget, scored(5, "开展培训", 50, 50.0, 50.0), scored(6, "满意度", 40, 35.0, 36.0));
    Totals.Result r = Totals.check(text("F9", "100"), text("G9", "94.5"), absent, rows, P, out);
    assertEquals(95.5, r.computed());
    assertNull(r.reason());
    assertEquals(List.of(), codes(out));

    Findings short_ = new Findings();
    Totals.check(text("F9", "60"), text("G9", "59.5"), absent, rows.subList(0, 2), P, short_);
    assertEquals(List.of("WEIGHT_SUM@F9"), codes(short_)); // 60, not 100 − 10
    assertTrue(short_.list.get(0).message().contains("应为 100 分"), short_.list.get(0).message());
  }

  @Test
  void totalWeightCellMayBeAbsent() {
    FieldValue none = null;
    Findings out = new Findings();
    assertEquals(94.0, Totals.check(none, text("G9", "93"), BUDGET, ninety(), P, out).computed());
    assertEquals(List.of(), codes(out));
  }

  @Test
  void aProjectTotalOffItsStatedScoresSaysWhatItAddsUp() {
    Findings out = new Findings();
    Totals.check(text("F9", "100"), text("G9", "95"), BUDGET, ninety(), P, out);
    assertEquals(
        "总分 95 与各项得分之和 93 不一致（预算执行 8 + 指标 85）。按评分规则核定总分为 94 分。", out.list.get(0).message());

    var absent = new BudgetExecution.Result(null, null, null, null, null, null, null, true);
    IndicatorRules.Result budgetRow =
        IndicatorRules.check(
            indicator(4, "过程", "资金管理", "预算执行率", "100%", "95%", "10", "9.5"), P, new Findings());
    Findings inTable = new Findings();
    Totals.check(
        text("F9", "100"),
        text("G9", "98"),
        absent,
        List.of(budgetRow, scored(5, "开展培训", 50, 50.0, 50.0), scored(6, "满意度", 40, 35.0, 36.0)),
        P,
        inTable);
    assertEquals(
        "总分 98 与各项得分之和 94.5 不一致（指标 94.5）。按评分规则核定总分为 95.5 分。", inTable.list.get(0).message());
  }

  /**
   * A department form with a 分值 column: budget 20 points (stated score {@code budgetScore}), two
   * goals of 40.
   */
  private static DepartmentForm department(String budgetScore, List<Goal> goals, FieldValue total) {
    return new DepartmentForm(
        "表",
        "test",
        at("A1"),
        text("B2", "某区司法局"),
        2024,
        MoneyUnit.TEN_THOUSAND_YUAN,
        20,
        null,
        null,
        text("B3", "100"),
        text("C3", "90"),
        text("D3", "90%"),
        text("E3", budgetScore),
        goals,
        total,
        text("B21", ""),
        text("B22", ""),
        null,
        true);
  }

  private static List<Goal> twoGoals(Double secondHeading) {
    return List.of(
        new Goal(
            1,
            text("A5", "年度目标 1：（40 分）"),
            40.0,
            text("B5", "普法"),
            null,
            List.of(indicator(6, "产出指标", "数量指标", "开展讲座", "≥10场", "10场", "40", "40"))),
        new Goal(
            2,
            text("A7", "年度目标 2："),
            secondHeading,
            text("B7", "调解"),
            null,
            List.of(indicator(8, "产出指标", "数量指标", "调解案件", "≥100件", "100件", "40", "38"))));
  }

  private static String totalMismatch(FormResult r) {
    return r.findings().stream()
        .filter(f -> f.code() == FindingCode.TOTAL_MISMATCH)
        .findFirst()
        .orElseThrow()
        .message();
  }

  @Test
  void aDepartmentTotalIsTheBudgetScorePlusTheRuleScoresAndFillsABlankTotal() {
    FormResult r = DepartmentChecker.check(department("18", twoGoals(40.0), Cells.blank("G20")), P);
    assertEquals(98.0, r.total().computed()); // 20 × 90% + 40 + 40
    assertNull(r.total().stated());
    assertEquals(List.of("SCORE_BELOW_RULE@G8", "VALUE_FILLED@G20"), codes(r.findings()));
  }

  @Test
  void aDepartmentTotalIsCheckedAgainstTheBudgetScorePlusTheGoalsHeadings() {
    FormResult agrees =
        DepartmentChecker.check(department("18", twoGoals(40.0), text("G20", "98")), P);
    assertEquals(List.of("SCORE_BELOW_RULE@G8"), codes(agrees.findings())); // 18 + 40 + 40
    FormResult differs =
        DepartmentChecker.check(department("18", twoGoals(40.0), text("G20", "95")), P);
    assertEquals(95.0, differs.total().stated());
    assertEquals("总分 95 与预算执行得分 18 加各年度目标得分 80 之和 98 不一致。按评分规则核定总分为 98 分。", totalMismatch(differs));
  }

  @Test
  void withoutHeadingPointsADepartmentTotalIsCheckedAgainstTheStatedScores() {
    FormResult r = DepartmentChecker.check(department("18", twoGoals(null), text("G20", "95")), P);
    assertEquals("总分 95 与预算执行得分 18 加各年度目标得分 78 之和 96 不一致。按评分规则核定总分为 98 分。", totalMismatch(r));
  }

  @Test
  void aDepartmentFormWithoutGoalsHasNoComputedTotalAndSaysWhy() {
    FormResult blank = DepartmentChecker.check(department("18", List.of(), Cells.blank("G20")), P);
    assertNull(blank.total().computed());
    assertEquals("表中没有读到年度目标", blank.total().reason());
    assertTrue(
        blank.findings().stream().noneMatch(f -> f.code() == FindingCode.VALUE_FILLED),
        "nothing filled");

    FormResult stated = DepartmentChecker.check(department("18", List.of(), text("G20", "90")), P);
    assertEquals(
        "总分 90 与预算执行得分 18 加各年度目标得分 0 之和 18 不一致。总分无法按规则核定：表中没有读到年度目标。", totalMismatch(stated));
  }
}
