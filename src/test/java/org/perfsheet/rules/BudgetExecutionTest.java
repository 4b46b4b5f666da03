package org.perfsheet.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.perfsheet.rules.Cells.blank;
import static org.perfsheet.rules.Cells.codes;
import static org.perfsheet.rules.Cells.text;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.perfsheet.model.BudgetBlock;
import org.perfsheet.model.FieldValue;
import org.perfsheet.model.FundsLine;
import org.perfsheet.model.MoneyUnit;
import org.perfsheet.scoring.ScoringProfile;

/**
 * Budget execution (docs/domain.md, 预算执行): rate on the adjusted budget, score capped at the weight.
 */
class BudgetExecutionTest {

  private static final ScoringProfile P = ScoringProfile.defaults();

  /** 年初预算数 B2, 全年预算数 C2, 全年执行数 D2, 分值 E2, 执行率 F2, 得分 G2. */
  private static BudgetBlock block(
      String initial,
      String annual,
      String spent,
      String weight,
      FieldValue rate,
      FieldValue score) {
    return new BudgetBlock(
        MoneyUnit.YUAN,
        new FundsLine("年度资金总额", text("B2", initial), text("C2", annual), text("D2", spent)),
        weight == null ? null : text("E2", weight),
        rate,
        score,
        List.of());
  }

  @Test
  void rateIsOnTheAdjustedBudgetAndAgreesWithTheStatedFigures() {
    Findings out = new Findings();
    var r =
        BudgetExecution.check(
            block("200", "100", "80", "10", text("F2", "80.00%"), text("G2", "8")), P, out);
    assertEquals(0.8, r.rateComputed(), 1e-9); // 80 ÷ 100, not 80 ÷ 200 (年初预算数)
    assertEquals(8.0, r.scoreComputed());
    assertEquals(0.8, r.rateStated(), 1e-9);
    assertEquals(8.0, r.scoreStated());
    assertFalse(r.absent());
    assertEquals(List.of(), codes(out));
  }

  @Test
  void aRateOrScoreOffTheRuleIsAnErrorAtItsCell() {
    Findings out = new Findings();
    BudgetExecution.check(
        block("100", "100", "80", "10", text("F2", "85%"), text("G2", "9")), P, out);
    assertEquals(List.of("BUDGET_RATE_MISMATCH@F2", "BUDGET_SCORE_MISMATCH@G2"), codes(out));
  }

  @Test
  void theRateToleranceIsOneHundredthOfAPercentagePoint() {
    Findings within = new Findings();
    BudgetExecution.check(
        block("3", "3", "2", "10", text("F2", "66.67%"), null), P, within); // 66.666…%
    assertEquals(List.of(), codes(within));
    Findings beyond = new Findings();
    BudgetExecution.check(block("3", "3", "2", "10", text("F2", "66.65%"), null), P, beyond);
    assertEquals(List.of("BUDGET_RATE_MISMATCH@F2"), codes(beyond));
  }

  @Test
  void aRateShownInWholePercentIsRightWhenTheRateRoundsToIt() {
    Findings rounded = new Findings(); // 37.24 ÷ 43.2 = 86.20 % shown as 86% (Hebei 2019)
    BudgetExecution.check(
        block("43.2", "43.2", "37.24", "10", text("F2", "86%"), text("G2", "8.62")), P, rounded);
    assertEquals(List.of(), codes(rounded));
    Findings off = new Findings(); // 86.50 % rounds to 87%
    BudgetExecution.check(block("200", "200", "173", "10", text("F2", "86%"), null), P, off);
    assertEquals(List.of("BUDGET_RATE_MISMATCH@F2"), codes(off));
  }

  @Test
  void theScoreIsRoundedHalfUpToTwoDecimals() {
    var r = BudgetExecution.check(block("3", "3", "2", "10", null, null), P, new Findings());
    assertEquals(6.67, r.scoreComputed());
  }

  @Test
  void overspendingIsAWarningAndTheScoreIsCapped() {
    Findings out = new Findings();
    var r =
        BudgetExecution.check(
            block("100", "100", "120", "10", text("F2", "100%"), text("G2", "10")), P, out);
    assertEquals(10.0, r.scoreComputed());
    // the stated rate may be the capped one (100%) or the true one (120%)
    assertEquals(List.of("BUDGET_OVERSPENT@D2"), codes(out));
  }

  @Test
  void anOverspentRateMayBeStatedUncappedAndARateInWordsIsAnError() {
    Findings uncapped = new Findings();
    BudgetExecution.check(
        block("100", "100", "120", "10", text("F2", "120%"), text("G2", "10")), P, uncapped);
    assertEquals(List.of("BUDGET_OVERSPENT@D2"), codes(uncapped));
    Findings words = new Findings();
    var r =
        BudgetExecution.check(
            block("100", "100", "80", "10", text("F2", "八成"), text("G2", "8")), P, words);
    assertEquals(List.of("VALUE_UNREADABLE@F2"), codes(words));
    assertNull(r.rateStated());
    assertEquals(8.0, r.scoreComputed(), "the score still follows the amounts");
  }

  @Test
  void aZeroBudgetWithSpendingIsAnErrorAndGivesNoScore() {
    Findings out = new Findings();
    var r = BudgetExecution.check(block("0", "0", "5", "10", null, null), P, out);
    assertEquals(List.of("BUDGET_ZERO@C2"), codes(out));
    assertNull(r.rateComputed());
    assertNull(r.scoreComputed());
  }

  @Test
  void blankRateAndScoreAreFilledWithTheComputedOnes() {
    Findings out = new Findings();
    BudgetExecution.check(block("100", "100", "95.5", "10", blank("F2"), blank("G2")), P, out);
    assertEquals(List.of("VALUE_FILLED@F2", "VALUE_FILLED@G2"), codes(out));
    assertEquals(0.955, out.fills.get(0).value(), 1e-9);
    assertTrue(out.fills.get(0).percent());
    assertEquals(9.55, out.fills.get(1).value());
  }

  @Test
  void withoutAWeightTheBudgetIsAbsentAndUnscored() {
    Findings out = new Findings();
    var r = BudgetExecution.check(block("100", "100", "80", null, null, null), P, out);
    assertTrue(r.absent());
    assertEquals(0.8, r.rateComputed(), 1e-9);
    assertNull(r.scoreComputed());
    assertEquals(List.of(), codes(out));
  }

  @Test
  void blankAmountsAreMissingFields() {
    Findings out = new Findings();
    BudgetExecution.check(block("100", "", "", "10", null, null), P, out);
    assertEquals(List.of("FIELD_MISSING@C2", "FIELD_MISSING@D2"), codes(out));
  }
}
