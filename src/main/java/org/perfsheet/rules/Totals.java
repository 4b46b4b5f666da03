package org.perfsheet.rules;

import java.util.List;
import org.perfsheet.model.FieldValue;
import org.perfsheet.model.FindingCode;
import org.perfsheet.scoring.Outcome;
import org.perfsheet.scoring.Scores;
import org.perfsheet.scoring.ScoringProfile;

/**
 * Weights and totals (docs/domain.md §4.5): Σ indicator 分值 = 100 − budget 分值; the stated 总分 row
 * against the stated scores; the computed total (budget score + Σ rule scores) beside them, filled
 * when blank.
 *
 * <p>The computed total is never made from partial information: when the budget score or any
 * indicator's score cannot be determined, there is no computed total (无法核定) and the reason says
 * why. Budget execution printed as an indicator row ({@link BudgetRow}) is part of the indicators'
 * 100 points. Checks that need a budget block the form does not have are skipped. The 总分 itself
 * ({@link #score}) is checked here for department-wide forms too (docs/domain.md §5).
 */
final class Totals {

  /**
   * The stated and computed total; either may be null, and {@code reason} says why the computed one
   * is.
   */
  record Result(Double stated, Double computed, String reason) {}

  private Totals() {}

  static Result check(
      FieldValue totalWeight,
      FieldValue totalScore,
      BudgetExecution.Result budget,
      List<IndicatorRules.Result> indicators,
      ScoringProfile p,
      Findings out) {
    double tol = p.scoreTolerance();
    boolean budgetInTable =
        budget.absent() && indicators.stream().anyMatch(r -> BudgetRow.is(r.indicator()));
    boolean budgetKnown = !budget.absent() || budgetInTable;
    double budgetWeight = budgetInTable ? 0 : budget.weight() == null ? 10 : budget.weight();
    double weights =
        indicators.stream()
            .filter(r -> r.weight() != null)
            .mapToDouble(IndicatorRules.Result::weight)
            .sum();
    double expected = 100 - budgetWeight;
    if (budgetKnown && !indicators.isEmpty() && Numbers.differ(weights, expected, tol)) {
      FieldValue at =
          totalWeight != null && !totalWeight.isBlank()
              ? totalWeight
              : indicators.get(0).indicator().weight() != null
                  ? indicators.get(0).indicator().weight()
                  : totalWeight;
      if (at != null) {
        out.error(
            FindingCode.WEIGHT_SUM,
            at.ref(),
            null,
            "各指标分值合计 "
                + Scores.show(weights)
                + " 分，应为 "
                + Scores.show(expected)
                + " 分"
                + (budgetInTable ? "" : "（100 − 预算执行分值 " + Scores.show(budgetWeight) + "）")
                + "。请调整各指标分值。");
      }
    }
    Double statedWeight = Numbers.read(totalWeight, "总分·分值", null, out);
    if (budgetKnown
        && statedWeight != null
        && Numbers.differ(statedWeight, budgetWeight + weights, tol)) {
      out.error(
          FindingCode.TOTAL_MISMATCH,
          totalWeight.ref(),
          null,
          "总分行的分值 "
              + Scores.show(statedWeight)
              + " 与各项分值之和 "
              + Scores.show(budgetWeight + weights)
              + " 不一致（"
              + (budgetInTable ? "" : "预算执行 " + Scores.show(budgetWeight) + " + ")
              + "指标 "
              + Scores.show(weights)
              + "）。");
    }
    double scores =
        indicators.stream()
            .filter(r -> r.stated() != null)
            .mapToDouble(IndicatorRules.Result::stated)
            .sum();
    return score(
        totalScore,
        unknown(budget, budgetInTable, indicators),
        budget,
        budgetInTable,
        indicators,
        scores,
        budgetInTable ? Parts.INDICATORS : Parts.BUDGET_AND_INDICATORS,
        p,
        out);
  }

  /** What a form's stated 总分 adds up, for the message when it does not. */
  enum Parts {
    /** A project self-evaluation: the budget block's score and the indicators' scores. */
    BUDGET_AND_INDICATORS,
    /**
     * A project self-evaluation printing budget execution as an indicator row: the indicators'
     * scores.
     */
    INDICATORS,
    /** A department self-evaluation: the budget score and the annual goals' points. */
    BUDGET_AND_GOALS;

    String mismatch(double stated, double budget, double parts) {
      return switch (this) {
        case BUDGET_AND_INDICATORS ->
            "总分 "
                + Scores.show(stated)
                + " 与各项得分之和 "
                + Scores.show(budget + parts)
                + " 不一致（预算执行 "
                + Scores.show(budget)
                + " + 指标 "
                + Scores.show(parts)
                + "）。";
        case INDICATORS ->
            "总分 "
                + Scores.show(stated)
                + " 与各项得分之和 "
                + Scores.show(budget + parts)
                + " 不一致（指标 "
                + Scores.show(parts)
                + "）。";
        case BUDGET_AND_GOALS ->
            "总分 "
                + Scores.show(stated)
                + " 与预算执行得分 "
                + Scores.show(budget)
                + " 加各年度目标得分 "
                + Scores.show(parts)
                + " 之和 "
                + Scores.show(budget + parts)
                + " 不一致。";
      };
    }
  }

  /**
   * The 总分 of any self-evaluation, project or department: the computed total (budget score + Σ rule
   * scores) unless {@code reason} says why there is none, filled when the cell is blank; a stated
   * total against the budget's stated (else computed) score plus {@code statedParts}.
   *
   * @param budgetInTable budget execution is an indicator row, so the budget block adds nothing
   */
  static Result score(
      FieldValue cell,
      String reason,
      BudgetExecution.Result budget,
      boolean budgetInTable,
      List<IndicatorRules.Result> indicators,
      double statedParts,
      Parts parts,
      ScoringProfile p,
      Findings out) {
    Double computed =
        reason != null
            ? null
            : p.round(
                (budgetInTable ? 0 : budget.scoreComputed())
                    + indicators.stream().mapToDouble(IndicatorRules.Result::computed).sum());
    if (cell == null || cell.isBlank()) {
      if (cell != null && computed != null) {
        out.fill(cell, computed, false, "总分", Scores.show(computed) + " 分");
      }
      return new Result(null, computed, reason);
    }
    Double stated = Numbers.read(cell, "总分", null, out);
    Double budgetScore =
        budgetInTable
            ? Double.valueOf(0)
            : budget.scoreStated() != null ? budget.scoreStated() : budget.scoreComputed();
    if (stated != null
        && budgetScore != null
        && Numbers.differ(stated, budgetScore + statedParts, p.scoreTolerance())) {
      out.error(
          FindingCode.TOTAL_MISMATCH,
          cell.ref(),
          null,
          parts.mismatch(stated, budgetScore, statedParts)
              + (computed != null
                  ? "按评分规则核定总分为 " + Scores.show(computed) + " 分。"
                  : "总分无法按规则核定：" + reason + "。"));
    }
    return new Result(stated, computed, reason);
  }

  /** Why no total can be computed, in Chinese; null when it can. */
  static String unknown(
      BudgetExecution.Result budget,
      boolean budgetInTable,
      List<IndicatorRules.Result> indicators) {
    StringBuilder why = new StringBuilder();
    if (!budgetInTable && budget.scoreComputed() == null) {
      why.append(
          budget.absent() ? "表中未找到预算执行的分值，预算执行得分无法计算" : "预算执行得分无法计算（全年预算数、全年执行数或分值未填写或无法识别）");
    }
    List<String> unscored =
        indicators.stream()
            .filter(r -> r.computed() == null)
            .map(
                r ->
                    r.indicator().displayName().isEmpty()
                        ? r.indicator().weight() == null
                            ? "未命名指标"
                            : "第 " + (r.indicator().weight().ref().row() + 1) + " 行指标"
                        : r.indicator().displayName())
            .toList();
    if (!unscored.isEmpty()) {
      why.append(why.length() > 0 ? "；" : "")
          .append(unscored.size())
          .append(" 项指标无法按规则评分（")
          .append(String.join("、", unscored.subList(0, Math.min(5, unscored.size()))))
          .append(unscored.size() > 5 ? "等" : "")
          .append(
              indicators.stream()
                      .anyMatch(r -> r.outcome().why() == Outcome.Unjudged.DIRECTION_UNCLEAR)
                  ? "：分值、年度指标值或实际完成值未填写、无法识别、单位不一致或指标值未写比较符而方向不明）"
                  : "：分值、年度指标值或实际完成值未填写、无法识别或单位不一致）");
    }
    if (indicators.isEmpty()) {
      why.append(why.length() > 0 ? "；" : "").append("表中没有读到绩效指标");
    }
    return why.length() == 0 ? null : why.toString();
  }
}
