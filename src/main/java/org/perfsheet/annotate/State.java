package org.perfsheet.annotate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.perfsheet.model.CellRef;
import org.perfsheet.model.FindingCode;
import org.perfsheet.model.Review;
import org.perfsheet.model.Severity;

/**
 * What perfsheet changed, kept in the workbook itself (a very hidden sheet) so that a returned
 * workbook can be restored exactly when it comes back: each touched cell's original style and
 * comment and whether it was blank; and the styles perfsheet made, so they are reused rather than
 * multiplied round after round.
 */
final class State {

  /**
   * One cell perfsheet touched, as it was before; {@code filled} is the value perfsheet wrote into
   * it when it was blank, {@code note} the comment it wrote (each null when there was none, and in
   * states written before they were recorded).
   */
  record Touched(
      String sheet,
      int row,
      int col,
      int style,
      String author,
      String comment,
      boolean blank,
      Double filled,
      String note) {}

  final List<Touched> cells = new ArrayList<>();

  /** "originalStyle:mark" → the style perfsheet made for it. */
  final Map<String, Integer> styles = new HashMap<>();

  /**
   * Reviews so far (0 for a workbook perfsheet never returned; 1 for one returned before rounds
   * were counted).
   */
  int round;

  /** The errors and warnings of the last round; null when not recorded. */
  List<Review.Seen> seen;

  static State read(Workbook wb) {
    State s = new State();
    Sheet sheet = wb.getSheet(Annotator.STATE_SHEET);
    if (sheet == null) {
      return s;
    }
    DataFormatter f = new DataFormatter();
    s.round = 1;
    for (Row r : sheet) {
      String kind = f.formatCellValue(r.getCell(0));
      if (kind.equals("cell")) {
        s.cells.add(
            new Touched(
                f.formatCellValue(r.getCell(1)),
                num(r, 2),
                num(r, 3),
                num(r, 4),
                f.formatCellValue(r.getCell(5)),
                text(r, 6),
                f.formatCellValue(r.getCell(7)).equals("1"),
                number(r, 8),
                text(r, 9)));
      } else if (kind.equals("style") && num(r, 2) < wb.getNumCellStyles()) {
        s.styles.put(f.formatCellValue(r.getCell(1)), num(r, 2));
      } else if (kind.equals("round") && number(r, 1) != null) {
        s.round = Math.max(1, num(r, 1));
        s.seen = new ArrayList<>();
      } else if (kind.equals("finding") && s.seen != null) {
        seen(
                f.formatCellValue(r.getCell(1)),
                f.formatCellValue(r.getCell(2)),
                f.formatCellValue(r.getCell(3)),
                f.formatCellValue(r.getCell(4)))
            .ifPresent(s.seen::add);
      }
    }
    return s;
  }

  /** A finding of the last round; empty when a code or severity is not (or no longer) known. */
  private static Optional<Review.Seen> seen(String sheet, String a1, String severity, String code) {
    try {
      Severity sev =
          Arrays.stream(Severity.values())
              .filter(v -> v.code().equals(severity))
              .findFirst()
              .orElseThrow(IllegalArgumentException::new);
      return Optional.of(new Review.Seen(CellRef.parse(a1, sheet), sev, FindingCode.valueOf(code)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /**
   * A text cell's text; null for an empty or non-text cell (the state is perfsheet's, but a file
   * can be anything).
   */
  private static String text(Row r, int c) {
    Cell cell = r.getCell(c);
    return cell != null && cell.getCellType() == CellType.STRING ? cell.getStringCellValue() : null;
  }

  private static Double number(Row r, int c) {
    Cell cell = r.getCell(c);
    return cell != null && cell.getCellType() == CellType.NUMERIC
        ? cell.getNumericCellValue()
        : null;
  }

  private static int num(Row r, int c) {
    return (int) r.getCell(c).getNumericCellValue();
  }

  /** The state sheet's content (placed very hidden and last, never a form). */
  OwnSheet sheet() {
    OwnSheet sheet = new OwnSheet();
    int i = 0;
    sheet.text(i++, 0, "perfsheet 审核标记的还原信息，请勿修改 / perfsheet restore data, do not edit", null);
    for (Touched t : cells) {
      sheet.text(i, 0, "cell", null);
      sheet.text(i, 1, t.sheet(), null);
      sheet.number(i, 2, t.row());
      sheet.number(i, 3, t.col());
      sheet.number(i, 4, t.style());
      if (t.comment() != null) {
        sheet.text(i, 5, t.author() == null ? "" : t.author(), null);
        sheet.text(i, 6, t.comment(), null);
      }
      sheet.text(i, 7, t.blank() ? "1" : "0", null);
      if (t.filled() != null) {
        sheet.number(i, 8, t.filled());
      }
      if (t.note() != null) {
        sheet.text(i, 9, t.note(), null);
      }
      i++;
    }
    sheet.text(i, 0, "round", null);
    sheet.number(i++, 1, round);
    for (Review.Seen x : seen == null ? List.<Review.Seen>of() : seen) {
      sheet.text(i, 0, "finding", null);
      sheet.text(i, 1, x.cell().sheet(), null);
      sheet.text(i, 2, x.cell().a1(), null);
      sheet.text(i, 3, x.severity().code(), null);
      sheet.text(i, 4, x.code().name(), null);
      i++;
    }
    for (Map.Entry<String, Integer> e :
        styles.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
      sheet.text(i, 0, "style", null);
      sheet.text(i, 1, e.getKey(), null);
      sheet.number(i, 2, e.getValue());
      i++;
    }
    return sheet;
  }
}
