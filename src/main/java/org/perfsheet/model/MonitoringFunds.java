package org.perfsheet.model;

/**
 * One row of a monitoring form's funds block (年度资金总额, 财政拨款, 上年结转资金, 其他资金), in the form's {@link
 * MoneyUnit}. A column the layout lacks is null.
 *
 * @param adjusted 调整后预算数, on layouts that print it beside 年初预算数 (the budget as adjusted during the
 *     year, which the 执行率 and the time-progress light are then measured against)
 */
public record MonitoringFunds(
    String label,
    FieldValue initial,
    FieldValue adjusted,
    FieldValue spent,
    FieldValue rate,
    FieldValue forecast) {}
