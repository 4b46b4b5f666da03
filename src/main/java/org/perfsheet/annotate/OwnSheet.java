package org.perfsheet.annotate;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.perfsheet.annotate.StyleBook.Style;

/**
 * A sheet of perfsheet's own (the findings, the restore state): plain rows of text and numbers,
 * some styled, some linking to a cell.
 *
 * <p>POI places the sheet in the workbook, so the sheet list, names and selection stay POI's
 * business. Its content goes in through POI for .xls; for .xlsx it is written directly as the
 * sheet's XML, with inline strings: building it cell by cell through POI's XML objects and the
 * shared-string table cost more than everything else perfsheet adds to a workbook.
 */
final class OwnSheet {

  private record Value(Object value, Style style) {}

  private final TreeMap<Integer, TreeMap<Integer, Value>> rows = new TreeMap<>();
  private final Map<CellReference, String> links =
      new TreeMap<>(
          (a, b) ->
              a.getRow() != b.getRow()
                  ? Integer.compare(a.getRow(), b.getRow())
                  : Integer.compare(a.getCol(), b.getCol()));
  private int[] widths = {};
  private boolean landscape;
  private final TreeMap<Integer, Double> heights = new TreeMap<>();
  private final TreeSet<Integer> hidden = new TreeSet<>();
  private final List<CellRangeAddress> merged = new ArrayList<>();
  private int frozenRows;
  private CellRangeAddress filter;
  private int titleRow = -1;

  void text(int row, int col, String text, Style style) {
    rows.computeIfAbsent(row, r -> new TreeMap<>())
        .put(col, new Value(fit(text == null ? "" : text), style));
  }

  /**
   * Excel holds at most 32,767 characters in a cell (or a comment) and calls a file with more
   * damaged.
   */
  static final int MAX_TEXT = 32_767;

  static String fit(String text) {
    if (text.length() <= MAX_TEXT) {
      return text;
    }
    int end = MAX_TEXT - 1;
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--; // never half a character
    }
    return text.substring(0, end) + "…";
  }

  void number(int row, int col, double number) {
    rows.computeIfAbsent(row, r -> new TreeMap<>()).put(col, new Value(number, null));
  }

  /** A link from the cell to a place in the workbook ({@code 'Sheet'!B7}). */
  void link(int row, int col, String location) {
    links.put(new CellReference(row, col), location);
  }

  /** Column widths, in characters, from column A. */
  void widths(int... characters) {
    widths = characters.clone();
  }

  /**
   * A row's height in points (the wrapped text's lines, which no spreadsheet measures on opening).
   */
  void height(int row, double points) {
    heights.put(row, points);
  }

  /** A column kept in the file but not shown (codes for machines, next to the text for people). */
  void hide(int col) {
    hidden.add(col);
  }

  /** One cell across columns {@code firstCol}..{@code lastCol} of a row. */
  void merge(int row, int firstCol, int lastCol) {
    merged.add(new CellRangeAddress(row, row, firstCol, lastCol));
  }

  /** Rows above {@code row} stay in view when scrolling. */
  void freezeAbove(int row) {
    frozenRows = row;
  }

  /** Filter buttons on the header row of a table. */
  void filter(int headerRow, int lastRow, int firstCol, int lastCol) {
    filter = new CellRangeAddress(headerRow, Math.max(headerRow, lastRow), firstCol, lastCol);
  }

  /** A row printed at the top of every page. */
  void printTitle(int row) {
    titleRow = row;
  }

  /**
   * Left and right margins of a landscape page, in inches: narrow, so that the text is not shrunk
   * more than needed.
   */
  static final double SIDE_MARGIN = 0.4;

  /** Printed landscape on A4, one page wide. */
  void landscape() {
    landscape = true;
  }

  /**
   * Adds the sheet to the workbook at {@code position}; a selected sheet becomes the active one.
   */
  Sheet addTo(Workbook wb, String name, int position, boolean selected) {
    Sheet sheet = wb.createSheet(name);
    if (position != wb.getSheetIndex(sheet)) {
      wb.setSheetOrder(name, position);
    }
    if (selected) {
      wb.setActiveSheet(position);
      wb.setSelectedTab(position);
    }
    if (sheet instanceof XSSFSheet x) {
      writeXml(x, selected);
    } else {
      fill(wb, sheet);
    }
    if (titleRow >= 0) {
      sheet.setRepeatingRows(
          new CellRangeAddress(titleRow, titleRow, -1, -1)); // a workbook name, not sheet XML
    }
    return sheet;
  }

  private void fill(Workbook wb, Sheet sheet) {
    rows.forEach(
        (r, cells) -> {
          Row row = sheet.createRow(r);
          cells.forEach(
              (c, v) -> {
                Cell cell = row.createCell(c);
                if (v.value() instanceof Double d) {
                  cell.setCellValue(d);
                } else {
                  cell.setCellValue((String) v.value());
                }
                if (v.style() != null) {
                  cell.setCellStyle(v.style().poi());
                }
              });
        });
    links.forEach(
        (at, location) -> {
          Hyperlink h = wb.getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
          h.setAddress(location);
          sheet.getRow(at.getRow()).getCell(at.getCol()).setHyperlink(h);
        });
    for (int i = 0; i < widths.length; i++) {
      sheet.setColumnWidth(i, widths[i] * 256);
    }
    hidden.forEach(c -> sheet.setColumnHidden(c, true));
    heights.forEach((r, h) -> sheet.getRow(r).setHeightInPoints((float) (double) h));
    merged.forEach(sheet::addMergedRegion);
    if (frozenRows > 0) {
      sheet.createFreezePane(0, frozenRows);
    }
    if (filter != null) {
      sheet.setAutoFilter(filter);
    }
    if (landscape) {
      sheet.getPrintSetup().setLandscape(true);
      sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
      sheet.setFitToPage(true);
      sheet.setAutobreaks(
          true); // without it LibreOffice ignores the fit in an .xls and prints 说明 on a page of its
      // own
      sheet.getPrintSetup().setFitWidth((short) 1);
      sheet.getPrintSetup().setFitHeight((short) 0);
      sheet.setMargin(PageMargin.LEFT, SIDE_MARGIN);
      sheet.setMargin(PageMargin.RIGHT, SIDE_MARGIN);
    }
  }

  /** The sheet part's XML, written into the package; POI is told the part is saved already. */
  private void writeXml(XSSFSheet sheet, boolean selected) {
    PackagePart part = sheet.getPackagePart();
    part.clear();
    try (OutputStream out = part.getOutputStream()) {
      out.write(xml(selected).getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e); // an in-memory part: does not happen
    }
    sheet.setCommitted(
        true); // so that saving does not overwrite it with POI's (empty) model of the sheet
  }

  /** The rows a title printed on every page repeats ({@code $5:$5}), or null. */
  String printTitleRows() {
    return titleRow < 0 ? null : "$" + (titleRow + 1) + ":$" + (titleRow + 1);
  }

  /** The sheet's part as .xlsx carries it: cells with inline strings. */
  String xml(boolean selected) {
    StringBuilder x = new StringBuilder(4096 + rows.size() * 256);
    x.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n")
        .append("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"")
        .append(
            " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">");
    if (landscape) {
      x.append("<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>");
    }
    x.append("<dimension ref=\"").append(dimension()).append("\"/>");
    x.append("<sheetViews><sheetView")
        .append(selected ? " tabSelected=\"1\"" : "")
        .append(" workbookViewId=\"0\"");
    if (frozenRows > 0) {
      x.append("><pane ySplit=\"")
          .append(frozenRows)
          .append("\" topLeftCell=\"A")
          .append(frozenRows + 1)
          .append(
              "\" activePane=\"bottomLeft\" state=\"frozen\"/><selection pane=\"bottomLeft\""
                  + " activeCell=\"A")
          .append(frozenRows + 1)
          .append("\" sqref=\"A")
          .append(frozenRows + 1)
          .append("\"/></sheetView></sheetViews>");
    } else {
      x.append("/></sheetViews>");
    }
    x.append("<sheetFormatPr defaultRowHeight=\"15\"/>");
    if (widths.length > 0) {
      x.append("<cols>");
      for (int i = 0; i < widths.length; i++) {
        x.append("<col min=\"")
            .append(i + 1)
            .append("\" max=\"")
            .append(i + 1)
            .append("\" width=\"")
            .append(widths[i])
            .append("\"")
            .append(hidden.contains(i) ? " hidden=\"1\"" : "")
            .append(" customWidth=\"1\"/>");
      }
      x.append("</cols>");
    }
    x.append("<sheetData>");
    rows.forEach(
        (r, cells) -> {
          x.append("<row r=\"").append(r + 1).append('"');
          Double h = heights.get(r);
          if (h != null) {
            x.append(" ht=\"").append(h).append("\" customHeight=\"1\"");
          }
          x.append('>');
          cells.forEach(
              (c, v) -> {
                x.append("<c r=\"")
                    .append(CellReference.convertNumToColString(c))
                    .append(r + 1)
                    .append('"');
                if (v.style() != null) {
                  x.append(" s=\"").append(v.style().index()).append('"');
                }
                if (v.value() instanceof Double d) {
                  x.append("><v>")
                      .append(
                          d == Math.rint(d) && Math.abs(d) < 1e15
                              ? Long.toString((long) (double) d)
                              : Double.toString(d))
                      .append("</v></c>");
                } else {
                  String text = (String) v.value();
                  x.append(" t=\"inlineStr\"><is><t");
                  if (!text.equals(text.strip())) {
                    x.append(" xml:space=\"preserve\"");
                  }
                  x.append('>');
                  escape(x, text);
                  x.append("</t></is></c>");
                }
              });
          x.append("</row>");
        });
    x.append("</sheetData>");
    if (filter != null) {
      x.append("<autoFilter ref=\"").append(filter.formatAsString()).append("\"/>");
    }
    if (!merged.isEmpty()) {
      x.append("<mergeCells count=\"").append(merged.size()).append("\">");
      merged.forEach(m -> x.append("<mergeCell ref=\"").append(m.formatAsString()).append("\"/>"));
      x.append("</mergeCells>");
    }
    if (!links.isEmpty()) {
      x.append("<hyperlinks>");
      links.forEach(
          (at, location) -> {
            x.append("<hyperlink ref=\"").append(at.formatAsString(false)).append("\" location=\"");
            escape(x, location);
            x.append("\" display=\"");
            escape(x, location);
            x.append("\"/>");
          });
      x.append("</hyperlinks>");
    }
    String side = landscape ? Double.toString(SIDE_MARGIN) : "0.7";
    x.append("<pageMargins left=\"")
        .append(side)
        .append("\" right=\"")
        .append(side)
        .append("\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>");
    if (landscape) {
      x.append("<pageSetup paperSize=\"9\" fitToHeight=\"0\" orientation=\"landscape\"/>");
    }
    return x.append("</worksheet>").toString();
  }

  private String dimension() {
    if (rows.isEmpty()) {
      return "A1";
    }
    int lastCol = 0;
    for (TreeMap<Integer, Value> cells : rows.values()) {
      lastCol = Math.max(lastCol, cells.lastKey());
    }
    return "A1:" + CellReference.convertNumToColString(lastCol) + (rows.lastKey() + 1);
  }

  /**
   * XML text: markup escaped; characters XML cannot carry (or would turn into another: a carriage
   * return) written the way Excel writes them ({@code _x000D_}), and a literal {@code _xHHHH_}
   * protected so that it reads back as itself.
   */
  static void escape(StringBuilder x, String text) {
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      switch (ch) {
        case '&' -> x.append("&amp;");
        case '<' -> x.append("&lt;");
        case '>' -> x.append("&gt;");
        case '"' -> x.append("&quot;");
        case '_' -> x.append(escapesLikeExcel(text, i) ? "_x005F_" : "_");
        default -> {
          if ((ch < 0x20 && ch != '\t' && ch != '\n') || ch == 0xFFFE || ch == 0xFFFF) {
            x.append(String.format("_x%04X_", (int) ch));
          } else {
            x.append(ch);
          }
        }
      }
    }
  }

  /** Does {@code _xHHHH_} start at i? */
  private static boolean escapesLikeExcel(String text, int i) {
    if (i + 7 > text.length() || text.charAt(i + 1) != 'x' || text.charAt(i + 6) != '_') {
      return false;
    }
    for (int k = i + 2; k < i + 6; k++) {
      if (Character.digit(text.charAt(k), 16) < 0) {
        return false;
      }
    }
    return true;
  }
}
