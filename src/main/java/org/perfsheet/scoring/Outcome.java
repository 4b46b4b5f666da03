package org.perfsheet.scoring;

import org.perfsheet.notation.Achievement;

/**
 * How the rule judges one indicator: met or not, and the score range the rule allows. Quantitative
 * indicators have one rule score ({@code lower == upper}); qualitative ones a tier range; unjudged
 * ones say why.
 *
 * @param formula the computation for messages, e.g. {@code 3655 ÷ 7000 × 5}, or null
 * @param exceeded actual ≥ the over-achievement threshold × target
 */
public record Outcome(
    Kind kind,
    Boolean met,
    double lower,
    double upper,
    Achievement tier,
    String formula,
    boolean exceeded,
    Unjudged why) {

  public enum Kind {
    QUANTITATIVE,
    QUALITATIVE,
    UNJUDGED
  }

  /** Why an indicator could not be judged. */
  public enum Unjudged {
    BLANK,
    TARGET_UNREADABLE,
    ACTUAL_UNREADABLE,
    UNIT_MISMATCH,
    /** A bare number (no ≥ or ≤) on an indicator whose name says lower is better (控制率, 调整率). */
    DIRECTION_UNCLEAR,
    NOT_COMPARABLE
  }

  static Outcome quantitative(boolean met, double score, String formula, boolean exceeded) {
    return new Outcome(
        Kind.QUANTITATIVE,
        met,
        score,
        score,
        met ? Achievement.ACHIEVED : null,
        formula,
        exceeded,
        null);
  }

  static Outcome tier(Achievement tier, double lower, double upper) {
    return new Outcome(
        Kind.QUALITATIVE, tier == Achievement.ACHIEVED, lower, upper, tier, null, false, null);
  }

  static Outcome unjudged(Unjudged why) {
    return new Outcome(Kind.UNJUDGED, null, 0, 0, null, null, false, why);
  }

  /** For an indicator without a weight: nothing can be judged. */
  public static Outcome unjudgedBlank() {
    return unjudged(Unjudged.BLANK);
  }

  /** For a target whose direction cannot be told (no comparator on a lower-is-better name). */
  public static Outcome unjudgedDirection() {
    return unjudged(Unjudged.DIRECTION_UNCLEAR);
  }

  /** The score the rule gives: the quantitative score, or the top of the tier. */
  public double rule() {
    return upper;
  }
}
