package org.perfsheet.rules;

import java.util.regex.Pattern;
import org.perfsheet.layout.Vocabulary;
import org.perfsheet.model.FieldValue;
import org.perfsheet.model.FindingCode;
import org.perfsheet.model.Indicator;
import org.perfsheet.notation.Achievement;
import org.perfsheet.notation.Measure;
import org.perfsheet.notation.Notation;
import org.perfsheet.scoring.IndicatorScorer;
import org.perfsheet.scoring.Outcome;
import org.perfsheet.scoring.Scores;
import org.perfsheet.scoring.ScoringProfile;

/**
 * One indicator row: required fields, its target and actual, the rule score, the self-score audit,
 * over-achievement, and the deviation explanation the rules require.
 */
final class IndicatorRules {

  /**
   * @param weight the stated 分值, or null
   * @param stated the stated 得分, or null
   * @param computed what the indicator counts for in the computed total; null when the rule cannot
   *     score it (no weight, a blank or unreadable target or actual, units that differ), so no
   *     total can be computed from it
   */
  record Result(
      Indicator indicator, Double weight, Double stated, Double computed, Outcome outcome) {}

  private IndicatorRules() {}

  static Result check(Indicator i, ScoringProfile p, Findings out) {
    if (notApplicable(i)) {
      return new Result(i, 0.0, 0.0, 0.0, Outcome.unjudgedBlank());
    }
    out.missing(i.weight(), "分值", i.displayName(), "请填写该指标的分值。");
    out.missing(i.score(), "得分", i.displayName(), "请填写自评得分。");
    Double w = Numbers.read(i.weight(), "分值", i.displayName(), out);
    return check(i, w, Numbers.read(i.score(), "得分", i.displayName(), out), p, out);
  }

  /** With the weight and stated score already known (read, or inferred where a form has no 分值). */
  static Result check(Indicator i, Double w, Double stated, ScoringProfile p, Findings out) {
    String name = i.displayName();
    out.missing(i.name(), "三级指标", null, "请填写指标名称。");
    out.missing(i.target(), "年度指标值", name, "请填写年度指标值（申报时确定的目标）。");
    out.missing(i.actual(), "实际完成值", name, "请填写实际完成值。");
    if (w != null && w == 0 && i.weight() != null) {
      out.warning(FindingCode.WEIGHT_ZERO, i.weight().ref(), name, "分值为 0，该指标不计分。请按指标的重要程度分配分值。");
    }
    if (w != null && judged(i)) {
      // An evaluation-framework row (立项依据充分性 …) prints no target: the score is a judgement
      // against the framework's criteria, so the self-score stands, capped at the weight.
      audit(i, name, w, stated, Outcome.unjudgedBlank(), p, out);
      explanation(i, name, w, stated, Outcome.unjudgedBlank(), p, out);
      return new Result(
          i, w, stated, stated == null ? null : Math.min(stated, w), Outcome.unjudgedBlank());
    }
    Measure target = Notation.parse(i.target());
    Measure actual = Notation.inUnitOf(Notation.parse(i.actual()), target);
    unreadable(i.target(), target, "年度指标值", name, out);
    unreadable(i.actual(), actual, "实际完成值", name, out);
    if (w == null) {
      return new Result(i, null, stated, null, Outcome.unjudgedBlank());
    }
    Outcome o =
        BudgetRow.is(i)
            ? IndicatorScorer.budgetRow(actual, w, p)
            : IndicatorScorer.score(target, actual, w, p);
    if (Direction.unclear(name, target, o)) {
      out.info(
          FindingCode.DIRECTION_UNCLEAR,
          i.target().ref(),
          name,
          "年度指标值“"
              + i.target().text()
              + "”没有写比较符，而指标名称表明数值越低越好：无法判断实际完成值 "
              + Notation.show(actual)
              + " 是否达标，该项得分未按规则复核，总分无法核定。请写明比较符（如 ≤"
              + Notation.show(target)
              + "）。");
      o = Outcome.unjudgedDirection();
    }
    outcome(i, name, target, actual, o, p, out);
    audit(i, name, w, stated, o, p, out);
    explanation(i, name, w, stated, o, p, out);
    Double computed =
        switch (o.kind()) {
          case QUANTITATIVE -> o.rule();
          case QUALITATIVE -> stated == null ? o.upper() : Math.min(stated, o.upper());
          case UNJUDGED -> null;
        };
    return new Result(i, w, stated, computed, o);
  }

  /**
   * A row the unit marked not applicable: its 分值 or 得分 says so ({@code /}, {@code —}, 不适用), and
   * every value cell is blank or says so too. It carries no points and needs nothing.
   */
  private static boolean notApplicable(Indicator i) {
    FieldValue[] values = {i.target(), i.actual(), i.weight(), i.score()};
    for (FieldValue v : values) {
      if (v != null && !v.isBlank() && !Vocabulary.isNotApplicable(v.text())) {
        return false;
      }
    }
    return marked(i.weight()) || marked(i.score());
  }

  private static boolean marked(FieldValue v) {
    return v != null && !v.isBlank() && Vocabulary.isNotApplicable(v.text());
  }

  private static final Pattern NO_TARGET = Pattern.compile("^[—－\\-/／─]+$");

  /** A row whose target is printed as a dash (—, /) and whose actual describes what was done. */
  private static boolean judged(Indicator i) {
    return !BudgetRow.is(i)
        && i.target() != null
        && NO_TARGET.matcher(i.target().text()).matches()
        && i.actual() != null
        && !i.actual().isBlank();
  }

  private static void unreadable(FieldValue v, Measure m, String label, String name, Findings out) {
    if (m instanceof Measure.Unreadable u) {
      out.warning(
          FindingCode.VALUE_UNREADABLE,
          v.ref(),
          name,
          label + "：" + u.reason() + "。请按“比较符 + 数值 + 单位”" + "（如 ≥95%、=16家）或规范用语（如 及时、合格）填写。");
    }
  }

  private static void outcome(
      Indicator i,
      String name,
      Measure target,
      Measure actual,
      Outcome o,
      ScoringProfile p,
      Findings out) {
    if (o.kind() == Outcome.Kind.UNJUDGED) {
      if (o.why() == Outcome.Unjudged.UNIT_MISMATCH) {
        out.warning(
            FindingCode.UNIT_MISMATCH,
            i.actual().ref(),
            name,
            "实际完成值“"
                + i.actual().text()
                + "”与年度指标值“"
                + i.target().text()
                + "”的单位不一致，无法按规则评分。请使用与年度指标值相同的单位。");
      } else if (o.why() == Outcome.Unjudged.NOT_COMPARABLE) {
        out.warning(
            FindingCode.VALUE_UNREADABLE,
            i.actual().ref(),
            name,
            "实际完成值“"
                + i.actual().text()
                + "”无法与年度指标值“"
                + i.target().text()
                + "”比较，未按规则评分。请写明实际完成的数值，或“达成”“部分达成”“未完成”等情况。");
      }
      return;
    }
    if (Boolean.FALSE.equals(o.met())) {
      String tier = o.kind() == Outcome.Kind.QUALITATIVE ? "（" + o.tier().chinese() + "）" : "";
      out.warning(
          FindingCode.TARGET_NOT_MET,
          i.actual().ref(),
          name,
          "未达到年度指标值"
              + tier
              + "：目标 "
              + Notation.show(target)
              + "，实际 "
              + Notation.show(actual)
              + "。");
    }
    if (o.exceeded()) {
      out.warning(
          FindingCode.TARGET_EXCEEDED,
          i.actual().ref(),
          name,
          "实际完成值 "
              + Notation.show(actual)
              + " 达到年度指标值 "
              + Notation.show(target)
              + " 的 "
              + Scores.show(p.overAchievement())
              + " 倍以上，目标可能定得偏低。"
              // A layout with no explanation column (Chongqing's department form) has nowhere
              // to say why: the reviewer is asked to look at the target instead.
              + (i.explanation() != null ? "请在偏差原因分析中说明原因。" : "请核实年度指标值是否定得合理。"));
    }
  }

  private static void audit(
      Indicator i,
      String name,
      double w,
      Double stated,
      Outcome o,
      ScoringProfile p,
      Findings out) {
    if (stated == null) {
      return;
    }
    double tol = p.scoreTolerance();
    if (Numbers.differ(stated, Math.min(stated, w), tol)) {
      out.error(
          FindingCode.SCORE_EXCEEDS_WEIGHT,
          i.score().ref(),
          name,
          "得分 " + Scores.show(stated) + " 分高于分值 " + Scores.show(w) + " 分。得分不能超过分值。");
      return;
    }
    if (o.kind() == Outcome.Kind.QUANTITATIVE) {
      if (Numbers.differ(stated, Math.min(stated, o.rule()), tol)) {
        out.error(
            FindingCode.SCORE_ABOVE_RULE,
            i.score().ref(),
            name,
            "自评得分 "
                + Scores.show(stated)
                + " 分高于评分规则：按评分规则应得 "
                + Scores.show(o.rule())
                + " 分（"
                + o.formula()
                + "）。请按规则修改得分。");
      } else if (Numbers.differ(stated, Math.max(stated, o.rule()), tol)) {
        out.info(
            FindingCode.SCORE_BELOW_RULE,
            i.score().ref(),
            name,
            "自评得分 "
                + Scores.show(stated)
                + " 分低于按规则应得的 "
                + Scores.show(o.rule())
                + " 分。如无扣分理由，可按规则评分。");
      }
    } else if (o.kind() == Outcome.Kind.QUALITATIVE) {
      String range =
          "按评分规则得分应在 " + Scores.show(o.lower()) + " 至 " + Scores.show(o.upper()) + " 分之间";
      if (Numbers.differ(stated, Math.min(stated, o.upper()), tol)) {
        out.error(
            FindingCode.SCORE_ABOVE_RULE,
            i.score().ref(),
            name,
            "自评得分 "
                + Scores.show(stated)
                + " 分高于评分规则：实际完成情况为“"
                + o.tier().chinese()
                + "”，"
                + range
                + "。请按规则修改得分。");
      } else if (Numbers.differ(stated, Math.max(stated, o.lower()), tol)) {
        out.info(
            FindingCode.SCORE_BELOW_RULE,
            i.score().ref(),
            name,
            "自评得分 " + Scores.show(stated) + " 分低于“" + o.tier().chinese() + "”档的下限（" + range + "）。");
      }
    }
  }

  /**
   * Whether the row needed a 偏差原因分析 (domain.md §4): its target missed, or fewer points than its 分值,
   * stated or by the rule.
   */
  static boolean needsExplanation(Result r, ScoringProfile p) {
    return r.weight() != null
        && r.outcome() != null
        && (missed(r.outcome()) || belowWeight(r.weight(), r.stated(), r.outcome(), p));
  }

  private static boolean missed(Outcome o) {
    return Boolean.FALSE.equals(o.met()) && o.tier() != Achievement.ACHIEVED;
  }

  private static boolean belowWeight(double w, Double stated, Outcome o, ScoringProfile p) {
    double tol = p.scoreTolerance();
    return (stated != null && Numbers.differ(stated, Math.max(stated, w), tol))
        || (o.kind() == Outcome.Kind.QUANTITATIVE
            && Numbers.differ(o.rule(), Math.max(o.rule(), w), tol));
  }

  private static void explanation(
      Indicator i,
      String name,
      double w,
      Double stated,
      Outcome o,
      ScoringProfile p,
      Findings out) {
    FieldValue e = i.explanation();
    if (e == null || !e.isBlank()) {
      return;
    }
    boolean missed = missed(o);
    boolean belowWeight = belowWeight(w, stated, o, p);
    if (missed || belowWeight) {
      out.error(
          FindingCode.EXPLANATION_MISSING,
          e.ref(),
          name,
          (missed ? "未达到年度指标值" : "得分低于分值") + "，须填写偏差原因分析及改进措施：说明未完成的原因和下一步改进措施。");
    } else if (o.exceeded()) {
      out.warning(
          FindingCode.EXPLANATION_MISSING,
          e.ref(),
          name,
          "实际完成值大幅超过年度指标值，请在偏差原因分析中说明超额原因（目标是否定得偏低）。");
    }
  }
}
