package org.perfsheet.rules;

import java.util.ArrayList;
import java.util.List;
import org.perfsheet.model.CellRef;
import org.perfsheet.model.ComputedFill;
import org.perfsheet.model.FieldValue;
import org.perfsheet.model.Finding;
import org.perfsheet.model.FindingCode;

/** What the rules of one form report, collected: every finding, not the first. */
final class Findings {

  final List<Finding> list = new ArrayList<>();
  final List<ComputedFill> fills = new ArrayList<>();

  void error(FindingCode code, CellRef cell, String indicator, String message) {
    list.add(Finding.error(code, cell, indicator, message));
  }

  void warning(FindingCode code, CellRef cell, String indicator, String message) {
    list.add(Finding.warning(code, cell, indicator, message));
  }

  void info(FindingCode code, CellRef cell, String indicator, String message) {
    list.add(Finding.info(code, cell, indicator, message));
  }

  /** FIELD_MISSING when a field the layout has is blank; true when it was. */
  boolean missing(FieldValue v, String label, String indicator, String what) {
    if (v != null && v.isBlank()) {
      error(FindingCode.FIELD_MISSING, v.ref(), indicator, "“" + label + "”未填写。" + what);
      return true;
    }
    return false;
  }

  /** A computed field the submitter left blank: perfsheet writes it and says so. */
  void fill(FieldValue v, double value, boolean percent, String what, String shown) {
    fills.add(new ComputedFill(v.ref(), value, percent, what));
    info(
        FindingCode.VALUE_FILLED,
        v.ref(),
        null,
        "“" + what + "”未填写，perfsheet 已按规则计算填入 " + shown + "。");
  }
}
