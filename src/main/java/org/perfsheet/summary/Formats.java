package org.perfsheet.summary;

/** The number formats of the summary, one place: every number cell carries one. */
final class Formats {

  static final String YEAR = "0";
  static final String COUNT = "0";
  static final String MONEY = "#,##0.00";
  static final String RATE = "0.00%";
  static final String SCORE = "0.00";

  private Formats() {}
}
