package org.perfsheet.annotate;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;

/**
 * Where perfsheet finds a workbook's cell styles and makes its own: through POI ({@link #of}), or
 * in the styles part itself for the streamed write ({@link StylesPart}). Both make the same styles
 * (the streamed write's fidelity test holds them to it).
 */
interface StyleBook {

  /** A style of the workbook, by its index; {@code poi} is null where there is no POI workbook. */
  record Style(int index, CellStyle poi) {}

  Style at(int index);

  /** A new style, as the look says. */
  Style make(Look look);

  /** A new style: the original with the mark's fill and, unless null, this number format. */
  Style marked(Style original, Marks mark, String format);

  static StyleBook of(Workbook wb) {
    return new StyleBook() {
      @Override
      public Style at(int index) {
        return new Style(index, wb.getCellStyleAt(index));
      }

      @Override
      public Style make(Look look) {
        CellStyle x = wb.createCellStyle();
        if (look.points() > 0) {
          Font f = wb.createFont();
          f.setFontName(Look.FONT);
          f.setFontHeightInPoints((short) look.points());
          f.setBold(look.bold());
          if (look.link()) {
            f.setUnderline(Font.U_SINGLE);
            f.setColor(Look.LINK.getIndex());
          }
          x.setFont(f);
        }
        x.setWrapText(look.wrap());
        if (look.vertical() != null) {
          x.setVerticalAlignment(look.vertical());
        }
        if (look.horizontal() != null) {
          x.setAlignment(look.horizontal());
        }
        if (look.border()) {
          x.setBorderTop(BorderStyle.THIN);
          x.setBorderBottom(BorderStyle.THIN);
          x.setBorderLeft(BorderStyle.THIN);
          x.setBorderRight(BorderStyle.THIN);
        }
        if (look.fill() != null) {
          paint(x, look.fill());
        }
        return new Style(x.getIndex(), x);
      }

      @Override
      public Style marked(Style original, Marks mark, String format) {
        CellStyle s = wb.createCellStyle();
        s.cloneStyleFrom(original.poi());
        paint(s, mark);
        if (format != null) {
          s.setDataFormat(wb.createDataFormat().getFormat(format));
        }
        return new Style(s.getIndex(), s);
      }
    };
  }

  /** A solid fill: the exact colour in .xlsx, the nearest palette colour in .xls. */
  private static void paint(CellStyle style, Look.Fill fill) {
    style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    if (style instanceof XSSFCellStyle x) {
      x.setFillForegroundColor(new XSSFColor(fill.rgb(), null));
    } else {
      style.setFillForegroundColor(fill.legacy().getIndex());
    }
  }
}
