package org.perfsheet.rules;

import java.util.ArrayList;
import java.util.List;
import org.perfsheet.model.FieldValue;
import org.perfsheet.model.FormKind;
import org.perfsheet.model.FormResult;
import org.perfsheet.model.Indicator;
import org.perfsheet.model.MoneyUnit;
import org.perfsheet.model.ProjectInfo;
import org.perfsheet.model.SelfEvaluationForm;
import org.perfsheet.model.Stated;
import org.perfsheet.scoring.Scores;
import org.perfsheet.scoring.ScoringProfile;
import org.perfsheet.text.Text;

/**
 * Checks a project self-evaluation against the rules of docs/domain.md §3–4. Runs each rule in
 * turn; every rule reports all it finds, none stops the others.
 */
public final class SelfEvaluationChecker {

  private SelfEvaluationChecker() {}

  public static FormResult check(SelfEvaluationForm form, ScoringProfile profile) {
    return check(form, profile, Taxonomy.OFFICIAL);
  }

  /** With the levels the form's template allows besides the official ones. */
  public static FormResult check(
      SelfEvaluationForm form, ScoringProfile profile, Taxonomy taxonomy) {
    Findings out = new Findings();
    ProjectInfo project = form.project();
    out.missing(project.name(), "项目名称", null, "请填写项目名称。");
    out.missing(project.department(), "主管部门", null, "请填写主管部门。");
    out.missing(project.unit(), "实施单位", null, "请填写实施单位。");
    BudgetExecution.Result budget = BudgetExecution.check(form.budget(), profile, out);
    FundsBalance.check(form.budget(), out);
    List<IndicatorRules.Result> indicators = new ArrayList<>();
    for (Indicator i : form.indicators()) {
      indicators.add(IndicatorRules.check(i, profile, out));
    }
    RepeatedReasons.explanations(indicators, profile, out);
    Levels.check(form.indicators(), taxonomy, out);
    Totals.Result total =
        Totals.check(form.totalWeight(), form.totalScore(), budget, indicators, profile, out);
    MoneyUnit unit = form.budget().unit();
    return new FormResult(
        form.sheet(),
        FormKind.PROJECT_SELF_EVALUATION,
        form.template(),
        text(project.name()),
        text(project.department()),
        text(project.unit()),
        project.year(),
        yuan(budget.annual(), unit),
        yuan(budget.spent(), unit),
        new Stated(budget.rateStated(), budget.rateComputed()),
        new Stated(budget.scoreStated(), budget.scoreComputed()),
        new Stated(total.stated(), total.computed(), total.reason()),
        total.computed() == null ? null : Scores.grade(total.computed()),
        out.list,
        out.fills,
        null); // lights: a monitoring form's only
  }

  static String text(FieldValue v) {
    return v == null || v.isBlank() ? null : Text.oneLine(v.text());
  }

  static Double yuan(Double amount, MoneyUnit unit) {
    return amount == null ? null : unit.toYuan(amount);
  }
}
