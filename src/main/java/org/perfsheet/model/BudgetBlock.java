package org.perfsheet.model;

import java.util.List;

/**
 * The funds block of a self-evaluation: the total line with 分值/执行率/得分, and the source lines below
 * it (empty when the layout has none). {@code sourcesComplete}: every line of the block that holds
 * amounts was read, so the total can be checked against the sum of the sources.
 */
public record BudgetBlock(
    MoneyUnit unit,
    FundsLine total,
    FieldValue weight,
    FieldValue rate,
    FieldValue score,
    List<FundsLine> sources,
    boolean sourcesComplete) {

  public BudgetBlock {
    sources = List.copyOf(sources);
  }

  public BudgetBlock(
      MoneyUnit unit,
      FundsLine total,
      FieldValue weight,
      FieldValue rate,
      FieldValue score,
      List<FundsLine> sources) {
    this(unit, total, weight, rate, score, sources, true);
  }
}
