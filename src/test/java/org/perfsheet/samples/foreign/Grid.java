package org.perfsheet.samples.foreign;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

/**
 * Writes a printed form onto a sheet by A1 addresses, the way a person reads the published form:
 * every cell of a box gets the box's style (so borders show on merged boxes), labels are bold and
 * centred, values left-aligned, everything wraps. Addresses are A1 so that each form's {@code
 * .expected.md} can name the same cells.
 */
final class Grid {

  final Workbook wb;
  final Sheet s;
  final CellStyle title;
  final CellStyle plain;
  final CellStyle label;
  final CellStyle text;
  final CellStyle number;
  final CellStyle money;
  final CellStyle percent;
  final CellStyle note;

  /**
   * 一级/二级 in the indicator table: looks like a label, but it is the unit's choice (LEVEL_INVALID
   * may sit there).
   */
  final CellStyle level;

  /**
   * Every box that holds printed text (title, label, header, note, placeholder), in writing order.
   */
  final List<String> printed = new ArrayList<>();

  Grid(Workbook wb, Sheet s) {
    this.wb = wb;
    this.s = s;
    this.title = style(true, 16, false, HorizontalAlignment.CENTER);
    this.plain = style(false, 10, false, HorizontalAlignment.CENTER);
    this.label = style(true, 10, true, HorizontalAlignment.CENTER);
    this.text = style(false, 10, true, HorizontalAlignment.LEFT);
    this.number = style(false, 10, true, HorizontalAlignment.CENTER);
    this.money = style(false, 10, true, HorizontalAlignment.RIGHT);
    money.setDataFormat(wb.createDataFormat().getFormat("0.00#"));
    this.percent = style(false, 10, true, HorizontalAlignment.CENTER);
    percent.setDataFormat(wb.createDataFormat().getFormat("0.00%"));
    this.note = style(false, 9, false, HorizontalAlignment.LEFT);
    this.level = style(true, 10, true, HorizontalAlignment.CENTER);
  }

  void widths(int... chars) {
    for (int i = 0; i < chars.length; i++) {
      s.setColumnWidth(i, chars[i] * 256);
    }
  }

  void height(int row1, float points) {
    row(row1 - 1).setHeightInPoints(points);
  }

  /**
   * Raises row {@code row1} so that {@code v} wraps visibly in a box {@code widthChars} wide (a CJK
   * character is two).
   */
  void fit(int row1, Object v, int widthChars) {
    if (!(v instanceof String t) || t.isEmpty()) {
      return;
    }
    int lines = 0;
    for (String part : t.split("\n")) {
      int units = part.codePoints().map(c -> c < 0x2E80 ? 1 : 2).sum();
      lines += Math.max(1, (units + widthChars - 3) / (widthChars - 2));
    }
    float points = Math.max(15, lines * 13.5f + 3);
    if (points > row(row1 - 1).getHeightInPoints()) {
      row(row1 - 1).setHeightInPoints(points);
    }
  }

  /**
   * Text (or nothing, for an empty box) over the range {@code "B3:D3"} or the cell {@code "B3"}.
   */
  Cell put(String range, String v, CellStyle st) {
    CellRangeAddress a = range(range);
    for (int r = a.getFirstRow(); r <= a.getLastRow(); r++) {
      for (int c = a.getFirstColumn(); c <= a.getLastColumn(); c++) {
        cell(r, c).setCellStyle(st);
      }
    }
    if (a.getNumberOfCells() > 1) {
      s.addMergedRegion(a);
    }
    Cell first = cell(a.getFirstRow(), a.getFirstColumn());
    if (v != null && !v.isEmpty()) {
      first.setCellValue(v);
      if (st == title || st == label || st == plain) {
        printed.add(a.formatAsString() + "\t" + v.replace("\n", "\\n"));
      }
    }
    return first;
  }

  /**
   * Text the form prints in a box where a value could stand (a note, a placeholder, a dash): never
   * the unit's.
   */
  Cell printed(String range, String v, CellStyle st) {
    Cell c = put(range, v, st);
    if (st != title && st != label && st != plain && v != null && !v.isEmpty()) {
      printed.add(
          CellRangeAddress.valueOf(range.contains(":") ? range : range + ":" + range)
                  .formatAsString()
              + "\t"
              + v.replace("\n", "\\n"));
    }
    return c;
  }

  Cell num(String range, double v, CellStyle st) {
    Cell c = put(range, null, st);
    c.setCellValue(v);
    return c;
  }

  /** A formula as a script writes it: no stored result unless the caller evaluates it. */
  Cell formula(String range, String f, CellStyle st) {
    Cell c = put(range, null, st);
    c.setCellFormula(f);
    return c;
  }

  private Cell cell(int r, int c) {
    Row row = row(r);
    return row.getCell(c) == null ? row.createCell(c) : row.getCell(c);
  }

  private Row row(int r) {
    return s.getRow(r) == null ? s.createRow(r) : s.getRow(r);
  }

  private static CellRangeAddress range(String a1) {
    if (a1.contains(":")) {
      return CellRangeAddress.valueOf(a1);
    }
    CellReference ref = new CellReference(a1);
    return new CellRangeAddress(ref.getRow(), ref.getRow(), ref.getCol(), ref.getCol());
  }

  private CellStyle style(boolean bold, int size, boolean border, HorizontalAlignment align) {
    CellStyle st = wb.createCellStyle();
    Font font = wb.createFont();
    font.setFontName("宋体");
    font.setBold(bold);
    font.setFontHeightInPoints((short) size);
    st.setFont(font);
    st.setWrapText(true);
    st.setVerticalAlignment(VerticalAlignment.CENTER);
    st.setAlignment(align);
    if (border) {
      st.setBorderBottom(BorderStyle.THIN);
      st.setBorderTop(BorderStyle.THIN);
      st.setBorderLeft(BorderStyle.THIN);
      st.setBorderRight(BorderStyle.THIN);
    }
    return st;
  }
}
