package org.perfsheet.model;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cell on a named sheet, zero-based, printed as {@code Sheet!B7} (or {@code 'My sheet'!B7}).
 * Every finding carries one, so a reviewer can always go to the place.
 */
public record CellRef(String sheet, int row, int col) implements Comparable<CellRef> {

  private static final Pattern A1 =
      Pattern.compile("^(?:(?:'((?:[^']|'')+)'|([^!]+))!)?\\$?([A-Za-z]{1,3})\\$?(\\d+)$");

  public CellRef {
    Objects.requireNonNull(sheet, "sheet");
    if (row < 0 || col < 0) {
      throw new IllegalArgumentException(
          "negative cell position " + row + "," + col + " on " + sheet);
    }
  }

  /** Parses {@code Sheet!B7}, {@code 'A sheet'!$B$7} or, with a default sheet, {@code B7}. */
  public static CellRef parse(String text, String defaultSheet) {
    Matcher m = A1.matcher(text.trim());
    if (!m.matches()) {
      throw new IllegalArgumentException("not a cell reference: " + text);
    }
    String sheet =
        m.group(1) != null
            ? m.group(1).replace("''", "'")
            : m.group(2) != null ? m.group(2) : defaultSheet;
    if (sheet == null) {
      throw new IllegalArgumentException("cell reference without a sheet: " + text);
    }
    return new CellRef(sheet, Integer.parseInt(m.group(4)) - 1, columnIndex(m.group(3)));
  }

  public static CellRef parse(String text) {
    return parse(text, null);
  }

  /** {@code B7}: the address without the sheet. */
  public String a1() {
    return columnName(col) + (row + 1);
  }

  /** {@code 'My sheet'!B7}: quoted the way Excel formulas and hyperlinks need it. */
  public String formulaRef() {
    return "'" + sheet.replace("'", "''") + "'!" + a1();
  }

  public CellRef at(int newRow, int newCol) {
    return new CellRef(sheet, newRow, newCol);
  }

  @Override
  public String toString() {
    return sheet + "!" + a1();
  }

  @Override
  public int compareTo(CellRef o) {
    int c = sheet.compareTo(o.sheet);
    if (c != 0) {
      return c;
    }
    c = Integer.compare(row, o.row);
    return c != 0 ? c : Integer.compare(col, o.col);
  }

  public static String columnName(int col) {
    StringBuilder sb = new StringBuilder();
    for (int c = col + 1; c > 0; c = (c - 1) / 26) {
      sb.append((char) ('A' + (c - 1) % 26));
    }
    return sb.reverse().toString();
  }

  public static int columnIndex(String letters) {
    int col = 0;
    for (char ch : letters.toUpperCase(Locale.ROOT).toCharArray()) {
      col = col * 26 + (ch - 'A' + 1);
    }
    return col - 1;
  }
}
