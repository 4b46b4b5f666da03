package org.perfsheet.model;

/**
 * Stable machine-readable finding codes. Never rename one: reports, summaries and the watched
 * folder's journal are read by other programs.
 */
public enum FindingCode {
  // indicator outcome
  TARGET_NOT_MET,
  TARGET_EXCEEDED,
  EXPLANATION_MISSING,
  SCORE_ABOVE_RULE,
  SCORE_BELOW_RULE,
  UNIT_MISMATCH,
  DIRECTION_UNCLEAR,
  VALUE_UNREADABLE,
  // structure
  FIELD_MISSING,
  WEIGHT_SUM,
  WEIGHT_ZERO,
  SCORE_EXCEEDS_WEIGHT,
  TOTAL_MISMATCH,
  LEVEL_INVALID,
  // budget execution
  BUDGET_RATE_MISMATCH,
  BUDGET_SCORE_MISMATCH,
  BUDGET_OVERSPENT,
  BUDGET_ZERO,
  FUNDS_MISMATCH,
  // department-wide forms
  GOAL_WEIGHT_SUM,
  GOAL_SCORE_MISMATCH,
  WEIGHTS_INFERRED,
  // declarations
  DATE_INVALID,
  CATEGORY_MISSING,
  DUPLICATE_INDICATOR,
  TARGET_VAGUE,
  PLACEHOLDER,
  PERCENT_OVER_100,
  COST_FLOOR,
  MONEY_AS_OUTPUT,
  UNIT_MISSING,
  // self-evaluation against its declaration
  TARGET_CHANGED,
  INDICATOR_DROPPED,
  INDICATOR_ADDED,
  // mid-year monitoring (执行监控表)
  PROGRESS_LOW,
  CAUSE_MISSING,
  CAUSE_REPEATED,
  POSSIBILITY_INVALID,
  POSSIBILITY_DOUBTFUL,
  FORECAST_INVALID,
  ACTUAL_NOT_A_VALUE,
  MONTH_UNKNOWN,
  // a self-evaluation against the same project's monitoring form
  FORECAST_MISSED,
  // perfsheet itself filled a blank computed field
  VALUE_FILLED,
  // reading: what perfsheet could not read on the form, said on the form rather than blamed on a
  // cell
  FIELD_NOT_FOUND,
  LAYOUT_UNRECOGNISED,
  FORMULA_NOT_CALCULATED,
  EXTERNAL_REFERENCE;

  /**
   * Whether the finding is about the form as a whole, not about a cell the submitter filled: it is
   * listed on the findings sheet and in the report, and no cell is marked for it (its cell is the
   * form's title, for a link).
   */
  public boolean onForm() {
    return switch (this) {
      case FIELD_NOT_FOUND,
          LAYOUT_UNRECOGNISED,
          INDICATOR_DROPPED,
          WEIGHTS_INFERRED,
          MONTH_UNKNOWN ->
          true;
      default -> false;
    };
  }
}
