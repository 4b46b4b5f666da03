package org.perfsheet.summary;

/** The number formats of the summary, one place: every number cell carries one. */
final class Formats {

  static final String YEAR = "0";
  static final String COUNT = "0";
  static final String MONEY = "#,##0.00";
  static final String RATE = "0.00%";
  static final String SCORE = "0.00";

  /** A monitoring form's month as people write it: 7 shows 1-7月. */
  static final String MONTH = "\"1-\"0\"月\"";

  private Formats() {}
}
