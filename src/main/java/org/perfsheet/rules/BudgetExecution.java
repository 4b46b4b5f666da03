package org.perfsheet.rules;

import java.util.OptionalDouble;
import java.util.regex.Pattern;
import org.perfsheet.model.BudgetBlock;
import org.perfsheet.model.FindingCode;
import org.perfsheet.notation.Notation;
import org.perfsheet.scoring.Scores;
import org.perfsheet.scoring.ScoringProfile;
import org.perfsheet.text.Text;

/**
 * Budget execution (docs/domain.md §4.1): rate = 全年执行数 ÷ 全年预算数 (the adjusted budget), score = 分值 ×
 * min(rate, 1); the stated figures checked against them, blank ones filled.
 */
final class BudgetExecution {

  /** A rate the form shows in whole percent: 86%, not 86.20%. */
  private static final Pattern WHOLE_PERCENT = Pattern.compile("^[0-9]+[%％]$");

  /**
   * The budget figures of a form, stated and computed; null where unknown. {@code absent}: the form
   * has no budget execution score perfsheet could find (no 分值 beside its amounts): it is scored
   * elsewhere (an indicator row) or not at all.
   */
  record Result(
      Double annual,
      Double spent,
      Double weight,
      Double rateStated,
      Double rateComputed,
      Double scoreStated,
      Double scoreComputed,
      boolean absent) {}

  private BudgetExecution() {}

  static Result check(BudgetBlock b, ScoringProfile p, Findings out) {
    out.missing(b.total().annual(), "全年预算数", null, "请填写调整后的全年预算数。");
    out.missing(b.total().spent(), "全年执行数", null, "请填写全年实际执行（支出）数。");
    out.missing(b.weight(), "预算执行分值", null, "请填写预算执行率的分值（一般为 10 分）。");
    Double annual = Numbers.read(b.total().annual(), "全年预算数", null, out);
    Double spent = Numbers.read(b.total().spent(), "全年执行数", null, out);
    Double weight = Numbers.read(b.weight(), "预算执行分值", null, out);
    Double rate = null;
    Double score = null;
    if (annual != null && spent != null) {
      if (annual == 0) {
        if (spent > 0) {
          out.error(
              FindingCode.BUDGET_ZERO,
              b.total().annual().ref(),
              null,
              "全年预算数为 0，但全年执行数为 " + Scores.money(spent) + "，无法计算执行率。请填写调整后的全年预算数。");
        }
      } else {
        rate = spent / annual;
        if (spent > annual) {
          out.warning(
              FindingCode.BUDGET_OVERSPENT,
              b.total().spent().ref(),
              null,
              "全年执行数 "
                  + Scores.money(spent)
                  + " 超过全年预算数 "
                  + Scores.money(annual)
                  + "（执行率 "
                  + Scores.percent(rate)
                  + "），得分按 100% 计。请说明超支原因。");
        }
        if (weight != null) {
          score = p.round(weight * Math.min(rate, 1));
        }
      }
    }
    Double rateStated = rate(b, rate, annual, spent, p, out);
    Double scoreStated = score(b, score, weight, rate, p, out);
    boolean absent = b.weight() == null;
    return new Result(annual, spent, weight, rateStated, rate, scoreStated, score, absent);
  }

  private static Double rate(
      BudgetBlock b, Double rate, Double annual, Double spent, ScoringProfile p, Findings out) {
    if (b.rate() == null) {
      return null;
    }
    if (b.rate().isBlank()) {
      if (rate != null) {
        out.fill(b.rate(), rate, true, "执行率", Scores.percent(rate));
      }
      return null;
    }
    OptionalDouble stated = Notation.rate(b.rate());
    if (stated.isEmpty()) {
      out.error(
          FindingCode.VALUE_UNREADABLE,
          b.rate().ref(),
          null,
          "执行率应为百分数，表中是“" + b.rate().text() + "”。请填写如 95.98%。");
      return null;
    }
    double s = stated.getAsDouble();
    double tolerance = p.rateTolerance();
    if (WHOLE_PERCENT.matcher(Text.compact(b.rate().text())).matches()) {
      // Shown in whole percent (86%): right when the rate rounds to it (86.20 % does, 86.50 % not).
      tolerance = Math.max(tolerance, 0.005 - 2e-9);
    }
    if (rate != null
        && Numbers.differ(s, rate, tolerance)
        && Numbers.differ(s, Math.min(rate, 1), tolerance)) {
      out.error(
          FindingCode.BUDGET_RATE_MISMATCH,
          b.rate().ref(),
          null,
          "执行率应为 "
              + Scores.percent(rate)
              + "（"
              + Scores.money(spent)
              + " ÷ "
              + Scores.money(annual)
              + "），表中填写 "
              + Scores.percent(s)
              + "。请核对全年执行数和全年预算数。");
    }
    return s;
  }

  private static Double score(
      BudgetBlock b, Double score, Double weight, Double rate, ScoringProfile p, Findings out) {
    if (b.score() == null) {
      return null;
    }
    if (b.score().isBlank()) {
      if (score != null) {
        out.fill(b.score(), score, false, "预算执行得分", Scores.show(score) + " 分");
      }
      return null;
    }
    Double stated = Numbers.read(b.score(), "预算执行得分", null, out);
    if (stated != null && score != null && Numbers.differ(stated, score, p.scoreTolerance())) {
      out.error(
          FindingCode.BUDGET_SCORE_MISMATCH,
          b.score().ref(),
          null,
          "预算执行得分应为 "
              + Scores.show(score)
              + " 分（"
              + Scores.show(weight)
              + " × "
              + Scores.percent(Math.min(rate, 1))
              + "），表中填写 "
              + Scores.show(stated)
              + " 分。请按执行率计算得分。");
    }
    return stated;
  }
}
