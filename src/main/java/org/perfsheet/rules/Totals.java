package org.perfsheet.rules;

import java.util.List;
import org.perfsheet.model.FieldValue;
import org.perfsheet.model.FindingCode;
import org.perfsheet.scoring.ScoringProfile;
import org.perfsheet.scoring.Scores;

/**
 * Weights and totals: Σ indicator 分值 = 100 − budget 分值; the stated 总分 row against the stated
 * scores; the computed total (budget score + Σ rule scores) beside them, filled when blank.
 */
final class Totals {

  /** The stated and computed total; either may be null. */
  record Result(Double stated, Double computed) {}

  private Totals() {}

  static Result check(FieldValue totalWeight, FieldValue totalScore, BudgetExecution.Result budget,
      List<IndicatorRules.Result> indicators, ScoringProfile p, Findings out) {
    double tol = p.scoreTolerance();
    double budgetWeight = budget.weight() == null ? 10 : budget.weight();
    double weights = indicators.stream().filter(r -> r.weight() != null).mapToDouble(IndicatorRules.Result::weight).sum();
    double expected = 100 - budgetWeight;
    if (!indicators.isEmpty() && Numbers.differ(weights, expected, tol)) {
      FieldValue at = totalWeight != null && !totalWeight.isBlank() ? totalWeight
          : indicators.get(0).indicator().weight() != null ? indicators.get(0).indicator().weight() : totalWeight;
      if (at != null) {
        out.error(FindingCode.WEIGHT_SUM, at.ref(), null, "各指标分值合计 " + Scores.show(weights) + " 分，应为 "
            + Scores.show(expected) + " 分（100 − 预算执行分值 " + Scores.show(budgetWeight) + "）。请调整各指标分值。");
      }
    }
    Double statedWeight = Numbers.read(totalWeight, "总分·分值", null, out);
    if (statedWeight != null && Numbers.differ(statedWeight, budgetWeight + weights, tol)) {
      out.error(FindingCode.TOTAL_MISMATCH, totalWeight.ref(), null, "总分行的分值 " + Scores.show(statedWeight)
          + " 与各项分值之和 " + Scores.show(budgetWeight + weights) + " 不一致（预算执行 " + Scores.show(budgetWeight)
          + " + 指标 " + Scores.show(weights) + "）。");
    }
    double computed = p.round((budget.scoreComputed() == null ? 0 : budget.scoreComputed())
        + indicators.stream().mapToDouble(IndicatorRules.Result::computed).sum());
    Double stated = null;
    if (totalScore != null) {
      if (totalScore.isBlank()) {
        out.fill(totalScore, computed, false, "总分", Scores.show(computed) + " 分");
      } else {
        stated = Numbers.read(totalScore, "总分", null, out);
        double budgetScore = budget.scoreStated() != null ? budget.scoreStated()
            : budget.scoreComputed() == null ? 0 : budget.scoreComputed();
        double scores = indicators.stream().filter(r -> r.stated() != null).mapToDouble(IndicatorRules.Result::stated).sum();
        if (stated != null && Numbers.differ(stated, budgetScore + scores, tol)) {
          out.error(FindingCode.TOTAL_MISMATCH, totalScore.ref(), null, "总分 " + Scores.show(stated) + " 与各项得分之和 "
              + Scores.show(budgetScore + scores) + " 不一致（预算执行 " + Scores.show(budgetScore) + " + 指标 "
              + Scores.show(scores) + "）。按评分规则核定总分为 " + Scores.show(computed) + " 分。");
        }
      }
    }
    return new Result(stated, computed);
  }
}
