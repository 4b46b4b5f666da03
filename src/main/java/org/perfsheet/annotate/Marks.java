package org.perfsheet.annotate;

import org.apache.poi.hssf.usermodel.HSSFCellStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.perfsheet.model.Severity;

/** The fills perfsheet uses: one per severity, one for values it filled in. */
enum Marks {
  ERROR(new byte[] {(byte) 0xFF, (byte) 0xC7, (byte) 0xCE}, IndexedColors.ROSE),
  WARNING(new byte[] {(byte) 0xFF, (byte) 0xEB, (byte) 0x9C}, IndexedColors.LIGHT_YELLOW),
  INFO(new byte[] {(byte) 0xDD, (byte) 0xEB, (byte) 0xF7}, IndexedColors.PALE_BLUE),
  FILLED(new byte[] {(byte) 0xE2, (byte) 0xEF, (byte) 0xDA}, IndexedColors.LIGHT_GREEN);

  private final byte[] rgb;
  private final IndexedColors legacy;

  Marks(byte[] rgb, IndexedColors legacy) {
    this.rgb = rgb;
    this.legacy = legacy;
  }

  static Marks of(Severity s) {
    return switch (s) {
      case ERROR -> ERROR;
      case WARNING -> WARNING;
      case INFO -> INFO;
    };
  }

  /** Paints the style: exact colour in .xlsx, the nearest palette colour in .xls. */
  void paint(CellStyle style) {
    style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    if (style instanceof XSSFCellStyle x) {
      x.setFillForegroundColor(new XSSFColor(rgb, null));
    } else if (style instanceof HSSFCellStyle) {
      style.setFillForegroundColor(legacy.getIndex());
    }
  }
}
