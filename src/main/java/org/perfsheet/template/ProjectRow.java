package org.perfsheet.template;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One project of a project list: what a blank declaration is prefilled with. Amounts are in the
 * list's unit (元 unless its headers say 万元); absent values are null.
 *
 * @param rowNumber the row in the list as a person counts it (header = 1)
 */
public record ProjectRow(
    int rowNumber,
    Integer year,
    String name,
    String department,
    String unit,
    String nature,
    String category,
    BigDecimal fundsTotal,
    BigDecimal fiscal,
    BigDecimal appropriation,
    BigDecimal carryover,
    BigDecimal other,
    LocalDate start,
    LocalDate end) {}
