package org.perfsheet.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.perfsheet.rules.Cells.at;
import static org.perfsheet.rules.Cells.codes;
import static org.perfsheet.rules.Cells.indicator;
import static org.perfsheet.rules.Cells.text;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.perfsheet.model.DepartmentForm;
import org.perfsheet.model.Finding;
import org.perfsheet.model.FindingCode;
import org.perfsheet.model.Goal;
import org.perfsheet.model.Indicator;
import org.perfsheet.model.MoneyUnit;
import org.perfsheet.scoring.ScoringProfile;

/**
 * A department-wide form's annual goals (docs/domain.md §5): their points make up 100 less the
 * budget's 20, a goal's heading agrees with its indicators' scores, the points follow the goals'
 * funds, and a goal of 0 points needs no scores.
 */
class DepartmentGoalsTest {

  private static final ScoringProfile P = ScoringProfile.defaults();

  /** One met indicator of {@code weight} points scored in full, on row {@code row}. */
  private static Indicator met(int row, String weight) {
    return indicator(row, "产出指标", "数量指标", "指标" + row, "≥10场", "10场", weight, weight);
  }

  private static Goal goal(int n, int row, Double points, String funds, Indicator... indicators) {
    return new Goal(
        n,
        text("A" + row, "年度目标 " + n + "："),
        points,
        text("B" + row, "目标" + n),
        funds == null ? null : text("H" + row, funds),
        List.of(indicators));
  }

  /**
   * With a 分值 column, budget 20 of 20 (100 spent of 100), a blank 总分 (filled, so not a finding
   * here).
   */
  private static List<Finding> check(boolean weightColumn, Goal... goals) {
    DepartmentForm form =
        new DepartmentForm(
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
            text("C3", "100"),
            text("D3", "100%"),
            text("E3", "20"),
            List.of(goals),
            text("G20", ""),
            text("B21", ""),
            text("B22", ""),
            null,
            weightColumn);
    return DepartmentChecker.check(form, P).findings().stream()
        .filter(f -> f.code() != FindingCode.VALUE_FILLED)
        .filter(f -> f.code() != FindingCode.WEIGHTS_INFERRED)
        .toList();
  }

  @Test
  void goalsMakingUpEightyPointsWithHeadingsThatAgreeHaveNoFindings() {
    assertEquals(
        List.of(),
        codes(
            check(
                true, goal(1, 5, 50.0, null, met(6, "50")), goal(2, 7, 30.0, null, met(8, "30")))));
  }

  @Test
  void goalsThatDoNotMakeUpWhatTheBudgetLeavesAreAnErrorAtTheFirstHeading() {
    List<Finding> f =
        check(true, goal(1, 5, 50.0, null, met(6, "50")), goal(2, 7, 20.0, null, met(8, "20")));
    assertEquals(List.of("GOAL_WEIGHT_SUM@A5"), codes(f));
    assertEquals("各年度目标分值合计 70 分，应为 80 分（100 − 预算执行 20 分）。请按各目标资金占比分配分值。", f.get(0).message());
  }

  @Test
  void aHeadingOffItsIndicatorsScoresIsAnErrorAtThatHeading() {
    // goal 2 says 30 points, its indicators score 25 of 30: the heading matches the weights, so it
    // is no mismatch
    Indicator partly = indicator(8, "产出指标", "数量指标", "指标8", "≥10场", "10场", "30", "25");
    assertEquals(
        List.of("SCORE_BELOW_RULE@G8"),
        codes(check(true, goal(1, 5, 50.0, null, met(6, "50")), goal(2, 7, 30.0, null, partly))));
    // a heading of 35 matches neither the weights (30) nor the scores (30)
    List<Finding> f =
        check(true, goal(1, 5, 50.0, null, met(6, "50")), goal(2, 7, 35.0, null, met(8, "30")));
    assertEquals(List.of("GOAL_SCORE_MISMATCH@A7"), codes(f));
    assertEquals(
        "年度目标 2 标题为 35 分，但其各指标得分合计 30 分，相差 5 分。可能漏填了指标行，或标题分值、得分有误。请核对。", f.get(0).message());
  }

  @Test
  void pointsAPointOrMoreOffTheGoalsShareOfTheFundsAreAnErrorAtThatHeading() {
    // funds 3 : 1 share the 80 points as 60 and 20
    assertEquals(
        List.of(),
        codes(
            check(
                true,
                goal(1, 5, 60.0, "300", met(6, "60")),
                goal(2, 7, 20.0, "100", met(8, "20")))));
    assertEquals(
        List.of("GOAL_WEIGHT_SUM@A5", "GOAL_WEIGHT_SUM@A7"),
        codes(
            check(
                true,
                goal(1, 5, 50.0, "300", met(6, "50")),
                goal(2, 7, 30.0, "100", met(8, "30")))));
    // a goal without funds: no share to hold the points to
    assertEquals(
        List.of(),
        codes(
            check(
                true,
                goal(1, 5, 50.0, "300", met(6, "50")),
                goal(2, 7, 30.0, null, met(8, "30")))));
  }

  @Test
  void aGoalOfZeroPointsNeedsNoScores() {
    // as Qiaokou 2020 prints it: no 分值 column, a goal of （0 分） whose indicators are left unscored
    Indicator unscored = indicator(10, "产出指标", "数量指标", "指标10", "≥10场", "10场", null, "");
    Indicator scored = indicator(8, "产出指标", "数量指标", "指标8", "≥10场", "10场", null, "30");
    assertEquals(
        List.of(),
        codes(
            check(
                false,
                goal(
                    1,
                    5,
                    50.0,
                    null,
                    indicator(6, "产出指标", "数量指标", "指标6", "≥10场", "10场", null, "50")),
                goal(2, 7, 30.0, null, scored),
                goal(3, 9, 0.0, null, unscored))));
    // a goal of any points leaves no score blank
    List<String> half =
        codes(
            check(
                false,
                goal(
                    1,
                    5,
                    50.0,
                    null,
                    indicator(6, "产出指标", "数量指标", "指标6", "≥10场", "10场", null, "50")),
                goal(2, 7, 30.0, null, scored),
                goal(3, 9, 0.5, null, unscored)));
    assertTrue(half.contains("FIELD_MISSING@G10"), half.toString());
  }

  @Test
  void withoutAWeightColumnAGoalWeighsTheMoreOfItsHeadingAndItsInferredWeights() {
    // goal 2 has no heading points; its missed indicator (520 planned, 420 held, scored 24.23)
    // weighs 30
    Indicator missed = indicator(8, "产出指标", "数量指标", "讲座场次", "520场", "420场", null, "24.23");
    assertEquals(
        List.of("TARGET_NOT_MET@E8", "EXPLANATION_MISSING@B21"),
        codes(
            check(
                false,
                goal(
                    1,
                    5,
                    50.0,
                    null,
                    indicator(6, "产出指标", "数量指标", "普法", "≥10个", "10个", null, "50")),
                goal(2, 7, null, null, missed))));
    // a heading of 40 over indicators inferred at 30 makes the goals 90: more than the 80 the
    // budget leaves
    assertEquals(
        List.of(
            "GOAL_WEIGHT_SUM@A5",
            "GOAL_SCORE_MISMATCH@A7",
            "TARGET_NOT_MET@E8",
            "EXPLANATION_MISSING@B21"),
        codes(
            check(
                false,
                goal(
                    1,
                    5,
                    50.0,
                    null,
                    indicator(6, "产出指标", "数量指标", "普法", "≥10个", "10个", null, "50")),
                goal(2, 7, 40.0, null, missed))));
  }
}
