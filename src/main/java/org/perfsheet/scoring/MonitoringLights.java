package org.perfsheet.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.perfsheet.model.Light;
import org.perfsheet.notation.Comparator;
import org.perfsheet.notation.Measure;

/**
 * The warning lights of a mid-year monitoring form (docs/domain.md §7), as finance systems in use
 * compute them; the thresholds are the profile's {@link ScoringProfile.Monitoring}. The generated
 * monitoring template writes the same rules as formulas and conditional formats.
 *
 * <ul>
 *   <li>funds: v = (执行数 ÷ 年初预算数) ÷ (month ÷ 12) × 100: red, yellow or green (never blue); a budget
 *       of 0 gives no light;
 *   <li>a positive quantitative indicator: v = 实际 ÷ (年度指标值 × month ÷ 12) × 100, a percentage target
 *       compared as it is unless the profile prorates it; actual 0 is red;
 *   <li>reverse (≤, <) and zero targets: met is green, else red; words: 达成 green, 部分达成 yellow, 未达成
 *       red; a timeliness actual on schedule green, late yellow.
 * </ul>
 */
public final class MonitoringLights {

  /** Why an indicator has no light. */
  public enum Unlit {
    TARGET_BLANK,
    ACTUAL_BLANK,
    ACTUAL_NOT_A_VALUE,
    UNIT_MISMATCH,
    NO_MONTH,
    UNKNOWN_WORDS
  }

  /**
   * An indicator judged: a light (with the progress value when there is one) or why not.
   *
   * @param progress v of the formula above, null when the light follows from met/missed or words
   */
  public record Judged(Light light, Double progress, Unlit unlit) {
    static Judged lit(Light light, Double progress) {
      return new Judged(light, progress, null);
    }

    static Judged unlit(Unlit why) {
      return new Judged(null, null, why);
    }
  }

  private MonitoringLights() {}

  /** The funds progress v; null when the budget is 0 or unknown, or the month unknown. */
  public static Double fundsProgress(Double initial, Double spent, Integer month) {
    if (initial == null || spent == null || month == null || initial <= 0) {
      return null;
    }
    return progress(spent / initial / (month / 12.0) * 100);
  }

  /**
   * Rounded to 4 decimals before it meets a threshold, so 4.8 of 12 by June is 80, not the 79.999…
   * of binary floating point (the generated template's formulas round the same way).
   */
  static double progress(double v) {
    return BigDecimal.valueOf(v).setScale(4, RoundingMode.HALF_UP).doubleValue();
  }

  /** The funds light for a progress value: red, yellow or green. */
  public static Light funds(double progress, ScoringProfile.Monitoring m) {
    return progress < m.red() ? Light.RED : progress < m.yellow() ? Light.YELLOW : Light.GREEN;
  }

  /**
   * An indicator's light for a progress value, blue from the blue threshold when the blue rule is
   * on.
   */
  public static Light indicator(double progress, ScoringProfile.Monitoring m) {
    Light l = funds(progress, m);
    return l == Light.GREEN && m.blueOn() && progress >= m.blue() ? Light.BLUE : l;
  }

  public static Judged judge(
      Measure target, Measure actual, Integer month, ScoringProfile.Monitoring m) {
    if (target instanceof Measure.Blank || target instanceof Measure.Unreadable) {
      return Judged.unlit(Unlit.TARGET_BLANK);
    }
    if (actual instanceof Measure.Blank) {
      return Judged.unlit(Unlit.ACTUAL_BLANK);
    }
    if (target instanceof Measure.Quantity a) {
      return actual instanceof Measure.Quantity b
          ? quantity(a, b, month, m)
          : Judged.unlit(Unlit.ACTUAL_NOT_A_VALUE);
    }
    if (target instanceof Measure.Range r) {
      if (!(actual instanceof Measure.Quantity b)) {
        return Judged.unlit(Unlit.ACTUAL_NOT_A_VALUE);
      }
      Judged j =
          quantity(
              new Measure.Quantity(r.text(), Comparator.GE, r.low(), r.unit(), true), b, month, m);
      return j.light() == Light.BLUE
          ? Judged.lit(Light.GREEN, j.progress())
          : j; // within a range is never too much
    }
    if (target instanceof Measure.Period t && actual instanceof Measure.Period b) {
      return Judged.lit(b.toMonth() <= t.toMonth() ? Light.GREEN : Light.YELLOW, null);
    }
    if (target instanceof Measure.Qualitative t
        && actual instanceof Measure.Qualitative b
        && b.repeats(t)) {
      return Judged.lit(Light.GREEN, null);
    }
    if (actual instanceof Measure.Qualitative q) {
      return switch (q.achievement()) {
        case ACHIEVED -> Judged.lit(Light.GREEN, null);
        case PARTLY -> Judged.lit(Light.YELLOW, null);
        case NOT_ACHIEVED -> Judged.lit(Light.RED, null);
        case UNKNOWN -> Judged.unlit(Unlit.UNKNOWN_WORDS);
      };
    }
    return Judged.unlit(Unlit.UNKNOWN_WORDS);
  }

  private static Judged quantity(
      Measure.Quantity t, Measure.Quantity actual, Integer month, ScoringProfile.Monitoring m) {
    if (!IndicatorScorer.sameUnit(t.unit(), actual.unit())) {
      return Judged.unlit(Unlit.UNIT_MISMATCH);
    }
    double a = t.value();
    double b = actual(t, actual);
    Comparator c = t.comparator();
    if (a == 0 && (c == Comparator.EQ || c == Comparator.LE)) {
      return Judged.lit(b == 0 ? Light.GREEN : Light.RED, null);
    }
    if (c.isReverse()) {
      return Judged.lit((c == Comparator.LE ? b <= a : b < a) ? Light.GREEN : Light.RED, null);
    }
    if (a <= 0) {
      return Judged.lit(b >= a ? Light.GREEN : Light.RED, null); // ≥0: anything done meets it
    }
    boolean level = t.percent() && !m.proratePercent();
    if (!level && month == null) {
      return Judged.unlit(Unlit.NO_MONTH);
    }
    if (b <= 0) {
      return Judged.lit(Light.RED, 0.0);
    }
    double expected = level ? a : a * month / 12.0;
    double v = progress(b / expected * 100);
    return Judged.lit(indicator(v, m), v);
  }

  /** The actual as a number on the target's scale: a bare 0.95 against a percentage is 95. */
  static double actual(Measure.Quantity t, Measure.Quantity actual) {
    return actual.onScaleOf(t.unit(), t.value());
  }

  /**
   * Whether this target counts up over the year (a positive count, not a rate): its forecast can't
   * fall below the actual.
   */
  public static boolean cumulative(Measure target) {
    return target instanceof Measure.Quantity q
        && !q.comparator().isReverse()
        && q.value() > 0
        && !q.percent();
  }
}
