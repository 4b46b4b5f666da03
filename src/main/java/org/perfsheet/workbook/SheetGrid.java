package org.perfsheet.workbook;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.perfsheet.layout.LabelSet;
import org.perfsheet.layout.Labels;
import org.perfsheet.model.CellRef;
import org.perfsheet.model.FieldValue;

/**
 * One sheet seen the way a person sees it: a merged region is one cell (its top-left), and every
 * text cell is indexed by its normalised label. Built once per sheet, so label look-ups and
 * merged-region look-ups cost a hash probe, not a scan.
 */
final class SheetGrid {

  /** A labelled cell: the merged region it heads (or the single cell). */
  record Place(int firstRow, int lastRow, int firstCol, int lastCol) {}

  private final GridSheet sheet;
  private final DataFormatter formatter;
  private final Map<Long, CellRangeAddress> regionByCell = new HashMap<>();
  private final Map<String, List<Place>> placesByLabel = new HashMap<>();
  private final List<Place> textPlaces = new ArrayList<>();
  private final Map<Place, String> compactText = new HashMap<>();

  /**
   * Cells that hold anything: the many styled blanks of a form's empty rows are answered without
   * POI.
   */
  private final Set<Long> filled = new HashSet<>();

  /** The rightmost column of the form: of a filled cell or a merged box; -1 on an empty sheet. */
  private int formLastCol = -1;

  /** The text of plain text cells, read once while indexing: POI's string look-up is not cheap. */
  private final Map<Long, String> texts = new HashMap<>();

  /** POI looks the name up in the workbook on every call. */
  private final String name;

  SheetGrid(Sheet sheet, DataFormatter formatter) {
    this(new PoiGrid.PoiSheet(sheet, formatter), formatter);
  }

  /** The grid of a sheet read by POI or streamed; the formatter shows formulas' numbers. */
  SheetGrid(GridSheet sheet, DataFormatter formatter) {
    this.sheet = sheet;
    this.formatter = formatter;
    this.name = sheet.name();
    indexMergedRegions();
    indexLabels();
  }

  String name() {
    return name;
  }

  private static long key(int row, int col) {
    return ((long) row << 20) | col;
  }

  private void indexMergedRegions() {
    for (CellRangeAddress region : sheet.merges()) {
      // Guard against whole-column merges from sloppy exports: they would cost a million entries.
      if ((long) (region.getLastRow() - region.getFirstRow() + 1)
              * (region.getLastColumn() - region.getFirstColumn() + 1)
          > 20_000) {
        continue;
      }
      formLastCol = Math.max(formLastCol, region.getLastColumn());
      for (int r = region.getFirstRow(); r <= region.getLastRow(); r++) {
        for (int c = region.getFirstColumn(); c <= region.getLastColumn(); c++) {
          regionByCell.put(key(r, c), region);
        }
      }
    }
  }

  private void indexLabels() {
    for (GridCell cell : sheet.cells()) {
      CellType type = cell.type();
      if (type != CellType.BLANK) {
        filled.add(key(cell.row(), cell.col()));
        formLastCol = Math.max(formLastCol, cell.col());
      }
      if (type != CellType.STRING
          && !(type == CellType.FORMULA && cell.cachedType() == CellType.STRING)) {
        continue;
      }
      Place place = placeOf(cell.row(), cell.col());
      if (place.firstRow() != cell.row() || place.firstCol() != cell.col()) {
        continue; // a copy of the region's text, as some exports write into every merged cell
      }
      String raw = cell.string();
      if (type == CellType.STRING) {
        texts.put(key(cell.row(), cell.col()), raw);
      }
      String label = Labels.normalize(raw);
      if (!label.isEmpty()) {
        placesByLabel.computeIfAbsent(label, k -> new ArrayList<>()).add(place);
        textPlaces.add(place);
        compactText.put(place, Labels.compact(raw));
      }
    }
  }

  /** The region covering a cell, or the cell alone. */
  Place placeOf(int row, int col) {
    CellRangeAddress r = regionByCell.get(key(row, col));
    return r == null
        ? new Place(row, row, col, col)
        : new Place(r.getFirstRow(), r.getLastRow(), r.getFirstColumn(), r.getLastColumn());
  }

  /** Every place whose label matches, in reading order (row, then column). */
  List<Place> find(LabelSet label) {
    List<Place> out = new ArrayList<>();
    for (String form : label.forms()) {
      out.addAll(placesByLabel.getOrDefault(form, List.of()));
    }
    out.sort(
        (a, b) ->
            a.firstRow() != b.firstRow()
                ? Integer.compare(a.firstRow(), b.firstRow())
                : Integer.compare(a.firstCol(), b.firstCol()));
    return out;
  }

  /**
   * A text place's text without white space, NFKC-normalised: computed once, searched by every
   * layout.
   */
  String compact(Place p) {
    return compactText.getOrDefault(p, "");
  }

  /** All text places, in sheet order: for title and keyword searches. */
  List<Place> textPlaces() {
    return textPlaces;
  }

  String text(int row, int col) {
    Place p = placeOf(row, col);
    String cached = texts.get(key(p.firstRow(), p.firstCol()));
    if (cached != null) {
      return cached;
    }
    GridCell cell = sheet.cell(p.firstRow(), p.firstCol());
    if (cell == null) {
      return "";
    }
    return switch (cell.type()) {
      case STRING -> cell.string();
      case FORMULA -> cell.cachedType() == CellType.STRING ? cell.string() : cell.shown();
      default -> cell.shown();
    };
  }

  String label(int row, int col) {
    return Labels.normalize(text(row, col));
  }

  /**
   * The value a person sees at this cell (the merged region's top-left), with its number if any.
   */
  FieldValue value(int row, int col) {
    Place p = placeOf(row, col);
    CellRef ref = new CellRef(name(), p.firstRow(), p.firstCol());
    long key = key(p.firstRow(), p.firstCol());
    if (!filled.contains(key)) {
      return FieldValue.blank(ref);
    }
    String text = texts.get(key);
    if (text != null) {
      return FieldValue.text(ref, text);
    }
    GridCell cell = sheet.cell(p.firstRow(), p.firstCol());
    if (cell == null) {
      return FieldValue.blank(ref);
    }
    if (cell.type() == CellType.FORMULA) {
      if (cell.external()) {
        external.add(ref);
      }
      if (!cell.hasCachedValue()) {
        FieldValue computed = cell.evaluated(ref);
        if (computed != null) {
          return computed;
        }
        // No stored result and none computable: reading the empty cache would give 0.
        uncalculated.add(ref);
        return FieldValue.text(ref, "=" + cell.formula());
      }
    }
    CellType type = cell.type() == CellType.FORMULA ? cell.cachedType() : cell.type();
    return switch (type) {
      case NUMERIC -> number(cell, ref);
      case STRING -> FieldValue.text(ref, cell.string());
      case BOOLEAN -> FieldValue.text(ref, cell.bool() ? "TRUE" : "FALSE");
      case ERROR -> FieldValue.text(ref, cell.errorText());
      default -> FieldValue.blank(ref);
    };
  }

  /** What a cell style says about numbers: asked of POI once per style, not per cell. */
  private record NumberStyle(short format, String pattern, boolean date, boolean percent) {}

  private final Map<Integer, NumberStyle> numberStyles = new HashMap<>();

  /** Numbers as shown, per number format and value: a form repeats its weights and scores. */
  private final Map<Shown, String> shown = new HashMap<>();

  private record Shown(short format, double value) {}

  private FieldValue number(GridCell cell, CellRef ref) {
    NumberStyle style =
        numberStyles.computeIfAbsent(
            cell.styleIndex(),
            k -> {
              String pattern = cell.dataFormatString();
              return new NumberStyle(
                  cell.dataFormat(),
                  pattern,
                  DateUtil.isADateFormat(cell.dataFormat(), pattern),
                  pattern.contains("%"));
            });
    double value = cell.number();
    if (style.date() && DateUtil.isValidExcelDate(value)) {
      // Dates as ISO text, whatever the cell's display format: rules compare them as dates.
      return FieldValue.number(ref, value, cell.date().toString(), false);
    }
    String text =
        cell.type() == CellType.FORMULA
            ? formatter.formatRawCellContents(value, style.format(), style.pattern())
            : shown.computeIfAbsent(new Shown(style.format(), value), k -> cell.shown());
    return FieldValue.number(ref, value, text, style.percent());
  }

  private final Set<CellRef> uncalculated = new HashSet<>();
  private final Set<CellRef> external = new HashSet<>();

  /**
   * Whether the value read at this cell is a formula that was never calculated (its text is the
   * formula).
   */
  boolean uncalculated(CellRef ref) {
    return uncalculated.contains(ref);
  }

  /** Whether the value read at this cell is a formula that takes it from another workbook. */
  boolean external(CellRef ref) {
    return external.contains(ref);
  }

  /**
   * A reference into another workbook: {@code [1]Sheet1!A1} in .xlsx, {@code [book.xls]Sheet1!A1}
   * in .xls.
   */
  static boolean isExternal(String f) {
    return f.indexOf('[') >= 0
        && f.indexOf(']') > f.indexOf('[')
        && f.indexOf('!') > f.indexOf(']');
  }

  int lastRow() {
    return sheet.lastRow();
  }

  int lastCol(int row) {
    return sheet.lastCol(row);
  }

  /**
   * The rightmost column the form uses: of any filled cell or merged box (a title merged across the
   * form spans it all).
   */
  int formLastCol() {
    return formLastCol;
  }
}
