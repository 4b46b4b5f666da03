package org.perfsheet.model;

/**
 * One row of the funds block: 年度资金总额, 当年财政拨款, 上年结转资金 or 其他资金, in the form's {@link MoneyUnit}.
 * Columns the layout lacks are null.
 */
public record FundsLine(String label, FieldValue initial, FieldValue annual, FieldValue spent) {}
