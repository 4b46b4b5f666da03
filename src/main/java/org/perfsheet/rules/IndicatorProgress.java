package org.perfsheet.rules;

import org.perfsheet.model.FieldValue;
import org.perfsheet.model.FindingCode;
import org.perfsheet.model.Light;
import org.perfsheet.model.LightMark;
import org.perfsheet.model.MonitoredIndicator;
import org.perfsheet.notation.Measure;
import org.perfsheet.notation.Notation;
import org.perfsheet.notation.Ticks;
import org.perfsheet.scoring.MonitoringLights;
import org.perfsheet.scoring.Scores;
import org.perfsheet.scoring.ScoringProfile;

/**
 * One indicator row of a monitoring form: its light from the actual to date (docs/domain.md §7), a
 * word where a number belongs, the forecast against the actual, and the cause a red or yellow light
 * needs.
 */
final class IndicatorProgress {

  private IndicatorProgress() {}

  /** The row's light on its 1-N月执行数 cell, or null; findings about the row go to {@code out}. */
  static LightMark check(MonitoredIndicator i, Integer month, ScoringProfile p, Findings out) {
    String name = i.displayName();
    Measure target = Notation.parse(i.target());
    Measure actual = Notation.parse(i.actual());
    if (target instanceof Measure.Unreadable u && i.target() != null) {
      out.error(
          FindingCode.VALUE_UNREADABLE,
          i.target().ref(),
          name,
          "年度指标值“" + u.text() + "”无法识别（" + u.reason() + "）。请按申报表填写，如 ≥95%、=20集、及时。");
    }
    forecast(i, target, actual, name, out);
    MonitoringLights.Judged j = MonitoringLights.judge(target, actual, month, p.monitoring());
    if (j.unlit() == MonitoringLights.Unlit.ACTUAL_NOT_A_VALUE) {
      out.error(
          FindingCode.ACTUAL_NOT_A_VALUE,
          i.actual().ref(),
          name,
          "年度指标值“"
              + i.target().text()
              + "”是数值，1-"
              + (month == null ? "N" : month)
              + "月执行数却填写“"
              + i.actual().text()
              + "”。请填写截至目前实际完成的数值（单位与年度指标值一致），才能判断执行进度。");
    } else if (j.unlit() == MonitoringLights.Unlit.UNIT_MISMATCH) {
      out.warning(
          FindingCode.UNIT_MISMATCH,
          i.actual().ref(),
          name,
          "年度指标值“"
              + i.target().text()
              + "”与执行数“"
              + i.actual().text()
              + "”的计量单位不一致，无法判断进度。请按指标值的单位填写。");
    }
    if (j.light() == null) {
      return null;
    }
    if (j.light().isLow()) {
      boolean explained = causeTicked(i) && Reasons.given(i.reason());
      out.warning(
          FindingCode.PROGRESS_LOW,
          i.actual().ref(),
          name,
          "指标"
              + j.light().chinese()
              + "："
              + why(i, j, month, p)
              + (explained
                  ? "已说明原因，请落实改进措施，确保完成年度目标。"
                  : tickColumns(i) ? "请在偏差原因中勾选原因并填写原因说明。" : "请在偏差原因分析中说明原因。"));
      causes(i, j.light(), name, out);
    }
    return new LightMark(i.actual().ref(), name, j.light(), j.progress());
  }

  private static String why(
      MonitoredIndicator i, MonitoringLights.Judged j, Integer month, ScoringProfile p) {
    if (j.progress() == null) {
      return "执行数“" + i.actual().text() + "”未达到年度指标值“" + i.target().text() + "”。";
    }
    double threshold = j.light() == Light.RED ? p.monitoring().red() : p.monitoring().yellow();
    return "执行数“"
        + i.actual().text()
        + "”，年度指标值“"
        + i.target().text()
        + "”，进度值 "
        + Scores.show(j.progress())
        + "（"
        + (month == null || level(i, p) ? "按指标值本身比较" : "按时间进度 " + month + "/12 计")
        + "，低于 "
        + Scores.show(threshold)
        + " 为"
        + j.light().chinese()
        + "）。";
  }

  /** A percentage target compared as it stands, not prorated by the month (the profile's rule). */
  private static boolean level(MonitoredIndicator i, ScoringProfile p) {
    return Notation.parse(i.target()) instanceof Measure.Quantity q
        && q.percent()
        && !p.monitoring().proratePercent();
  }

  /**
   * A red or yellow light needs a cause ticked and a 原因说明 (docs/domain.md §7); on a layout without
   * the tick columns, the 原因说明 (偏差原因分析) alone.
   */
  private static void causes(MonitoredIndicator i, Light light, String name, Findings out) {
    boolean ticked = causeTicked(i);
    boolean explained = Reasons.given(i.reason());
    if (ticked && explained) {
      return;
    }
    FieldValue first = i.causes().stream().filter(c -> c != null).findFirst().orElse(i.reason());
    FieldValue cell =
        !ticked && first != null ? first : i.reason() != null ? i.reason() : i.actual();
    out.error(
        FindingCode.CAUSE_MISSING,
        cell.ref(),
        name,
        "该指标为"
            + light.chinese()
            + "，"
            + (ticked ? "" : "未勾选偏差原因（经费保障、制度保障、人员保障、硬件条件保障、其他）")
            + (ticked || explained ? "" : "，")
            + (explained
                ? ""
                : i.reason() == null || i.reason().isBlank()
                    ? "未填写原因说明"
                    : "原因说明只写了“" + i.reason().text() + "”，没有说明原因")
            + (tickColumns(i) ? "。请勾选原因并说明。" : "。请说明偏差原因及拟采取的措施。"));
  }

  /** Whether the layout has cause tick columns (the central form's 经费保障 … 其他). */
  static boolean tickColumns(MonitoredIndicator i) {
    return i.causes().stream().anyMatch(c -> c != null);
  }

  /** A cause ticked, or no tick columns to tick (the 原因说明 then carries the cause). */
  static boolean causeTicked(MonitoredIndicator i) {
    return !tickColumns(i) || i.causes().stream().anyMatch(Ticks::ticked);
  }

  /** 全年预计执行数 of a count cannot be below what is already done. */
  private static void forecast(
      MonitoredIndicator i, Measure target, Measure actual, String name, Findings out) {
    if (!MonitoringLights.cumulative(target) || !(actual instanceof Measure.Quantity a)) {
      return;
    }
    if (Notation.parse(i.forecast()) instanceof Measure.Quantity f
        && (f.unit().isEmpty() || f.unit().equals(a.unit()) || a.unit().isEmpty())
        && !f.percent()
        && f.value() < a.value()) {
      out.error(
          FindingCode.FORECAST_INVALID,
          i.forecast().ref(),
          name,
          "全年预计执行数“"
              + i.forecast().text()
              + "”低于已完成的“"
              + i.actual().text()
              + "”。全年预计数应包含已完成的部分，请核对。");
    }
  }
}
