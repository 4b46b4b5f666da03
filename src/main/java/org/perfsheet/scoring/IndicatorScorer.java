package org.perfsheet.scoring;

import java.text.Normalizer;
import org.perfsheet.notation.Achievement;
import org.perfsheet.notation.Comparator;
import org.perfsheet.notation.Measure;

/**
 * The official scoring of one indicator (docs/domain.md §4.3), A target, B actual, W weight:
 * positive targets W×B/A when missed, reverse ones by the profile's formula, a zero target all or
 * nothing, qualitative and timeliness targets by tier; never above W, never below 0.
 */
public final class IndicatorScorer {

  private IndicatorScorer() {}

  public static Outcome score(Measure target, Measure actual, double w, ScoringProfile p) {
    if (target instanceof Measure.Blank || actual instanceof Measure.Blank) {
      return Outcome.unjudged(Outcome.Unjudged.BLANK);
    }
    if (target instanceof Measure.Unreadable) {
      return Outcome.unjudged(Outcome.Unjudged.TARGET_UNREADABLE);
    }
    if (actual instanceof Measure.Unreadable) {
      return Outcome.unjudged(Outcome.Unjudged.ACTUAL_UNREADABLE);
    }
    if (target instanceof Measure.Quantity a) {
      if (actual instanceof Measure.Quantity b) {
        return sameUnit(a.unit(), b.unit())
            ? quantity(a, b, w, p)
            : Outcome.unjudged(Outcome.Unjudged.UNIT_MISMATCH);
      }
      return byWords(actual, w, p);
    }
    if (target instanceof Measure.Range r) {
      if (actual instanceof Measure.Quantity b) {
        return sameUnit(r.unit(), b.unit())
            ? range(r, b, w, p)
            : Outcome.unjudged(Outcome.Unjudged.UNIT_MISMATCH);
      }
      return byWords(actual, w, p);
    }
    if (target instanceof Measure.Period t) {
      if (actual instanceof Measure.Period b) {
        return tier(b.toMonth() <= t.toMonth() ? Achievement.ACHIEVED : Achievement.PARTLY, w, p);
      }
      return byWords(actual, w, p);
    }
    Measure.Qualitative t = (Measure.Qualitative) target;
    if (actual instanceof Measure.Qualitative b && b.repeats(t)) {
      return tier(Achievement.ACHIEVED, w, p);
    }
    return byWords(actual, w, p);
  }

  /**
   * Budget execution printed as an indicator row (预算执行率, in the 10号 evaluation framework): scored
   * as budget execution, W × min(rate, 1), whatever target the row prints. The actual is the rate,
   * as a percentage (95%, 95) or the fraction Excel stores (0.95).
   */
  public static Outcome budgetRow(Measure actual, double w, ScoringProfile p) {
    if (actual instanceof Measure.Blank) {
      return Outcome.unjudged(Outcome.Unjudged.BLANK);
    }
    if (!(actual instanceof Measure.Quantity b) || !(b.unit().isEmpty() || b.unit().equals("%"))) {
      return Outcome.unjudged(Outcome.Unjudged.ACTUAL_UNREADABLE);
    }
    double rate = b.unit().isEmpty() && b.value() <= 1.5 ? b.value() : b.value() / 100;
    double score = p.round(w * Math.max(0, Math.min(rate, 1)));
    return Outcome.quantitative(
        rate >= 1, score, Scores.show(w) + " × " + Scores.percent(Math.min(rate, 1)), false);
  }

  /** Units agree when equal or when one side leaves the unit out (people often do). */
  static boolean sameUnit(String target, String actual) {
    return target.isEmpty() || actual.isEmpty() || target.equals(actual);
  }

  private static Outcome quantity(
      Measure.Quantity t, Measure.Quantity actual, double w, ScoringProfile p) {
    double a = t.value();
    double b = actual.onScaleOf(t.unit(), a);
    // An actual written as a bound (>29万) claims at least (or at most) that value.
    boolean claimsAbove =
        actual.comparator() == Comparator.GT || actual.comparator() == Comparator.GE;
    boolean claimsBelow =
        actual.comparator() == Comparator.LT || actual.comparator() == Comparator.LE;
    Comparator c = t.comparator();
    if (a == 0 && (c == Comparator.EQ || c == Comparator.LE)) {
      boolean met = c == Comparator.LE ? b <= 0 : b == 0; // ≤0 is met by a fall (变动率 −8.5%)
      return Outcome.quantitative(
          met, met ? w : 0, met ? null : "目标为 0，实际 " + shown(b, t) + "，得 0 分", false);
    }
    if (c.isReverse()) {
      boolean met = c == Comparator.LE ? b <= a : b < a || (claimsBelow && b <= a);
      if (met) {
        return Outcome.quantitative(true, w, null, false);
      }
      return switch (p.reverse()) {
        case NATIONAL ->
            Outcome.quantitative(
                false,
                clamp(p.round(w * a / b), w),
                shown(a, t) + " ÷ " + shown(b, t) + " × " + Scores.show(w),
                false);
        case LINEAR ->
            Outcome.quantitative(
                false,
                clamp(p.round(w * (1 - (b - a) / a)), w),
                Scores.show(w)
                    + " × (1 − ("
                    + shown(b, t)
                    + " − "
                    + shown(a, t)
                    + ") ÷ "
                    + shown(a, t)
                    + ")",
                false);
      };
    }
    boolean met = c == Comparator.GT ? b > a || (claimsAbove && b >= a) : b >= a;
    boolean exceeded = a > 0 && b >= p.overAchievement() * a;
    if (met) {
      return Outcome.quantitative(true, w, null, exceeded);
    }
    double score = a > 0 ? clamp(p.round(w * b / a), w) : 0;
    return Outcome.quantitative(
        false, score, shown(b, t) + " ÷ " + shown(a, t) + " × " + Scores.show(w), false);
  }

  /** An amount in the target's written scale for messages: 30万 ÷ 35万, not 300000 ÷ 350000. */
  private static String shown(double v, Measure.Quantity t) {
    String text = Normalizer.normalize(t.text(), Normalizer.Form.NFKC);
    double scale = text.contains("亿") ? 1e8 : text.contains("万") ? 1e4 : 1;
    return scale == 1 ? Scores.show(v) : Scores.show(v / scale) + (scale == 1e8 ? "亿" : "万");
  }

  private static Outcome range(
      Measure.Range r, Measure.Quantity actual, double w, ScoringProfile p) {
    double b = actual.onScaleOf(r.unit(), r.low());
    if (b >= r.low()) {
      return Outcome.quantitative(true, w, null, false);
    }
    double score = r.low() > 0 ? clamp(p.round(w * b / r.low()), w) : 0;
    return Outcome.quantitative(
        false,
        score,
        Scores.show(b) + " ÷ " + Scores.show(r.low()) + " × " + Scores.show(w),
        false);
  }

  /** An actual in words (及时, 未完成, 达到预期目标) judged by what it says, whatever the target. */
  private static Outcome byWords(Measure actual, double w, ScoringProfile p) {
    if (actual instanceof Measure.Qualitative q && q.achievement() != Achievement.UNKNOWN) {
      return tier(q.achievement(), w, p);
    }
    return Outcome.unjudged(Outcome.Unjudged.NOT_COMPARABLE);
  }

  static Outcome tier(Achievement a, double w, ScoringProfile p) {
    return switch (a) {
      case ACHIEVED -> Outcome.tier(a, p.round(w * p.achievedMin()), w);
      case PARTLY -> Outcome.tier(a, p.round(w * p.partlyMin()), p.round(w * p.achievedMin()));
      default -> Outcome.tier(Achievement.NOT_ACHIEVED, 0, p.round(w * p.partlyMin()));
    };
  }

  private static double clamp(double score, double w) {
    return Math.max(0, Math.min(w, score));
  }
}
