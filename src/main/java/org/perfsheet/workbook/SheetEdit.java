package org.perfsheet.workbook;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.util.CellReference;
import org.perfsheet.text.Patterns;

/**
 * An annotated sheet's XML, edited as text and otherwise copied byte for byte: the marked cells get
 * their new style, and a filled value where they were empty (cells and rows the sheet does not
 * store are made, in order); the tab loses its selection; the comments' VML is linked where the
 * schema puts {@code legacyDrawing}.
 *
 * <p>A raw scan is exact here because in well-formed XML a {@code <} in text or attribute values is
 * always escaped: {@code <c } starts a cell and nothing else, outside comments and CDATA, which a
 * worksheet does not carry (both are refused, as are prefixed SpreadsheetML elements).
 */
final class SheetEdit {

  /** A marked cell: its new style, and a number for it when it was empty (else null). */
  record Cell(int row, int col, int style, Double value) {}

  private SheetEdit() {}

  /**
   * @param edits by {@link StreamedSheet#key}, in row and column order
   * @param deselect whether to take the selection off the sheet's tab
   * @param drawingId the relationship of the comments' VML to link, or null
   */
  static byte[] apply(byte[] xml, Map<Long, Cell> edits, boolean deselect, String drawingId) {
    String s = new String(xml, StandardCharsets.UTF_8);
    if (s.contains("<!--")
        || s.contains("<![CDATA[")
        || s.contains(":c ")
        || s.contains(":row ")
        || s.contains(":sheetData")
        || s.contains(":worksheet")) {
      throw new Unstreamable("comments, CDATA or prefixed elements in the sheet's XML");
    }
    StringBuilder b = new StringBuilder(s.length() + edits.size() * 48 + 128);
    int done = 0;
    if (deselect) { // sheetViews come before sheetData: the rest need not be searched
      int views = s.indexOf("<sheetData");
      Matcher m = SELECTED.matcher(s).region(0, views < 0 ? s.length() : views);
      while (m.find()) {
        b.append(s, done, m.start()).append(m.group(1));
        done = m.end();
      }
    }
    if (!edits.isEmpty()) {
      done = cells(s, b, done, new ArrayList<>(edits.values()));
    }
    if (drawingId != null) {
      int at = legacyDrawingPlace(s, Math.max(done, afterSheetData(s)));
      b.append(s, done, at)
          .append("<legacyDrawing")
          .append(relationshipsPrefix(s))
          .append("=\"")
          .append(drawingId)
          .append("\"/>");
      done = at;
    }
    b.append(s, done, s.length());
    return b.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static final Pattern SELECTED =
      Pattern.compile("(<sheetView\\b[^>]*?)\\s+tabSelected=\"(?:1|true)\"");

  /** Copies up to the end of sheetData with the edits made; returns where it stopped. */
  private static int cells(String s, StringBuilder b, int done, List<Cell> edits) {
    int open = s.indexOf("<sheetData", done);
    if (open < 0) {
      throw new Unstreamable("no sheetData");
    }
    int openEnd = s.indexOf('>', open);
    Iterator<Cell> pending = edits.iterator();
    Cell next = pending.next();
    if (s.charAt(openEnd - 1) == '/') { // <sheetData/>
      b.append(s, done, open).append("<sheetData>");
      while (next != null) {
        next = newRow(b, next, pending);
      }
      b.append("</sheetData>");
      return openEnd + 1;
    }
    int close = s.indexOf("</sheetData>", openEnd);
    b.append(s, done, openEnd + 1);
    int at = openEnd + 1;
    while (true) {
      int row = tagAt(s, "<row", at, close);
      if (row < 0) {
        break;
      }
      int rowTagEnd = s.indexOf('>', row);
      String rowTag = s.substring(row, rowTagEnd + 1);
      int r = number(StartTag.get(rowTag, "r"), "row") - 1;
      boolean empty = rowTag.endsWith("/>");
      int rowEnd = empty ? rowTagEnd + 1 : s.indexOf("</row>", rowTagEnd) + "</row>".length();
      b.append(s, at, row);
      while (next != null && next.row() < r) {
        next = newRow(b, next, pending);
      }
      if (next == null || next.row() > r) {
        b.append(s, row, rowEnd);
      } else if (empty) {
        b.append(rowTag, 0, rowTag.length() - 2).append('>');
        while (next != null && next.row() == r) {
          newCell(b, next);
          next = pending.hasNext() ? pending.next() : null;
        }
        b.append("</row>");
      } else {
        b.append(rowTag);
        next = row(s, b, rowTagEnd + 1, rowEnd - "</row>".length(), r, next, pending);
        b.append("</row>");
      }
      at = rowEnd;
    }
    b.append(s, at, close);
    while (next != null) {
      next = newRow(b, next, pending);
    }
    return close;
  }

  /** A row's cells with the edits made in it; returns the first edit of a later row. */
  private static Cell row(
      String s, StringBuilder b, int from, int to, int r, Cell next, Iterator<Cell> pending) {
    int at = from;
    while (true) {
      int c = tagAt(s, "<c", at, to);
      if (c < 0) {
        break;
      }
      int tagEnd = s.indexOf('>', c);
      String tag = s.substring(c, tagEnd + 1);
      String ref = StartTag.get(tag, "r");
      if (ref == null) {
        throw new Unstreamable("a cell without its reference");
      }
      int col = StreamedSheet.column(ref);
      boolean empty = tag.endsWith("/>");
      int end = empty ? tagEnd + 1 : s.indexOf("</c>", tagEnd) + "</c>".length();
      b.append(s, at, c);
      while (next != null && next.row() == r && next.col() < col) {
        newCell(b, next);
        next = pending.hasNext() ? pending.next() : null;
      }
      if (next != null && next.row() == r && next.col() == col) {
        if (next.value() == null) {
          b.append(StartTag.with(tag, "s", Integer.toString(next.style())))
              .append(s, tagEnd + 1, end);
        } else { // an empty cell: its content (nothing, or white space) gives way to the number
          String start =
              StartTag.with(StartTag.without(tag, "t"), "s", Integer.toString(next.style()));
          b.append(start, 0, start.length() - (start.endsWith("/>") ? 2 : 1))
              .append("><v>")
              .append(number(next.value()))
              .append("</v></c>");
        }
        next = pending.hasNext() ? pending.next() : null;
      } else {
        b.append(s, c, end);
      }
      at = end;
    }
    b.append(s, at, to);
    while (next != null && next.row() == r) {
      newCell(b, next);
      next = pending.hasNext() ? pending.next() : null;
    }
    return next;
  }

  /** A row the sheet did not store, with its edited cells; returns the next edit. */
  private static Cell newRow(StringBuilder b, Cell next, Iterator<Cell> pending) {
    int r = next.row();
    b.append("<row r=\"").append(r + 1).append("\">");
    while (next != null && next.row() == r) {
      newCell(b, next);
      next = pending.hasNext() ? pending.next() : null;
    }
    b.append("</row>");
    return next;
  }

  private static void newCell(StringBuilder b, Cell cell) {
    b.append("<c r=\"")
        .append(new CellReference(cell.row(), cell.col()).formatAsString(false))
        .append("\" s=\"")
        .append(cell.style())
        .append('"');
    if (cell.value() == null) {
      b.append("/>");
    } else {
      b.append("><v>").append(number(cell.value())).append("</v></c>");
    }
  }

  /** As POI writes a number into a cell. */
  private static String number(double value) {
    return String.valueOf(value);
  }

  /** The start of the next {@code name} element (not one whose name only begins so) before to. */
  private static int tagAt(String s, String name, int from, int to) {
    for (int at = s.indexOf(name, from); at >= 0 && at < to; at = s.indexOf(name, at + 1)) {
      char c = s.charAt(at + name.length());
      if (c == ' ' || c == '>' || c == '/' || c == '\t' || c == '\n' || c == '\r') {
        return at;
      }
    }
    return -1;
  }

  private static int number(String value, String what) {
    if (value == null) {
      throw new Unstreamable("a " + what + " without its number");
    }
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new Unstreamable("a " + what + " numbered " + value);
    }
  }

  private static int afterSheetData(String s) {
    int close = s.indexOf("</sheetData>");
    if (close >= 0) {
      return close + "</sheetData>".length();
    }
    int open = s.indexOf("<sheetData");
    if (open < 0) {
      throw new Unstreamable("no sheetData");
    }
    return s.indexOf('>', open) + 1;
  }

  /** The elements a worksheet may have after {@code legacyDrawing}, in the schema's order. */
  private static final List<String> AFTER_LEGACY_DRAWING =
      List.of(
          "legacyDrawingHF",
          "drawingHF",
          "picture",
          "oleObjects",
          "controls",
          "webPublishItems",
          "tableParts",
          "extLst");

  /** Where {@code legacyDrawing} goes: before the first top-level element that must follow it. */
  private static int legacyDrawingPlace(String s, int from) {
    if (s.contains("AlternateContent")) {
      throw new Unstreamable("controls or objects in alternate content");
    }
    if (tagAt(s, "<legacyDrawing", from, s.length()) >= 0) {
      throw new Unstreamable("the sheet has VML already");
    }
    int depth = 0;
    for (int at = s.indexOf('<', from); at >= 0; at = s.indexOf('<', at + 1)) {
      char c = s.charAt(at + 1);
      if (c == '?' || c == '!') {
        continue;
      }
      int end = s.indexOf('>', at);
      if (c == '/') {
        if (depth == 0) {
          return at; // </worksheet>
        }
        depth--;
        continue;
      }
      if (depth == 0) {
        String tag = s.substring(at + 1, end);
        String name = tag.split("[\\s/>]", 2)[0];
        if (AFTER_LEGACY_DRAWING.contains(name)) {
          return at;
        }
      }
      if (s.charAt(end - 1) != '/') {
        depth++;
      }
    }
    throw new Unstreamable("no end of the worksheet");
  }

  private static String relationshipsPrefix(String s) {
    Matcher root = Patterns.of("<worksheet\\s[^>]*>").matcher(s);
    if (root.find()) {
      Matcher p =
          Patterns.of("xmlns:([A-Za-z_][\\w.-]*)=\"" + Pattern.quote(StreamedWorkbook.RELS) + "\"")
              .matcher(root.group());
      if (p.find()) {
        return " " + p.group(1) + ":id";
      }
    }
    return " xmlns:r=\"" + StreamedWorkbook.RELS + "\" r:id";
  }
}
