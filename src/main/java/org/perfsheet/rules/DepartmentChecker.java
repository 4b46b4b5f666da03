package org.perfsheet.rules;

import java.util.ArrayList;
import java.util.List;
import org.perfsheet.model.BudgetBlock;
import org.perfsheet.model.DepartmentForm;
import org.perfsheet.model.FieldValue;
import org.perfsheet.model.FindingCode;
import org.perfsheet.model.FormKind;
import org.perfsheet.model.FormResult;
import org.perfsheet.model.FundsLine;
import org.perfsheet.model.Goal;
import org.perfsheet.model.Indicator;
import org.perfsheet.model.Stated;
import org.perfsheet.notation.Notation;
import org.perfsheet.scoring.IndicatorScorer;
import org.perfsheet.scoring.Outcome;
import org.perfsheet.scoring.Scores;
import org.perfsheet.scoring.ScoringProfile;

/**
 * Checks a department-wide self-evaluation (docs/domain.md §5): budget execution worth its stated
 * points (20) × rate; the annual goals sharing the rest; each indicator scored as in a project
 * self-evaluation; each goal's stated points against its indicator scores; 总分 against both.
 *
 * <p>Forms without a 分值 column (Qiaokou 2020) state only scores. Each indicator's weight is then
 * inferred: its score when the target was met or it is qualitative, else the weight the rule
 * implies (a positive target missed scores W × B ÷ A, so W = score × A ÷ B). A goal's weight is the
 * larger of its heading's points and the sum of these weights. The form is told so in an info.
 */
public final class DepartmentChecker {

  private DepartmentChecker() {}

  public static FormResult check(DepartmentForm form, ScoringProfile p) {
    return check(form, p, Taxonomy.OFFICIAL);
  }

  /** With the levels the form's template allows besides the official ones. */
  public static FormResult check(DepartmentForm form, ScoringProfile p, Taxonomy taxonomy) {
    Findings out = new Findings();
    out.missing(form.unit(), "单位名称", null, "请填写单位名称。");
    // The form prints the budget weight in its label (（20分）): a value at the budget's cell, for the
    // rules' messages.
    FieldValue weightCell =
        form.budgetAnnual() == null
            ? null
            : FieldValue.number(
                form.budgetAnnual().ref(),
                form.budgetWeight(),
                Scores.show(form.budgetWeight()),
                false);
    BudgetBlock budgetBlock =
        new BudgetBlock(
            form.moneyUnit(),
            new FundsLine("部门整体支出总额", null, form.budgetAnnual(), form.budgetSpent()),
            weightCell,
            form.budgetRate(),
            form.budgetScore(),
            List.of());
    BudgetExecution.Result budget = BudgetExecution.check(budgetBlock, p, out);
    if (!form.hasWeightColumn() && !form.goals().isEmpty()) {
      out.info(
          FindingCode.WEIGHTS_INFERRED,
          form.anchor(),
          null,
          "表中没有“分值”栏：各指标的分值按得分推算（达标或定性指标取其得分，未达标的定量指标按 得分 × A ÷ B 推算），"
              + "只能复核各目标得分、标题分值与总分是否一致，无法逐项复核自评得分。");
    }
    if (form.goals().isEmpty()) {
      out.warning(
          FindingCode.LAYOUT_UNRECOGNISED,
          form.anchor(),
          null,
          "表中没有找到“年度目标 1：”等年度目标，" + "年度目标及其指标的检查已跳过，总分无法核定。如该表为本地区官方表式，请联系财政局提供对应模板。");
    }
    List<IndicatorRules.Result> all = new ArrayList<>();
    List<Indicator> indicators = new ArrayList<>();
    List<Double> weightsByGoal = new ArrayList<>();
    double goalWeights = 0;
    double headingPoints = 0;
    boolean allHeadings = true;
    boolean anyShort = false;
    for (Goal g : form.goals()) {
      GoalResult r = goal(g, form.hasWeightColumn(), p, out);
      all.addAll(r.results());
      indicators.addAll(g.indicators());
      goalWeights += r.weight();
      weightsByGoal.add(r.weight());
      allHeadings &= g.points() != null;
      headingPoints += g.points() == null ? 0 : g.points();
      anyShort |= r.short_();
    }
    Levels.check(indicators, taxonomy, out);
    double expected = 100 - form.budgetWeight();
    FieldValue sumAt = weightSumCell(form);
    if (sumAt != null && Numbers.differ(goalWeights, expected, p.scoreTolerance())) {
      out.error(
          FindingCode.GOAL_WEIGHT_SUM,
          sumAt.ref(),
          null,
          (form.goals().get(0).heading() == null ? "各指标分值合计 " : "各年度目标分值合计 ")
              + Scores.show(goalWeights)
              + " 分，应为 "
              + Scores.show(expected)
              + " 分（100 − 预算执行 "
              + Scores.show(form.budgetWeight())
              + " 分）。请按各目标资金占比分配分值。");
    }
    byFunds(form, weightsByGoal, expected, out);
    if (anyShort && form.deviation() != null && form.deviation().isBlank()) {
      out.error(
          FindingCode.EXPLANATION_MISSING,
          form.deviation().ref(),
          null,
          "有年度目标未完成，须填写“偏差大或目标未完成原因分析”，并在“改进措施及结果应用方案”中写明改进措施。");
    }
    double statedGoals =
        allHeadings
            ? headingPoints
            : all.stream()
                .filter(x -> x.stated() != null)
                .mapToDouble(IndicatorRules.Result::stated)
                .sum();
    Totals.Result total =
        Totals.score(
            form.totalScore(),
            form.goals().isEmpty() ? "表中没有读到年度目标" : Totals.unknown(budget, false, all),
            budget,
            false,
            all,
            statedGoals,
            Totals.Parts.BUDGET_AND_GOALS,
            p,
            out);
    return new FormResult(
        form.sheet(),
        FormKind.DEPARTMENT_SELF_EVALUATION,
        form.template(),
        "部门整体支出",
        SelfEvaluationChecker.text(form.unit()),
        SelfEvaluationChecker.text(form.unit()),
        form.year(),
        SelfEvaluationChecker.yuan(budget.annual(), form.moneyUnit()),
        SelfEvaluationChecker.yuan(budget.spent(), form.moneyUnit()),
        new Stated(budget.rateStated(), budget.rateComputed()),
        new Stated(budget.scoreStated(), budget.scoreComputed()),
        new Stated(total.stated(), total.computed(), total.reason()),
        total.computed() == null ? null : Scores.grade(total.computed()),
        out.list,
        out.fills,
        null); // lights: a monitoring form's only
  }

  /**
   * Where the goals' weight sum is told: the first goal's heading; on a form with one table and no
   * headings, the 总分 cell, else the first indicator's 分值 (never a printed label).
   */
  private static FieldValue weightSumCell(DepartmentForm form) {
    if (form.goals().isEmpty()) {
      return null;
    }
    Goal first = form.goals().get(0);
    if (first.heading() != null) {
      return first.heading();
    }
    if (form.totalScore() != null) {
      return form.totalScore();
    }
    return first.indicators().stream()
        .map(Indicator::weight)
        .filter(w -> w != null)
        .findFirst()
        .orElse(null);
  }

  private record GoalResult(List<IndicatorRules.Result> results, double weight, boolean short_) {}

  private static GoalResult goal(Goal g, boolean weightColumn, ScoringProfile p, Findings out) {
    boolean zero = g.points() != null && g.points() == 0;
    List<IndicatorRules.Result> results = new ArrayList<>();
    double weights = 0;
    double scores = 0;
    boolean short_ = false;
    for (Indicator i : g.indicators()) {
      Double stated =
          zero && (i.score() == null || i.score().isBlank())
              ? Double.valueOf(0)
              : Numbers.read(i.score(), "得分", i.displayName(), out);
      if (!zero) {
        out.missing(i.score(), "得分", i.displayName(), "请填写自评得分。");
      }
      Double w =
          weightColumn
              ? Numbers.read(i.weight(), "分值", i.displayName(), out)
              : inferWeight(i, stated, p);
      if (weightColumn) {
        out.missing(i.weight(), "分值", i.displayName(), "请填写该指标的分值。");
      }
      IndicatorRules.Result r = IndicatorRules.check(i, w, stated, p, out);
      results.add(r);
      weights += w == null ? 0 : w;
      scores += stated == null ? 0 : stated;
      short_ |= Boolean.FALSE.equals(r.outcome().met());
    }
    if (!zero && g.points() != null) {
      boolean matches =
          !Numbers.differ(g.points(), scores, p.scoreTolerance())
              || (weightColumn && !Numbers.differ(g.points(), weights, p.scoreTolerance()));
      if (!matches) {
        out.error(
            FindingCode.GOAL_SCORE_MISMATCH,
            g.heading().ref(),
            null,
            "年度目标 "
                + g.number()
                + " 标题为 "
                + Scores.show(g.points())
                + " 分，但其各指标得分合计 "
                + Scores.show(scores)
                + " 分，相差 "
                + Scores.show(Math.abs(g.points() - scores))
                + " 分。可能漏填了指标行，或标题分值、得分有误。请核对。");
      }
    }
    double goalWeight =
        weightColumn ? weights : Math.max(weights, g.points() == null ? 0 : g.points());
    return new GoalResult(results, goalWeight, short_);
  }

  /**
   * Goals share their points in proportion to their funds ("按金额比例赋分值", docs/domain.md §5) when
   * every goal states its funds: a goal whose points are a point or more off its share is told so.
   */
  private static void byFunds(
      DepartmentForm form, List<Double> weights, double points, Findings out) {
    List<Double> funds = new ArrayList<>();
    for (Goal g : form.goals()) {
      Double f = g.funds() == null ? null : Numbers.read(g.funds(), "目标资金", null, out);
      if (f == null) {
        return;
      }
      funds.add(f);
    }
    double total = funds.stream().mapToDouble(Double::doubleValue).sum();
    if (funds.isEmpty() || total <= 0) {
      return;
    }
    for (int i = 0; i < funds.size(); i++) {
      double share = points * funds.get(i) / total;
      if (Math.abs(weights.get(i) - share) >= 1) {
        Goal g = form.goals().get(i);
        out.error(
            FindingCode.GOAL_WEIGHT_SUM,
            g.heading().ref(),
            null,
            "年度目标 "
                + g.number()
                + " 的资金占全部目标资金的 "
                + Scores.percent(funds.get(i) / total)
                + "，按金额比例应约为 "
                + Scores.show(share)
                + " 分，表中为 "
                + Scores.show(weights.get(i))
                + " 分。请按资金占比分配各目标分值。");
      }
    }
  }

  /** The weight a rule implies for a stated score when the form has no 分值 column. */
  static Double inferWeight(Indicator i, Double stated, ScoringProfile p) {
    if (stated == null) {
      return null;
    }
    Outcome unit =
        IndicatorScorer.score(
            Notation.parse(i.target()),
            Notation.parse(i.actual()),
            1,
            new ScoringProfile(
                p.reverse(),
                p.achievedMin(),
                p.partlyMin(),
                p.overAchievement(),
                p.rateTolerance(),
                p.scoreTolerance(),
                4));
    if (unit.kind() == Outcome.Kind.QUANTITATIVE
        && Boolean.FALSE.equals(unit.met())
        && unit.rule() > 0) {
      return p.round(stated / unit.rule());
    }
    return stated;
  }
}
