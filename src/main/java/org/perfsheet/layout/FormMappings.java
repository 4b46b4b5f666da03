package org.perfsheet.layout;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.perfsheet.layout.FieldKeys.Declaration;
import org.perfsheet.layout.FieldKeys.Department;
import org.perfsheet.layout.FieldKeys.Ind;
import org.perfsheet.model.DeclarationForm;
import org.perfsheet.model.DepartmentForm;
import org.perfsheet.model.FieldValue;
import org.perfsheet.model.Goal;
import org.perfsheet.model.Indicator;
import org.perfsheet.model.MoneyUnit;
import org.perfsheet.model.ProjectInfo;

/**
 * Gives declarations and department-wide self-evaluations their meaning, as {@link
 * SelfEvaluationMapping} does for project self-evaluations.
 */
public final class FormMappings {

  private static final Pattern POINTS = Pattern.compile("[(（]\\s*(\\d+(?:\\.\\d+)?)\\s*分\\s*[)）]");
  private static final Pattern NUMBER = Pattern.compile("(\\d+)");

  private FormMappings() {}

  public static DeclarationForm declaration(FormData d) {
    return new DeclarationForm(
        d.sheet(),
        d.layout().id(),
        d.anchor(),
        project(d),
        d.field(Declaration.NATURE),
        d.field(Declaration.CATEGORY),
        d.field(Declaration.START_DATE),
        d.field(Declaration.END_DATE),
        unit(d),
        d.field(Declaration.FUNDS_TOTAL),
        d.field(Declaration.FUNDS_FISCAL),
        d.field(Declaration.FUNDS_OTHER),
        d.field(Declaration.ANNUAL_TOTAL),
        d.field(Declaration.APPROPRIATION),
        d.field(Declaration.CARRYOVER),
        d.field(Declaration.ANNUAL_OTHER),
        d.field(Declaration.GOAL_TOTAL),
        d.field(Declaration.GOAL_ANNUAL),
        indicators(d.rows(), column -> column));
  }

  public static DepartmentForm department(FormData d) {
    FieldValue label = d.field(FieldKeys.MONEY_UNIT);
    double budgetWeight = 20;
    FieldValue weight = d.field(Department.BUDGET_WEIGHT);
    if (weight != null && weight.number() != null && weight.number() > 0) {
      budgetWeight = weight.number(); // its own cell (分值（10分） over 10)
    } else if (label != null) {
      Matcher m = POINTS.matcher(Normalizer.normalize(label.text(), Normalizer.Form.NFKC));
      if (m.find()) {
        budgetWeight = Double.parseDouble(m.group(1));
      }
    }
    List<Goal> goals = new ArrayList<>();
    for (FormData.Block b : d.blocks()) {
      String heading = Normalizer.normalize(b.heading().text(), Normalizer.Form.NFKC);
      Matcher n = NUMBER.matcher(heading);
      Matcher p = POINTS.matcher(heading);
      goals.add(
          new Goal(
              n.find() ? Integer.parseInt(n.group(1)) : goals.size() + 1,
              b.heading(),
              p.find() ? Double.parseDouble(p.group(1)) : null,
              b.fields().get(Department.GOAL_TEXT),
              b.fields().get(Department.GOAL_FUNDS),
              indicators(b.rows(), Department::indicator)));
    }
    if (goals.isEmpty() && !d.rows().isEmpty()) {
      // one table for the whole department (Guizhou): one goal with no heading, its points the rest
      goals.add(
          new Goal(
              1,
              null,
              null,
              d.field(Department.GOAL_TEXT),
              null,
              indicators(d.rows(), Department::indicator)));
    }
    return new DepartmentForm(
        d.sheet(),
        d.layout().id(),
        d.anchor(),
        d.field("unit"),
        d.year(),
        unit(d),
        budgetWeight,
        d.field(Department.BASIC_TOTAL),
        d.field(Department.PROJECT_TOTAL),
        d.field(Department.BUDGET_ANNUAL),
        d.field(Department.BUDGET_SPENT),
        d.field(Department.BUDGET_RATE),
        d.field(Department.BUDGET_SCORE),
        goals,
        d.field(Department.TOTAL_SCORE),
        d.field(Department.DEVIATION),
        d.field(Department.IMPROVEMENT),
        d.field(Department.NOTE),
        weightsPrinted(d));
  }

  /**
   * Whether the form prints each indicator's weight (some department forms leave them to be
   * inferred).
   */
  private static boolean weightsPrinted(FormData d) {
    String weight = Department.indicator(Ind.WEIGHT);
    return !d.notFound().contains(weight) && d.layout().field(weight).isPresent();
  }

  /** The form's money unit ({@link Amounts#unit}); the amounts are already in it. */
  static MoneyUnit unit(FormData d) {
    return Amounts.unit(d);
  }

  /** The project every project form names. */
  static ProjectInfo project(FormData d) {
    return new ProjectInfo(
        d.field(FieldKeys.PROJECT_NAME),
        d.field(FieldKeys.DEPARTMENT),
        d.field(FieldKeys.UNIT),
        d.year());
  }

  /**
   * An indicator table's rows; {@code key} turns a project column key ({@link Ind}) into the
   * table's own (a department goal's {@code goal_ind_…}).
   */
  static List<Indicator> indicators(List<Map<String, FieldValue>> rows, UnaryOperator<String> key) {
    List<Indicator> out = new ArrayList<>();
    for (Map<String, FieldValue> r : rows) {
      FieldValue adjusted = r.get(key.apply(Ind.TARGET_ADJUSTED));
      out.add(
          new Indicator(
              r.get(key.apply(Ind.LEVEL1)),
              r.get(key.apply(Ind.LEVEL2)),
              r.get(key.apply(Ind.NAME)),
              adjusted != null && !adjusted.isBlank() ? adjusted : r.get(key.apply(Ind.TARGET)),
              r.get(key.apply(Ind.ACTUAL)),
              r.get(key.apply(Ind.WEIGHT)),
              r.get(key.apply(Ind.SCORE)),
              r.get(key.apply(Ind.EXPLANATION))));
    }
    return out;
  }
}
