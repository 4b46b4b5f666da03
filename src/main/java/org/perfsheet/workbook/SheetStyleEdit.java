package org.perfsheet.workbook;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.poi.ss.util.CellReference;

/**
 * Gives cells of a worksheet's XML other styles, changing nothing else in the part: each {@code <c
 * r="…">} start tag of a listed cell gets its {@code s} attribute set (added, or its value
 * replaced); every other byte is copied as it is. The streamed write's edit of an annotated sheet
 * (docs/streaming.md), first piece: cells that are not in the XML, prefixed element names and
 * anything else it would have to guess at are {@link Unstreamable}.
 *
 * <p>A raw scan is exact here because in well-formed XML a {@code <} in text or attribute values is
 * always escaped: {@code <c } and {@code <c>} start a cell and nothing else, outside comments and
 * CDATA, which a worksheet does not carry (both are refused).
 */
final class SheetStyleEdit {

  private SheetStyleEdit() {}

  /** The part with each listed cell (row, column → style index) restyled. */
  static byte[] apply(byte[] xml, Map<Long, Integer> styleOf) {
    String s = new String(xml, StandardCharsets.UTF_8);
    if (s.contains("<!--")
        || s.contains("<![CDATA[")
        || s.contains(":c ")
        || s.contains(":sheetData")) {
      throw new Unstreamable("comments, CDATA or prefixed elements in the sheet's XML");
    }
    StringBuilder b = new StringBuilder(s.length() + styleOf.size() * 8);
    int done = 0;
    int found = 0;
    for (int at = s.indexOf("<c", 0); at >= 0; at = s.indexOf("<c", at + 2)) {
      char next = at + 2 < s.length() ? s.charAt(at + 2) : '\0';
      if (next != ' '
          && next != '>'
          && next != '/'
          && next != '\t'
          && next != '\n'
          && next != '\r') {
        continue; // <col>, <cols>, <cfRule>, …
      }
      int end = s.indexOf('>', at);
      String tag = s.substring(at, end + 1);
      String ref = attribute(tag, "r");
      if (ref == null) {
        throw new Unstreamable("a cell without its reference");
      }
      CellReference cell = new CellReference(ref);
      Integer style = styleOf.get(StreamedSheet.key(cell.getRow(), cell.getCol()));
      if (style == null) {
        continue;
      }
      found++;
      b.append(s, done, at).append(withStyle(tag, style));
      done = end + 1;
    }
    if (found != styleOf.size()) {
      throw new Unstreamable("cells to restyle that the sheet does not store");
    }
    b.append(s, done, s.length());
    return b.toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * An attribute's value in a start tag, or null; attribute values hold no quotes of their kind.
   */
  static String attribute(String tag, String name) {
    for (String quote : new String[] {"\"", "'"}) {
      String key = " " + name + "=" + quote;
      int at = tag.indexOf(key);
      if (at < 0) {
        key = "\t" + name + "=" + quote;
        at = tag.indexOf(key);
      }
      if (at >= 0) {
        int from = at + key.length();
        return tag.substring(from, tag.indexOf(quote, from));
      }
    }
    return null;
  }

  static String withStyle(String tag, int style) {
    String old = attribute(tag, "s");
    if (old != null) {
      int at = tag.indexOf(" s=") >= 0 ? tag.indexOf(" s=") : tag.indexOf("\ts=");
      int close = tag.indexOf(tag.charAt(at + 3), at + 4);
      return tag.substring(0, at) + " s=\"" + style + "\"" + tag.substring(close + 1);
    }
    int insert = tag.endsWith("/>") ? tag.length() - 2 : tag.length() - 1;
    return tag.substring(0, insert) + " s=\"" + style + "\"" + tag.substring(insert);
  }
}
