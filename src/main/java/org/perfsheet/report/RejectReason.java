package org.perfsheet.report;

/**
 * Why a workbook could not be checked.
 *
 * @param code stable English code, e.g. {@code ENCRYPTED}, {@code NOT_A_WORKBOOK}
 * @param message Chinese first, then English: what is wrong and what to do
 */
public record RejectReason(String code, String message) {}
