package org.perfsheet.check;

import org.perfsheet.layout.FormData;
import org.perfsheet.layout.FormMappings;
import org.perfsheet.layout.MonitoringMapping;
import org.perfsheet.layout.SelfEvaluationMapping;
import org.perfsheet.model.FormKind;
import org.perfsheet.model.FormResult;
import org.perfsheet.model.MonitoringForm;
import org.perfsheet.model.SelfEvaluationForm;
import org.perfsheet.rules.DeclarationChecker;
import org.perfsheet.rules.DeclaredTargets;
import org.perfsheet.rules.DepartmentChecker;
import org.perfsheet.rules.MonitoredForecasts;
import org.perfsheet.rules.MonitoringChecker;
import org.perfsheet.rules.SelfEvaluationChecker;
import org.perfsheet.rules.Taxonomy;
import org.perfsheet.scoring.ScoringProfile;

/**
 * Where each kind of form is registered: what it reads into (its mapping, {@code layout}), which
 * rules judge it ({@code rules}) and which other forms it is held to. The switch is exhaustive, so
 * a new {@link FormKind} does not compile until it has its line here; the README's "Adding a form
 * kind" lists the other places (its keys, its template, its summary sheet if any), and {@code
 * FormKindsTest} checks that every kind has them.
 */
final class FormKinds {

  private FormKinds() {}

  /**
   * What checking a form takes beyond the form: the scoring rules and the other forms it is held
   * to.
   */
  record Context(
      ScoringProfile profile,
      Taxonomy taxonomy,
      DeclaredTargets declared,
      MonitoredForecasts monitored) {}

  /** Gives the form its meaning and judges it by its kind's rules. */
  static FormResult check(FormData form, Context c) {
    return switch (form.layout().kind()) {
      case PROJECT_SELF_EVALUATION -> {
        SelfEvaluationForm f = SelfEvaluationMapping.map(form);
        yield SelfEvaluationChecker.check(f, c.profile(), c.taxonomy())
            .withFindings(c.declared().compare(f))
            .withFindings(c.monitored().compare(f, c.profile()));
      }
      case PROJECT_DECLARATION ->
          DeclarationChecker.check(FormMappings.declaration(form), c.taxonomy());
      case DEPARTMENT_SELF_EVALUATION ->
          DepartmentChecker.check(FormMappings.department(form), c.profile(), c.taxonomy());
      case PROJECT_MONITORING -> {
        MonitoringForm f = MonitoringMapping.map(form);
        yield MonitoringChecker.check(f, c.profile(), c.taxonomy())
            .withFindings(c.declared().compare(f));
      }
    };
  }
}
