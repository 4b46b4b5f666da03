package org.perfsheet.rules;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Function;
import org.perfsheet.model.FieldValue;
import org.perfsheet.model.FindingCode;
import org.perfsheet.model.Light;
import org.perfsheet.model.LightMark;
import org.perfsheet.model.MonitoringForm;
import org.perfsheet.model.MonitoringFunds;
import org.perfsheet.notation.Notation;
import org.perfsheet.scoring.MonitoringLights;
import org.perfsheet.scoring.Scores;
import org.perfsheet.scoring.ScoringProfile;

/**
 * The funds block of a monitoring form (docs/domain.md §7): each line's stated 执行率 against 执行数 ÷
 * the budget, its 全年预计执行数 against what is spent and budgeted, the total against its sources, and
 * the funds light with PROGRESS_LOW when it is red or yellow. The budget is 年初预算数, or the 调整后预算数
 * where the layout prints one (预算管理一体化 systems measure execution against the budget as adjusted); a
 * stated 执行率 against either is accepted.
 */
final class FundsProgress {

  /** The total line's figures (in the form's unit) and its light; null where unknown. */
  record Result(
      Double initial, Double spent, Double rateStated, Double rateComputed, LightMark light) {}

  /** What execution is measured against: the amount and what the form calls it. */
  private record Budget(Double amount, String name) {}

  private FundsProgress() {}

  static Result check(MonitoringForm form, ScoringProfile p, Findings out) {
    MonitoringFunds total = form.total();
    if (total == null) {
      return new Result(null, null, null, null, null);
    }
    out.missing(total.initial(), "年初预算数", null, "请填写年度资金总额的年初预算数。");
    out.missing(total.spent(), "执行数", null, "请填写截至监控月份的资金执行数（没有支出填 0）。");
    Budget budget = null;
    Double spent = null;
    Double rateStated = null;
    Double rateComputed = null;
    for (MonitoringFunds line : form.funds()) {
      Double i = Numbers.read(line.initial(), line.label() + "年初预算数", null, out);
      Double a = Numbers.read(line.adjusted(), line.label() + "调整后预算数", null, out);
      Double s = Numbers.read(line.spent(), line.label() + "执行数", null, out);
      Budget b = a != null && a > 0 ? new Budget(a, "调整后预算数") : new Budget(i, "年初预算数");
      Double stated = rate(line, b, i, s, line == total, p, out);
      forecast(line, i, a, s, out);
      if (line == total) {
        budget = b;
        spent = s;
        rateStated = stated;
        rateComputed = b.amount() != null && s != null && b.amount() > 0 ? s / b.amount() : null;
      }
    }
    if (form.fundsComplete()) {
      balance(form, out);
    }
    return new Result(
        budget.amount(),
        spent,
        rateStated,
        rateComputed,
        light(form, total, budget, spent, p, out));
  }

  /**
   * The stated 执行率 of one line against 执行数 ÷ the budget (or ÷ 年初预算数, the central form's definition,
   * where an adjusted budget is printed too); the total's filled in when blank.
   */
  private static Double rate(
      MonitoringFunds line,
      Budget budget,
      Double initial,
      Double spent,
      boolean total,
      ScoringProfile p,
      Findings out) {
    FieldValue cell = line.rate();
    Double b = budget.amount();
    Double computed = b != null && spent != null && b > 0 ? spent / b : null;
    Double byInitial = initial != null && spent != null && initial > 0 ? spent / initial : null;
    if (cell == null) {
      return null;
    }
    if (cell.isBlank()) {
      if (total && computed != null) {
        out.fill(cell, computed, true, "执行率", Scores.percent(computed));
      }
      return null;
    }
    OptionalDouble stated = Notation.rate(cell);
    if (stated.isEmpty()) {
      out.error(
          FindingCode.VALUE_UNREADABLE,
          cell.ref(),
          null,
          line.label() + "的执行率应为百分数，表中是“" + cell.text() + "”。请填写如 58.33%。");
      return null;
    }
    double s = stated.getAsDouble();
    if (computed != null
        && Numbers.differ(s, computed, p.rateTolerance())
        && (byInitial == null || Numbers.differ(s, byInitial, p.rateTolerance()))) {
      out.error(
          FindingCode.BUDGET_RATE_MISMATCH,
          cell.ref(),
          null,
          line.label()
              + "的执行率应为 "
              + Scores.percent(computed)
              + "（执行数 "
              + Scores.money(spent)
              + " ÷ "
              + budget.name()
              + " "
              + Scores.money(b)
              + "），表中填写 "
              + Scores.percent(s)
              + "。请核对执行数和"
              + budget.name()
              + "。");
    }
    return s;
  }

  /**
   * 全年预计执行数: not below what is already spent (error), not above the budget, adjusted or not
   * (warning).
   */
  private static void forecast(
      MonitoringFunds line, Double initial, Double adjusted, Double spent, Findings out) {
    Double forecast = Numbers.read(line.forecast(), line.label() + "全年预计执行数", null, out);
    if (forecast == null) {
      return;
    }
    Budget cap =
        adjusted != null && (initial == null || adjusted > initial)
            ? new Budget(adjusted, "调整后预算数")
            : new Budget(initial, "年初预算数");
    if (spent != null && forecast < spent - 0.005) {
      out.error(
          FindingCode.FORECAST_INVALID,
          line.forecast().ref(),
          null,
          line.label()
              + "的全年预计执行数 "
              + Scores.money(forecast)
              + " 低于已执行数 "
              + Scores.money(spent)
              + "。全年预计数应包含已执行的部分，请核对。");
    } else if (cap.amount() != null && forecast > cap.amount() + 0.005) {
      out.warning(
          FindingCode.FORECAST_INVALID,
          line.forecast().ref(),
          null,
          line.label()
              + "的全年预计执行数 "
              + Scores.money(forecast)
              + " 超过"
              + cap.name()
              + " "
              + Scores.money(cap.amount())
              + "。"
              + (adjusted == null ? "如预算已调整，请在备注中说明；否则请核对。" : "请核对。"));
    }
  }

  /** 年度资金总额 = 财政拨款 + 上年结转资金 + 其他资金, for each column the lines fill. */
  private static void balance(MonitoringForm form, Findings out) {
    if (form.sources().isEmpty()) {
      return;
    }
    column(form, "年初预算数", MonitoringFunds::initial, out);
    column(form, "调整后预算数", MonitoringFunds::adjusted, out);
    column(form, "执行数", MonitoringFunds::spent, out);
    column(form, "全年预计执行数", MonitoringFunds::forecast, out);
  }

  private static void column(
      MonitoringForm form, String name, Function<MonitoringFunds, FieldValue> cell, Findings out) {
    Map<String, FieldValue> sources = new LinkedHashMap<>();
    form.sources().forEach(l -> sources.put(l.label(), cell.apply(l)));
    FundsBalance.column(cell.apply(form.total()), sources, name, out);
  }

  /**
   * The funds light on the 执行率 cell (or, without one, on 执行数), measured against the budget;
   * PROGRESS_LOW when red or yellow.
   */
  private static LightMark light(
      MonitoringForm form,
      MonitoringFunds total,
      Budget budget,
      Double spent,
      ScoringProfile p,
      Findings out) {
    Double initial = budget.amount();
    Double v = MonitoringLights.fundsProgress(initial, spent, form.month());
    if (v == null) {
      return null;
    }
    Light light = MonitoringLights.funds(v, p.monitoring());
    FieldValue cell = total.rate() != null ? total.rate() : total.spent();
    if (light.isLow()) {
      String unit = " " + form.unit().label();
      Double forecast = Numbers.read(total.forecast(), "全年预计执行数", null, new Findings());
      out.warning(
          FindingCode.PROGRESS_LOW,
          cell.ref(),
          null,
          "资金执行"
              + light.chinese()
              + "：1-"
              + form.month()
              + "月执行数 "
              + Scores.money(spent)
              + unit
              + " ÷ "
              + budget.name()
              + " "
              + Scores.money(initial)
              + unit
              + " = "
              + Scores.percent(spent / initial)
              + "，按时间进度（"
              + form.month()
              + "/12）应达 "
              + Scores.percent(form.month() / 12.0)
              + "，进度值 "
              + Scores.show(v)
              + "（低于 "
              + Scores.show(light == Light.RED ? p.monitoring().red() : p.monitoring().yellow())
              + " 为"
              + light.chinese()
              + "）"
              + (forecast == null
                  ? ""
                  : "；全年预计执行数 "
                      + Scores.money(forecast)
                      + unit
                      + "，为"
                      + budget.name()
                      + "的 "
                      + Scores.percent(forecast / initial))
              + "。请分析原因并加快执行。");
    }
    return new LightMark(cell.ref(), null, light, v);
  }
}
