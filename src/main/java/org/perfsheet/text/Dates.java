package org.perfsheet.text;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date as clerks write it: 2024-01-01, 2024/1/1, 2024.1.1, 2024年1月1日, spaces between the parts
 * allowed.
 */
public final class Dates {

  private static final Pattern DATE =
      Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");

  private Dates() {}

  /**
   * The date the whole text writes; null when it is written in none of these forms.
   *
   * @throws java.time.DateTimeException when it is written so but is no date (2024-02-30)
   */
  public static LocalDate written(String text) {
    Matcher m = DATE.matcher(text);
    if (!m.matches()) {
      return null;
    }
    return LocalDate.of(
        Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
  }
}
