package org.perfsheet.annotate;

import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFFont;

/**
 * Where perfsheet finds a workbook's cell styles and makes its own: a POI workbook, or, for the
 * streamed write, the styles part alone, read and written by POI's own {@link StylesTable}, so the
 * styles perfsheet makes are the same either way, down to their indexes.
 */
interface StyleBook {

  CellStyle createCellStyle();

  Font createFont();

  CellStyle styleAt(int index);

  int styleCount();

  /** The index of a number format, made when the workbook has none with this code. */
  short format(String code);

  static StyleBook of(Workbook wb) {
    return new StyleBook() {
      @Override
      public CellStyle createCellStyle() {
        return wb.createCellStyle();
      }

      @Override
      public Font createFont() {
        return wb.createFont();
      }

      @Override
      public CellStyle styleAt(int index) {
        return wb.getCellStyleAt(index);
      }

      @Override
      public int styleCount() {
        return wb.getNumCellStyles();
      }

      @Override
      public short format(String code) {
        return wb.createDataFormat().getFormat(code);
      }
    };
  }

  /** As XSSFWorkbook does it over the same table. */
  static StyleBook of(StylesTable styles) {
    return new StyleBook() {
      @Override
      public CellStyle createCellStyle() {
        return styles.createCellStyle();
      }

      @Override
      public Font createFont() {
        XSSFFont font = new XSSFFont();
        font.registerTo(styles);
        return font;
      }

      @Override
      public CellStyle styleAt(int index) {
        return styles.getStyleAt(index);
      }

      @Override
      public int styleCount() {
        return styles.getNumCellStyles();
      }

      @Override
      public short format(String code) {
        int builtin = BuiltinFormats.getBuiltinFormat(code);
        return (short) (builtin == -1 ? styles.putNumberFormat(code) : builtin);
      }
    };
  }
}
