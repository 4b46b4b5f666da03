package org.perfsheet.layout;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.perfsheet.model.FormKind;

/**
 * The field keys a template may mark for each form kind (its {@code ps_} names without the
 * prefix): the contract between templates and the mappings. {@code template verify} holds a
 * template to it: an unknown key is a typo, a missing essential key a form that cannot be checked.
 */
public final class FieldKeys {

  private FieldKeys() {}

  private static final List<String> INDICATOR = List.of("level1", "level2", "name", "target", "actual", "weight", "score",
      "explanation");

  /** Every key the form kind reads. */
  public static Set<String> known(FormKind kind) {
    Set<String> keys = new LinkedHashSet<>(List.of("title", "year", "project_name", "department", "unit", "money_unit"));
    switch (kind) {
      case PROJECT_SELF_EVALUATION -> {
        keys.addAll(List.of("budget_initial", "budget_annual", "budget_spent", "budget_weight", "budget_rate",
            "budget_score", "goal_expected", "goal_actual", "total_weight", "total_score"));
        for (String line : List.of("fiscal", "carryover", "special", "unit_funds", "other")) {
          keys.addAll(List.of(line + "_initial", line + "_annual", line + "_spent"));
        }
        INDICATOR.forEach(k -> keys.add("ind_" + k));
      }
      case PROJECT_DECLARATION -> {
        keys.addAll(List.of("nature", "category", "start_date", "end_date", "funds_total", "funds_fiscal", "funds_other",
            "annual_total", "appropriation", "carryover", "annual_other", "goal_total", "goal_annual"));
        INDICATOR.forEach(k -> keys.add("ind_" + k));
      }
      case DEPARTMENT_SELF_EVALUATION -> {
        keys.addAll(List.of("basic_total", "project_total", "budget_annual", "budget_spent", "budget_rate", "budget_score",
            "goal_heading", "goal_text", "goal_funds", "total_score", "deviation", "improvement", "note"));
        INDICATOR.forEach(k -> keys.add("goal_ind_" + k));
      }
      case PROJECT_MONITORING -> {
        keys.addAll(List.of("month", "goal"));
        for (String line : List.of("funds", "fiscal", "carryover", "other")) {
          keys.addAll(List.of(line + "_initial", line + "_spent", line + "_rate", line + "_forecast"));
        }
        for (String k : List.of("level1", "level2", "name", "target", "actual", "forecast", "cause_funding", "cause_rules",
            "cause_staff", "cause_facilities", "cause_other", "reason", "certain", "possible", "impossible", "note")) {
          keys.add("ind_" + k);
        }
      }
      default -> { }
    }
    return keys;
  }

  /** The keys without which the form kind cannot be checked at all. */
  public static Set<String> essential(FormKind kind) {
    return switch (kind) {
      case PROJECT_SELF_EVALUATION -> Set.of("title", "ind_name", "ind_target", "ind_actual", "ind_weight", "ind_score");
      case PROJECT_DECLARATION -> Set.of("title", "ind_name", "ind_target");
      case DEPARTMENT_SELF_EVALUATION -> Set.of("title", "goal_heading", "goal_ind_name", "goal_ind_target",
          "goal_ind_actual", "goal_ind_score");
      case PROJECT_MONITORING -> Set.of("title", "ind_name", "ind_target", "ind_actual");
      default -> Set.of("title");
    };
  }
}
