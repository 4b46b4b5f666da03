package org.perfsheet.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.perfsheet.rules.Cells.blank;
import static org.perfsheet.rules.Cells.codes;
import static org.perfsheet.rules.Cells.indicator;
import static org.perfsheet.rules.Cells.text;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.perfsheet.model.FieldValue;
import org.perfsheet.model.Indicator;
import org.perfsheet.scoring.Outcome;
import org.perfsheet.scoring.ScoringProfile;

/** Weights and totals (docs/domain.md, 总分): never a computed total from partial information. */
class TotalsTest {

  private static final ScoringProfile P = ScoringProfile.defaults();

  /** Budget: weight 10, computed score 8, stated 8. */
  private static final BudgetExecution.Result BUDGET =
      new BudgetExecution.Result(100.0, 80.0, 10.0, 0.8, 0.8, 8.0, 8.0, false);

  private static IndicatorRules.Result scored(int row, String name, double weight, Double stated, Double computed) {
    Indicator i = indicator(row, "产出指标", "数量指标", name, "≥1个", "1个", String.valueOf(weight),
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
    Totals.Result r = Totals.check(text("F9", "100"), text("G9", "95"), BUDGET, ninety(), P, differs);
    assertEquals(List.of("TOTAL_MISMATCH@G9"), codes(differs));
    assertTrue(differs.list.get(0).message().contains("按评分规则核定总分为 94 分"), differs.list.get(0).message());
    assertEquals(95.0, r.stated());
  }

  @Test
  void theIndicatorWeightsMakeUpWhatTheBudgetLeaves() {
    Findings out = new Findings();
    List<IndicatorRules.Result> eighty = List.of(scored(5, "开展培训", 50, 50.0, 50.0), scored(6, "满意度", 30, 30.0, 30.0));
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
    assertTrue(out.list.get(0).message().endsWith("总分无法按规则核定：" + r.reason() + "。"), out.list.get(0).message());

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
    assertEquals(List.of(), codes(out)); // neither WEIGHT_SUM nor TOTAL_MISMATCH: the budget's share is unknown
    assertNull(r.computed());
  }

  @Test
  void budgetExecutionAsAnIndicatorRowIsPartOfTheHundredPoints() {
    var absent = new BudgetExecution.Result(null, null, null, null, null, null, null, true);
    Findings out = new Findings();
    Indicator budgetRow = indicator(4, "过程", "资金管理", "预算执行率", "100%", "95%", "10", "9.5");
    IndicatorRules.Result budget = IndicatorRules.check(budgetRow, P, new Findings());
    assertEquals(9.5, budget.computed()); // scored as budget execution: 10 × 95%
    List<IndicatorRules.Result> rows = List.of(budget, scored(5, "开展培训", 50, 50.0, 50.0),
        scored(6, "满意度", 40, 35.0, 36.0));
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
}
