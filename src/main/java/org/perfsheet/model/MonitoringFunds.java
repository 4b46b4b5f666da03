package org.perfsheet.model;

/**
 * One row of a monitoring form's funds block (年度资金总额, 财政拨款, 上年结转资金, 其他资金), in the form's {@link
 * MoneyUnit}. A column the layout lacks is null.
 */
public record MonitoringFunds(
    String label, FieldValue initial, FieldValue spent, FieldValue rate, FieldValue forecast) {}
