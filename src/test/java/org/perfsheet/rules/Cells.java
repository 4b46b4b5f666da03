package org.perfsheet.rules;

import java.util.List;
import java.util.stream.Collectors;
import org.perfsheet.model.CellRef;
import org.perfsheet.model.FieldValue;
import org.perfsheet.model.Finding;
import org.perfsheet.model.Indicator;

/** Small in-memory forms for the rule tests: cells by address, findings as {@code CODE@A1}. */
final class Cells {

  static final String SHEET = "表";

  private Cells() {}

  static CellRef at(String a1) {
    return CellRef.parse(a1, SHEET);
  }

  /** A cell as a clerk types it: text the notation reads ("80", "95%", "≥10个"). */
  static FieldValue text(String a1, String text) {
    return FieldValue.text(at(a1), text);
  }

  /** A cell that stores a number. */
  static FieldValue number(String a1, double n) {
    return FieldValue.number(at(a1), n, Double.toString(n), false);
  }

  static FieldValue blank(String a1) {
    return FieldValue.blank(at(a1));
  }

  /**
   * An indicator on row {@code row}: levels in A/B, name C, target D, actual E, weight F, score G,
   * explanation H.
   */
  static Indicator indicator(
      int row,
      String level1,
      String level2,
      String name,
      String target,
      String actual,
      String weight,
      String score) {
    return new Indicator(
        cell("A", row, level1),
        cell("B", row, level2),
        cell("C", row, name),
        cell("D", row, target),
        cell("E", row, actual),
        cell("F", row, weight),
        cell("G", row, score),
        text("H" + row, "说明"));
  }

  private static FieldValue cell(String col, int row, String text) {
    return text == null ? null : text(col + row, text);
  }

  /** Each finding as {@code CODE@A1}, sorted as the findings sheet sorts them. */
  static List<String> codes(List<Finding> findings) {
    return findings.stream()
        .sorted(Finding.ORDER)
        .map(f -> f.code() + "@" + f.cell().a1())
        .collect(Collectors.toList());
  }

  static List<String> codes(Findings out) {
    return codes(out.list);
  }

  static Finding only(Findings out) {
    if (out.list.size() != 1) {
      throw new AssertionError("expected one finding, got " + out.list);
    }
    return out.list.get(0);
  }
}
