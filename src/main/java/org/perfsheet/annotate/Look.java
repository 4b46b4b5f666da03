package org.perfsheet.annotate;

import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;

/**
 * A style perfsheet makes for its own sheet, as data: made through POI ({@link StyleBook#of}) or
 * written into the styles part ({@link StylesPart}), the same either way. Fonts are 宋体 so that an
 * .xls shows Chinese in a Chinese font.
 */
record Look(
    int points,
    boolean bold,
    boolean link,
    Fill fill,
    boolean border,
    boolean wrap,
    VerticalAlignment vertical,
    HorizontalAlignment horizontal) {

  static final String FONT = "宋体";

  /** Links are blue and underlined. */
  static final IndexedColors LINK = IndexedColors.BLUE;

  /** A fill colour: exact in .xlsx, the nearest palette colour in .xls. */
  interface Fill {
    byte[] rgb();

    IndexedColors legacy();
  }

  /** Text: a font, wrapped or not, from the top of the cell. */
  static Look text(int points, boolean bold, boolean wrap) {
    return new Look(points, bold, false, null, false, wrap, VerticalAlignment.TOP, null);
  }

  /** In a table: thin borders, wrapped, from the top. */
  static Look framed(int points, boolean bold) {
    return new Look(points, bold, false, null, true, true, VerticalAlignment.TOP, null);
  }

  Look filled(Fill f) {
    return new Look(points, bold, link, f, border, wrap, vertical, horizontal);
  }

  Look centred(VerticalAlignment v) {
    return new Look(points, bold, link, fill, border, wrap, v, HorizontalAlignment.CENTER);
  }

  Look asLink() {
    return new Look(points, bold, true, fill, border, wrap, vertical, horizontal);
  }
}
