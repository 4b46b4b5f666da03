package org.perfsheet.model;

import java.util.Comparator;
import java.util.Objects;

/**
 * One problem found on a form, tied to the cell where the reviewer should look.
 *
 * @param indicator the 三级指标 name the finding is about, or {@code null} for form-level findings
 * @param message Chinese text that says what is wrong and what to do; it becomes the cell comment
 */
public record Finding(
    FindingCode code, Severity severity, CellRef cell, String indicator, String message) {

  /** File order: sheet, row, column, then severity and code, so output is deterministic. */
  public static final Comparator<Finding> ORDER =
      Comparator.comparing(Finding::cell)
          .thenComparing(Finding::severity)
          .thenComparing(Finding::code)
          .thenComparing(Finding::message);

  public Finding {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(cell, "cell: every finding needs a place");
    Objects.requireNonNull(message, "message");
    if (message.isBlank()) {
      throw new IllegalArgumentException("finding " + code + " at " + cell + " has no message");
    }
    if (indicator != null && indicator.isBlank()) {
      indicator = null;
    }
  }

  public static Finding error(FindingCode code, CellRef cell, String indicator, String message) {
    return new Finding(code, Severity.ERROR, cell, indicator, message);
  }

  public static Finding warning(FindingCode code, CellRef cell, String indicator, String message) {
    return new Finding(code, Severity.WARNING, cell, indicator, message);
  }

  public static Finding info(FindingCode code, CellRef cell, String indicator, String message) {
    return new Finding(code, Severity.INFO, cell, indicator, message);
  }

  /** Compiler-style line: {@code 公共法律服务!I37: error EXPLANATION_MISSING: …}. */
  @Override
  public String toString() {
    return cell + ": " + severity.code() + " " + code + ": " + message;
  }
}
