package org.perfsheet.model;

import java.util.List;

/**
 * The funds block of a self-evaluation: the total line with 分值/执行率/得分, and the source lines
 * below it (empty when the layout has none).
 */
public record BudgetBlock(MoneyUnit unit, FundsLine total, FieldValue weight, FieldValue rate, FieldValue score,
    List<FundsLine> sources) {

  public BudgetBlock {
    sources = List.copyOf(sources);
  }
}
