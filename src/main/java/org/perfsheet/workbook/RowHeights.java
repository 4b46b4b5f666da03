package org.perfsheet.workbook;

/**
 * How tall a row must be for its wrapped text. Excel and WPS keep a row's height as saved and do
 * not grow it for wrapped text written by another program (LibreOffice does), so perfsheet counts
 * the lines itself: a Chinese character is two widths of a digit, the unit of a column's width.
 * Used for perfsheet's own sheets and for the rows of the blank forms it generates.
 */
public final class RowHeights {

  /** One line of 11-point 宋体, and a little air. */
  public static final double LINE = 14.4;

  public static final double PADDING = 4;
  public static final double TITLE = 27;

  /** The font size {@link #LINE} and a column's width unit are measured in. */
  private static final double BASE_POINTS = 11;

  private RowHeights() {}

  /** Points for this text in a column {@code width} digits wide (at least one line). */
  public static double points(String text, int width) {
    return lines(text, width) * LINE + PADDING;
  }

  /**
   * The same for text in a {@code fontPoints} font: a smaller font fits more characters on a line
   * and needs less height per line.
   */
  public static double points(String text, int width, double fontPoints) {
    double scale = fontPoints / BASE_POINTS;
    int widthInFont = (int) Math.floor(width / scale);
    return lines(text, widthInFont) * LINE * scale + PADDING;
  }

  static int lines(String text, int width) {
    int usable = Math.max(1, width - 1); // the cell's own margins
    int lines = 0;
    for (String paragraph : (text == null ? "" : text).split("\n", -1)) {
      int units = 0;
      for (int i = 0; i < paragraph.length(); ) {
        int cp = paragraph.codePointAt(i);
        units += wide(cp) ? 2 : 1;
        i += Character.charCount(cp);
      }
      lines += Math.max(1, (units + usable - 1) / usable);
    }
    return Math.max(1, lines);
  }

  /** CJK, full-width forms and their punctuation take two digit widths. */
  private static boolean wide(int cp) {
    return (cp >= 0x1100 && cp <= 0x115F)
        || (cp >= 0x2E80 && cp <= 0xA4CF)
        || (cp >= 0xAC00 && cp <= 0xD7A3)
        || (cp >= 0xF900 && cp <= 0xFAFF)
        || (cp >= 0xFE30 && cp <= 0xFE4F)
        || (cp >= 0xFF00 && cp <= 0xFF60)
        || (cp >= 0xFFE0 && cp <= 0xFFE6)
        || cp >= 0x20000
        || cp == 0x2014
        || cp == 0x2026
        || cp == 0x201C
        || cp == 0x201D
        || cp == 0x2018
        || cp == 0x2019
        || cp == 0x2265
        || cp == 0x2264;
  }
}
