package org.perfsheet.annotate;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;
import org.perfsheet.annotate.StyleBook.Style;
import org.perfsheet.model.CellRef;

/** Marks through POI's object model: .xls, and the .xlsx the streamed write passes on. */
final class PoiTarget implements Target {

  private final Workbook wb;
  private final StyleBook styles;
  private final Notes notes;

  PoiTarget(Workbook wb, String author) {
    this.wb = wb;
    this.styles = StyleBook.of(wb);
    this.notes = new Notes(author);
  }

  @Override
  public StyleBook styles() {
    return styles;
  }

  @Override
  public Original cell(CellRef ref) {
    Cell c = cellAt(ref);
    if (c == null) {
      return null;
    }
    Comment old = c.getCellComment();
    return new Original(
        new Style(c.getCellStyle().getIndex(), c.getCellStyle()),
        isEmpty(c),
        old == null ? null : old.getAuthor(),
        old == null ? null : old.getString().getString());
  }

  @Override
  public void mark(CellRef ref, Style style, Double value, String note) {
    Cell c = cellAt(ref);
    if (value != null) {
      c.setCellValue(value);
    }
    c.setCellStyle(style.poi());
    if (note != null) {
      c.removeCellComment();
      notes.put(c, note);
    }
  }

  @Override
  public boolean hasSheet(String name) {
    return wb.getSheetIndex(name) >= 0;
  }

  @Override
  public void addFirst(String name, OwnSheet sheet) {
    notes.write(); // before any sheet moves: the comments' parts hang off their sheets
    sheet.addTo(wb, name, 0, true);
  }

  @Override
  public void addState(String name, OwnSheet sheet) {
    int old = wb.getSheetIndex(name);
    if (old >= 0) {
      wb.removeSheetAt(old);
    }
    Sheet added = sheet.addTo(wb, name, wb.getNumberOfSheets(), false);
    wb.setSheetVisibility(wb.getSheetIndex(added), SheetVisibility.VERY_HIDDEN);
  }

  /** The cell, made (blank) where nothing is stored; null when the sheet does not exist. */
  static Cell cellAt(Workbook wb, String sheetName, int row, int col) {
    Sheet s = wb.getSheet(sheetName);
    if (s == null) {
      return null;
    }
    var r = s.getRow(row) == null ? s.createRow(row) : s.getRow(row);
    return r.getCell(col) == null ? r.createCell(col) : r.getCell(col);
  }

  private Cell cellAt(CellRef ref) {
    return cellAt(wb, ref.sheet(), ref.row(), ref.col());
  }

  static boolean isEmpty(Cell c) {
    return c.getCellType() == CellType.BLANK
        || (c.getCellType() == CellType.STRING && c.getStringCellValue().isBlank());
  }

  /**
   * perfsheet's comments, sheet by sheet: collected and written as parts for a sheet that had none
   * ({@link NewComments}), put one by one through POI on the others ({@link CommentBox}).
   */
  private static final class Notes {
    private final Map<String, NewComments> collected = new HashMap<>();
    private final Set<String> throughPoi = new HashSet<>();
    private final String author;

    Notes(String author) {
      this.author = author;
    }

    void put(Cell c, String text) {
      String sheet = c.getSheet().getSheetName();
      NewComments fresh = collected.get(sheet);
      if (fresh == null && !throughPoi.contains(sheet)) {
        fresh = NewComments.forSheet(c.getSheet(), author);
        if (fresh == null) {
          throughPoi.add(sheet);
        } else {
          collected.put(sheet, fresh);
        }
      }
      if (fresh != null) {
        fresh.add(c.getRowIndex(), c.getColumnIndex(), text);
      } else {
        CommentBox.put(c, author, text);
      }
    }

    void write() {
      collected.values().forEach(NewComments::write);
    }
  }
}
