package org.perfsheet.rules;

import java.util.OptionalDouble;
import org.perfsheet.model.FieldValue;
import org.perfsheet.model.FindingCode;
import org.perfsheet.notation.Notation;

/** Reads number fields for the rules, reporting text where a number belongs. */
final class Numbers {

  private Numbers() {}

  /** The number in a field; null when blank, absent, or unreadable (then VALUE_UNREADABLE). */
  static Double read(FieldValue v, String label, String indicator, Findings out) {
    if (v == null || v.isBlank()) {
      return null;
    }
    OptionalDouble n = Notation.number(v);
    if (n.isEmpty()) {
      out.error(
          FindingCode.VALUE_UNREADABLE,
          v.ref(),
          indicator,
          "“"
              + label
              + "”应为数字，表中是“"
              + v.text()
              + "”"
              + (v.text().startsWith("#") ? "（公式出错）" : "")
              + "。请填写数字。");
      return null;
    }
    return n.getAsDouble();
  }

  static boolean differ(double a, double b, double tolerance) {
    return Math.abs(a - b) > tolerance + 1e-9;
  }
}
