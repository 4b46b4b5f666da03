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
 * 年初预算数, its 全年预计执行数 against what is spent and budgeted, the total against its sources, and the
 * funds light with PROGRESS_LOW when it is red or yellow.
 */
final class FundsProgress {

  /** The total line's figures (in the form's unit) and its light; null where unknown. */
  record Result(
      Double initial, Double spent, Double rateStated, Double rateComputed, LightMark light) {}

  private FundsProgress() {}

  static Result check(MonitoringForm form, ScoringProfile p, Findings out) {
    MonitoringFunds total = form.total();
    if (total == null) {
      return new Result(null, null, null, null, null);
    }
    out.missing(total.initial(), "年初预算数", null, "请填写年度资金总额的年初预算数。");
    out.missing(total.spent(), "执行数", null, "请填写截至监控月份的资金执行数（没有支出填 0）。");
    Double initial = null;
    Double spent = null;
    Double rateStated = null;
    Double rateComputed = null;
    for (MonitoringFunds line : form.funds()) {
      Double i = Numbers.read(line.initial(), line.label() + "年初预算数", null, out);
      Double s = Numbers.read(line.spent(), line.label() + "执行数", null, out);
      Double stated = rate(line, i, s, line == total, p, out);
      forecast(line, i, s, out);
      if (line == total) {
        initial = i;
        spent = s;
        rateStated = stated;
        rateComputed = i != null && s != null && i > 0 ? s / i : null;
      }
    }
    balance(form, out);
    return new Result(
        initial, spent, rateStated, rateComputed, light(form, total, initial, spent, p, out));
  }

  /** The stated 执行率 of one line against 执行数 ÷ 年初预算数; the total's filled in when blank. */
  private static Double rate(
      MonitoringFunds line,
      Double initial,
      Double spent,
      boolean total,
      ScoringProfile p,
      Findings out) {
    FieldValue cell = line.rate();
    Double computed = initial != null && spent != null && initial > 0 ? spent / initial : null;
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
    if (computed != null && Numbers.differ(s, computed, p.rateTolerance())) {
      out.error(
          FindingCode.BUDGET_RATE_MISMATCH,
          cell.ref(),
          null,
          line.label()
              + "的执行率应为 "
              + Scores.percent(computed)
              + "（执行数 "
              + Scores.money(spent)
              + " ÷ 年初预算数 "
              + Scores.money(initial)
              + "），表中填写 "
              + Scores.percent(s)
              + "。请核对执行数和年初预算数。");
    }
    return s;
  }

  /** 全年预计执行数: not below what is already spent (error), not above the budget (warning). */
  private static void forecast(MonitoringFunds line, Double initial, Double spent, Findings out) {
    Double forecast = Numbers.read(line.forecast(), line.label() + "全年预计执行数", null, out);
    if (forecast == null) {
      return;
    }
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
    } else if (initial != null && forecast > initial + 0.005) {
      out.warning(
          FindingCode.FORECAST_INVALID,
          line.forecast().ref(),
          null,
          line.label()
              + "的全年预计执行数 "
              + Scores.money(forecast)
              + " 超过年初预算数 "
              + Scores.money(initial)
              + "。如预算已调整，请在备注中说明；否则请核对。");
    }
  }

  /** 年度资金总额 = 财政拨款 + 上年结转资金 + 其他资金, for each column the lines fill. */
  private static void balance(MonitoringForm form, Findings out) {
    if (form.sources().isEmpty()) {
      return;
    }
    column(form, "年初预算数", MonitoringFunds::initial, out);
    column(form, "执行数", MonitoringFunds::spent, out);
    column(form, "全年预计执行数", MonitoringFunds::forecast, out);
  }

  private static void column(
      MonitoringForm form, String name, Function<MonitoringFunds, FieldValue> cell, Findings out) {
    Map<String, FieldValue> sources = new LinkedHashMap<>();
    form.sources().forEach(l -> sources.put(l.label(), cell.apply(l)));
    FundsBalance.column(cell.apply(form.total()), sources, name, out);
  }

  /** The funds light on the 执行率 cell (or, without one, on 执行数); PROGRESS_LOW when red or yellow. */
  private static LightMark light(
      MonitoringForm form,
      MonitoringFunds total,
      Double initial,
      Double spent,
      ScoringProfile p,
      Findings out) {
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
              + " ÷ 年初预算数 "
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
                      + "，为年初预算数的 "
                      + Scores.percent(forecast / initial))
              + "。请分析原因并加快执行。");
    }
    return new LightMark(cell.ref(), null, light, v);
  }
}
