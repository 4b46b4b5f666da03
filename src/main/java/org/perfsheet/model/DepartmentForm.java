package org.perfsheet.model;

import java.util.List;

/**
 * A department-wide self-evaluation (部门整体绩效自评表) as read from one sheet.
 *
 * @param budgetWeight the points of budget execution, from its label (（20 分）); 20 when unstated
 * @param hasWeightColumn whether the indicator tables have a 分值 column (Qiaokou 2020's do not)
 */
public record DepartmentForm(
    String sheet,
    String template,
    CellRef anchor,
    FieldValue unit,
    Integer year,
    MoneyUnit moneyUnit,
    double budgetWeight,
    FieldValue basicTotal,
    FieldValue projectTotal,
    FieldValue budgetAnnual,
    FieldValue budgetSpent,
    FieldValue budgetRate,
    FieldValue budgetScore,
    List<Goal> goals,
    FieldValue totalScore,
    FieldValue deviation,
    FieldValue improvement,
    FieldValue note,
    boolean hasWeightColumn) {

  public DepartmentForm {
    goals = List.copyOf(goals);
  }
}
