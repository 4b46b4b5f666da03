package org.perfsheet.notation;

/**
 * A target or actual as written on a form, parsed. {@link #text} is always what the cell showed.
 * Parsing never fails: what cannot be read is {@link Unreadable}, and the rules say so.
 */
public sealed interface Measure {

  String text();

  /**
   * A number with a comparator and unit: {@code ≥95%}, {@code =16家}, {@code ≤90万元}, {@code 520 场}.
   * 万/亿 are multipliers: {@code 29万} is 290000 with unit "" and {@code 90万元} 900000 元.
   *
   * @param value the number, percentages as written (95 for 95%)
   * @param unit the unit without multiplier, {@code %} for percentages, "" when none
   * @param written whether a comparator was written (a bare number means =)
   */
  record Quantity(String text, Comparator comparator, double value, String unit, boolean written)
      implements Measure {
    public boolean percent() {
      return unit.equals("%");
    }

    /**
     * The value on a target's scale: a bare 0.95 against a percentage target (above 1.5 %) is the
     * fraction Excel stores for 95 %.
     */
    public double onScaleOf(String targetUnit, double targetValue) {
      return targetUnit.equals("%") && unit.isEmpty() && value <= 1.5 && targetValue > 1.5
          ? value * 100
          : value;
    }
  }

  /** A range {@code 90%-95%}: met within it. */
  record Range(String text, double low, double high, String unit) implements Measure {}

  /** A month window: {@code 3-10月}, {@code 9月}, {@code 第四季度开展} (10–12), {@code 第一、二、三季度} (1–9). */
  record Period(String text, int fromMonth, int toMonth) implements Measure {}

  /**
   * Words: {@code 及时}, {@code 合格（100%）}, {@code 达到预期目标}, {@code 未进行}.
   *
   * @param word the text without white space and without a bracketed note
   * @param achievement what it says when used as an actual
   * @param vague only a vague word where a measure is expected (提升, 完善, 较好…)
   */
  record Qualitative(String text, String word, Achievement achievement, boolean vague)
      implements Measure {

    /**
     * Whether this actual repeats what the target asks: the same words, or words containing them
     * (显著提高 for 提高) that do not deny them (未提高, 未按时).
     */
    public boolean repeats(Qualitative target) {
      return word.equals(target.word()) || (word.contains(target.word()) && !Words.negated(word));
    }
  }

  /** Nothing written. */
  record Blank(String text) implements Measure {}

  /**
   * Written but not readable as a target or actual.
   *
   * @param placeholder a {@code *} or {@code **} left in from a template
   */
  record Unreadable(String text, String reason, boolean placeholder) implements Measure {}
}
