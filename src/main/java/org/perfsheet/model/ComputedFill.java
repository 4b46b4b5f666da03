package org.perfsheet.model;

/**
 * A computed field the submitter left blank (执行率, the budget 得分, 总分), which the annotator writes
 * into the returned workbook and marks as written by perfsheet.
 *
 * @param percent whether the value is a rate to be shown as a percentage
 */
public record ComputedFill(CellRef cell, double value, boolean percent, String what) {}
