package org.perfsheet.template;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.perfsheet.model.Indicator;

/**
 * Targets as Excel can compare them. A generated self-evaluation's targets are copied from the
 * declaration and locked, so perfsheet parses each once, here, and writes its comparator and
 * bound into two hidden columns right of the table; the conditional format on the actual compares
 * the typed number with them. Qualitative targets get no bound (the Java check judges them).
 */
final class TargetBounds {

  /** A quantitative target: {@code >=}, {@code >}, {@code <=}, {@code <} or {@code =} and its value as Excel holds it (95% → 0.95). */
  record Bound(String comparator, double value) {}

  private final Function<String, Optional<Bound>> parser;

  TargetBounds(Function<String, Optional<Bound>> parser) {
    this.parser = parser;
  }

  /** The two hidden columns: right after the last column the form uses. */
  static int column(TemplateForm f) {
    return f.field("ind_explanation").col() + 3;
  }

  void write(TemplateForm f, List<Indicator> indicators) {
    int col = column(f);
    TemplateForm.Field first = f.field("ind_target");
    for (int i = 0; i < indicators.size(); i++) {
      Indicator x = indicators.get(i);
      Optional<Bound> b = x.target() == null ? Optional.empty() : parser.apply(x.target().text());
      if (b.isEmpty()) {
        continue;
      }
      Row r = f.sheet.getRow(first.row() + i);
      Cell cmp = r.createCell(col);
      cmp.setCellValue(b.get().comparator());
      Cell value = r.createCell(col + 1);
      value.setCellValue(b.get().value());
    }
    f.sheet.setColumnHidden(col, true);
    f.sheet.setColumnHidden(col + 1, true);
  }

  /**
   * TRUE when the actual {@code a} (first row of the column, row-relative) misses its bound:
   * positive targets (≥, >, = above 0) need at least the value, reverse (≤, <) at most, =0 exactly 0.
   */
  static String missedFormula(TemplateForm f, String a, int firstRow) {
    int col = column(f);
    String c = "$" + CellReference.convertNumToColString(col) + (firstRow + 1);
    String v = "$" + CellReference.convertNumToColString(col + 1) + (firstRow + 1);
    return "AND(ISNUMBER(" + a + "),ISNUMBER(" + v + "),OR("
        + "AND(" + c + "=\">=\"," + a + "<" + v + "),"
        + "AND(" + c + "=\">\"," + a + "<=" + v + "),"
        + "AND(" + c + "=\"=\"," + v + ">0," + a + "<" + v + "),"
        + "AND(" + c + "=\"=\"," + v + "=0," + a + "<>0),"
        + "AND(" + c + "=\"<=\"," + a + ">" + v + "),"
        + "AND(" + c + "=\"<\"," + a + ">=" + v + ")))";
  }
}
