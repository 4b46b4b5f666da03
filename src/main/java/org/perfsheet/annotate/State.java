package org.perfsheet.annotate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * What perfsheet changed, kept in the workbook itself (a very hidden sheet) so that a returned
 * workbook can be restored exactly when it comes back: each touched cell's original style and
 * comment and whether it was blank; and the styles perfsheet made, so they are reused rather than
 * multiplied round after round.
 */
final class State {

  /** One cell perfsheet touched, as it was before. */
  record Touched(String sheet, int row, int col, int style, String author, String comment, boolean blank) {}

  final List<Touched> cells = new ArrayList<>();
  /** "originalStyle:mark" → the style perfsheet made for it. */
  final Map<String, Integer> styles = new HashMap<>();

  static State read(Workbook wb) {
    State s = new State();
    Sheet sheet = wb.getSheet(Annotator.STATE_SHEET);
    if (sheet == null) {
      return s;
    }
    DataFormatter f = new DataFormatter();
    for (Row r : sheet) {
      String kind = f.formatCellValue(r.getCell(0));
      if (kind.equals("cell")) {
        s.cells.add(new Touched(f.formatCellValue(r.getCell(1)), num(r, 2), num(r, 3), num(r, 4),
            f.formatCellValue(r.getCell(5)), r.getCell(6) == null ? null : r.getCell(6).getStringCellValue(),
            f.formatCellValue(r.getCell(7)).equals("1")));
      } else if (kind.equals("style") && num(r, 2) < wb.getNumCellStyles()) {
        s.styles.put(f.formatCellValue(r.getCell(1)), num(r, 2));
      }
    }
    return s;
  }

  private static int num(Row r, int c) {
    return (int) r.getCell(c).getNumericCellValue();
  }

  /** Rewrites the state sheet: very hidden, last, never a form. */
  void write(Workbook wb) {
    int old = wb.getSheetIndex(Annotator.STATE_SHEET);
    if (old >= 0) {
      wb.removeSheetAt(old);
    }
    Sheet sheet = wb.createSheet(Annotator.STATE_SHEET);
    int i = 0;
    Row head = sheet.createRow(i++);
    head.createCell(0).setCellValue("perfsheet 审核标记的还原信息，请勿修改 / perfsheet restore data, do not edit");
    for (Touched t : cells) {
      Row r = sheet.createRow(i++);
      r.createCell(0).setCellValue("cell");
      r.createCell(1).setCellValue(t.sheet());
      r.createCell(2).setCellValue(t.row());
      r.createCell(3).setCellValue(t.col());
      r.createCell(4).setCellValue(t.style());
      if (t.comment() != null) {
        r.createCell(5).setCellValue(t.author() == null ? "" : t.author());
        r.createCell(6).setCellValue(t.comment());
      }
      r.createCell(7).setCellValue(t.blank() ? "1" : "0");
    }
    for (Map.Entry<String, Integer> e : styles.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
      Row r = sheet.createRow(i++);
      r.createCell(0).setCellValue("style");
      r.createCell(1).setCellValue(e.getKey());
      r.createCell(2).setCellValue(e.getValue());
    }
    wb.setSheetVisibility(wb.getSheetIndex(sheet), SheetVisibility.VERY_HIDDEN);
  }

  static Cell cell(Workbook wb, String sheetName, int row, int col) {
    Sheet s = wb.getSheet(sheetName);
    if (s == null) {
      return null;
    }
    Row r = s.getRow(row) == null ? s.createRow(row) : s.getRow(row);
    return r.getCell(col) == null ? r.createCell(col) : r.getCell(col);
  }
}
