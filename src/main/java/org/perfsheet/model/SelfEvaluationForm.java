package org.perfsheet.model;

import java.util.List;

/**
 * A project self-evaluation (财政项目支出绩效自评表) as read from one sheet.
 *
 * @param template the id of the template whose layout matched (the template file's stem)
 * @param anchor the title cell, where form-level findings without a better place go
 * @param totalWeight the 分值 cell of the 总分 row (null when the layout has none)
 * @param totalScore the 得分 cell of the 总分 row
 */
public record SelfEvaluationForm(
    String sheet,
    String template,
    CellRef anchor,
    ProjectInfo project,
    BudgetBlock budget,
    FieldValue goalExpected,
    FieldValue goalActual,
    List<Indicator> indicators,
    FieldValue totalWeight,
    FieldValue totalScore) {

  public SelfEvaluationForm {
    indicators = List.copyOf(indicators);
  }
}
