package org.perfsheet.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
    ProjectInfo project = new ProjectInfo(d.field("project_name"), d.field("department"), d.field("unit"), d.year());
    List<Indicator> indicators = indicators(d.rows(), "ind_");
    return new DeclarationForm(d.sheet(), d.layout().id(), d.anchor(), project, d.field("nature"), d.field("category"),
        d.field("start_date"), d.field("end_date"), unit(d), d.field("funds_total"), d.field("funds_fiscal"),
        d.field("funds_other"), d.field("annual_total"), d.field("appropriation"), d.field("carryover"),
        d.field("annual_other"), d.field("goal_total"), d.field("goal_annual"), indicators);
  }

  public static DepartmentForm department(FormData d) {
    FieldValue label = d.field("money_unit");
    double budgetWeight = 20;
    if (label != null) {
      Matcher m = POINTS.matcher(java.text.Normalizer.normalize(label.text(), java.text.Normalizer.Form.NFKC));
      if (m.find()) {
        budgetWeight = Double.parseDouble(m.group(1));
      }
    }
    List<Goal> goals = new ArrayList<>();
    for (FormData.Block b : d.blocks()) {
      String heading = java.text.Normalizer.normalize(b.heading().text(), java.text.Normalizer.Form.NFKC);
      Matcher n = NUMBER.matcher(heading);
      Matcher p = POINTS.matcher(heading);
      goals.add(new Goal(n.find() ? Integer.parseInt(n.group(1)) : goals.size() + 1, b.heading(),
          p.find() ? Double.parseDouble(p.group(1)) : null, b.fields().get("goal_text"), b.fields().get("goal_funds"),
          indicators(b.rows(), "goal_ind_")));
    }
    return new DepartmentForm(d.sheet(), d.layout().id(), d.anchor(), d.field("unit"), d.year(), unit(d), budgetWeight,
        d.field("basic_total"), d.field("project_total"), d.field("budget_annual"), d.field("budget_spent"),
        d.field("budget_rate"), d.field("budget_score"), goals, d.field("total_score"), d.field("deviation"),
        d.field("improvement"), d.field("note"), !d.notFound().contains("goal_ind_weight")
            && d.layout().field("goal_ind_weight").isPresent());
  }

  /** The form's money unit, from its unit label (项目资金（万元）, or whatever the reader found stating one). */
  static MoneyUnit unit(FormData d) {
    FieldValue label = d.field("money_unit");
    return MoneyUnit.fromLabel(label == null ? "" : label.text());
  }

  /** Indicator rows by their keys under {@code prefix}: the one mapping of every form with an indicator table. */
  static List<Indicator> indicators(List<Map<String, FieldValue>> rows, String prefix) {
    List<Indicator> out = new ArrayList<>();
    for (Map<String, FieldValue> r : rows) {
      out.add(new Indicator(r.get(prefix + "level1"), r.get(prefix + "level2"), r.get(prefix + "name"),
          r.get(prefix + "target"), r.get(prefix + "actual"), r.get(prefix + "weight"), r.get(prefix + "score"),
          r.get(prefix + "explanation")));
    }
    return out;
  }
}
