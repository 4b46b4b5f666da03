package org.perfsheet.workbook;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

/**
 * A worksheet's cells and merged regions, read from its XML in one StAX pass. Rows and cells must
 * say where they are ({@code r}) and come in order, as Excel, WPS, POI, openpyxl and fastexcel
 * write them; a sheet that does not is {@link Unstreamable}.
 */
final class StreamedSheet implements GridSheet {

  private final String name;
  private final StreamedWorkbook book;
  private final List<StreamedCell> cells = new ArrayList<>();
  private final Map<Long, StreamedCell> byKey = new HashMap<>();

  /** Each stored row's last column, as POI counts it. */
  private final Map<Integer, Integer> lastCols = new HashMap<>();

  private final List<CellRangeAddress> merges = new ArrayList<>();

  /** Shared formulas (by si) whose text refers to another workbook, and those defined at all. */
  private final Set<Integer> externalShared = new HashSet<>();

  private final Set<Integer> definedShared = new HashSet<>();
  private int lastRow = -1;
  private boolean selected;

  private StreamedSheet(String name, StreamedWorkbook book) {
    this.name = name;
    this.book = book;
  }

  /**
   * Counts a part's rows and cells as {@link WorkbookOpener}'s budget does: every {@code row} and
   * {@code c}.
   */
  static boolean count(XMLStreamReader r, long[] budget) throws XMLStreamException {
    boolean selected = false;
    while (r.hasNext()
        && budget[0] <= WorkbookOpener.MAX_ROWS
        && budget[1] <= WorkbookOpener.MAX_CELLS) {
      if (r.next() == XMLStreamConstants.START_ELEMENT) {
        tally(r.getLocalName(), budget);
        selected |= selected(r);
      }
    }
    return selected;
  }

  /** Is the reader on a {@code sheetView} with the sheet's tab selected? */
  private static boolean selected(XMLStreamReader r) {
    if (!r.getLocalName().equals("sheetView")) {
      return false;
    }
    String v = r.getAttributeValue(null, "tabSelected");
    return "1".equals(v) || "true".equals(v);
  }

  /** Whether the sheet's tab is selected (a sheet perfsheet's findings sheet deselects). */
  boolean selected() {
    return selected;
  }

  private static void tally(String name, long[] budget) {
    budget[0] += name.equals("row") ? 1 : 0;
    budget[1] += name.equals("c") ? 1 : 0;
  }

  static StreamedSheet read(XMLStreamReader r, String name, StreamedWorkbook book, long[] budget)
      throws XMLStreamException {
    StreamedSheet s = new StreamedSheet(name, book);
    int row = -1;
    int lastColInRow = -1;
    while (r.hasNext()) {
      if (budget[0] > WorkbookOpener.MAX_ROWS || budget[1] > WorkbookOpener.MAX_CELLS) {
        throw new Unstreamable("past the row or cell budget");
      }
      if (r.next() != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      String local = r.getLocalName();
      tally(local, budget);
      if (!StreamedWorkbook.MAIN.equals(r.getNamespaceURI())) {
        if (local.equals("worksheet")) {
          throw new Unstreamable("worksheet namespace " + r.getNamespaceURI());
        }
        continue;
      }
      switch (local) {
        case "row" -> {
          int at = index(r.getAttributeValue(null, "r"), "row") - 1;
          if (at <= row || at > 1_048_575) {
            throw new Unstreamable("rows out of order");
          }
          row = at;
          lastColInRow = -1;
          s.lastRow = row;
          s.lastCols.put(row, -2); // a stored row without cells: POI's getLastCellNum() is -1
        }
        case "c" -> {
          if (row < 0) {
            throw new Unstreamable("a cell outside a row");
          }
          String ref = r.getAttributeValue(null, "r");
          if (ref == null) {
            throw new Unstreamable("a cell without its reference");
          }
          int col = column(ref);
          if (col <= lastColInRow || col > 16_383) {
            throw new Unstreamable("cells out of order");
          }
          lastColInRow = col;
          StreamedCell c = cell(r, s, row, col);
          s.cells.add(c);
          s.byKey.put(key(row, col), c);
          s.lastCols.put(row, col);
        }
        case "sheetView" -> s.selected |= selected(r);
        case "mergeCell" ->
            s.merges.add(CellRangeAddress.valueOf(r.getAttributeValue(null, "ref")));
        default -> {}
      }
    }
    return s;
  }

  /** The column of a cell reference ({@code AB12} → 27); POI's parser for anything unusual. */
  static int column(String ref) {
    int col = 0;
    for (int i = 0; i < ref.length(); i++) {
      char c = ref.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        col = col * 26 + (c - 'A' + 1);
      } else if (c >= '0' && c <= '9' && i > 0 && i <= 3) {
        return col - 1;
      } else {
        break;
      }
    }
    return new CellReference(ref).getCol();
  }

  private static int index(String value, String what) {
    if (value == null) {
      throw new Unstreamable("a " + what + " without its number");
    }
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new Unstreamable("a " + what + " numbered " + value);
    }
  }

  /** One {@code <c>}; the reader is on its start tag and is left on its end tag. */
  private static StreamedCell cell(XMLStreamReader r, StreamedSheet s, int row, int col)
      throws XMLStreamException {
    String t = r.getAttributeValue(null, "t");
    String style = r.getAttributeValue(null, "s");
    String v = null;
    String inline = null;
    String formula = null;
    boolean isFormula = false;
    int sharedIndex = -1;
    while (true) {
      int event = r.next();
      if (event == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("c")) {
        break;
      }
      if (event != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      switch (r.getLocalName()) {
        case "v" -> v = r.getElementText();
        case "is" -> inline = StreamedStrings.item(r);
        case "f" -> {
          String ft = r.getAttributeValue(null, "t");
          String ref = r.getAttributeValue(null, "ref");
          String si = r.getAttributeValue(null, "si");
          formula = r.getElementText();
          isFormula = true;
          if ("dataTable".equals(ft)) {
            throw new Unstreamable("a data table formula");
          }
          if ("array".equals(ft)
              && (ref == null || CellRangeAddress.valueOf(ref).getNumberOfCells() > 1)) {
            throw new Unstreamable("an array formula over several cells");
          }
          if ("shared".equals(ft)) {
            sharedIndex = index(si, "shared formula");
            if (!formula.isEmpty()) {
              s.definedShared.add(sharedIndex);
              if (formula.indexOf('[') >= 0) {
                s.externalShared.add(sharedIndex);
              }
            }
          }
        }
        default -> {}
      }
    }
    return StreamedCell.of(
        s,
        row,
        col,
        t,
        style == null ? 0 : index(style, "style"),
        v,
        inline,
        isFormula,
        formula,
        sharedIndex);
  }

  static long key(int row, int col) {
    return ((long) row << 20) | col;
  }

  StreamedWorkbook book() {
    return book;
  }

  /**
   * Whether a shared formula's text takes a value from another workbook: never, as its master's
   * text has no bracket; POI's rendering of one with a bracket is not guessed.
   */
  boolean sharedExternal(int si) {
    if (!definedShared.contains(si) || externalShared.contains(si)) {
      throw new Unstreamable("a shared formula defined nowhere, or with a bracket");
    }
    return false;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public List<CellRangeAddress> merges() {
    return merges;
  }

  @Override
  public Iterable<StreamedCell> cells() {
    return cells;
  }

  @Override
  public GridCell cell(int row, int col) {
    return byKey.get(key(row, col));
  }

  @Override
  public int lastRow() {
    return lastRow;
  }

  @Override
  public int lastCol(int row) {
    return lastCols.getOrDefault(row, -1);
  }
}
