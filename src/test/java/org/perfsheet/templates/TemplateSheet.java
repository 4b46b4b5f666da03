package org.perfsheet.templates;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.RegionUtil;
import org.perfsheet.workbook.TemplateLearner;

/**
 * A tiny drawing kit for template sheets: put text, merge with borders, mark a field with a {@code
 * ps_} defined name. Used only to produce the first version of the shipped templates.
 */
final class TemplateSheet {

  enum Kind {
    TITLE,
    SUBTITLE,
    LABEL,
    VALUE,
    MONEY,
    RATE,
    SCORE,
    TEXT
  }

  private final Workbook wb;
  final Sheet sheet;
  private final Map<Kind, CellStyle> styles = new HashMap<>();

  TemplateSheet(Workbook wb, String name) {
    this.wb = wb;
    this.sheet = wb.createSheet(name);
  }

  /** Writes text (or nothing) into a range, merging it when it spans more than one cell. */
  TemplateSheet put(String range, String text, Kind kind) {
    return put(range, text, kind, true);
  }

  private TemplateSheet put(String range, String text, Kind kind, boolean merge) {
    CellRangeAddress r = CellRangeAddress.valueOf(range);
    CellStyle style = style(kind);
    for (int row = r.getFirstRow(); row <= r.getLastRow(); row++) {
      Row x = sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row);
      for (int col = r.getFirstColumn(); col <= r.getLastColumn(); col++) {
        Cell c = x.getCell(col) == null ? x.createCell(col) : x.getCell(col);
        c.setCellStyle(style);
      }
    }
    if (text != null) {
      sheet.getRow(r.getFirstRow()).getCell(r.getFirstColumn()).setCellValue(text);
    }
    if (merge && r.getNumberOfCells() > 1) {
      sheet.addMergedRegion(r);
      if (kind != Kind.TITLE && kind != Kind.SUBTITLE) {
        RegionUtil.setBorderTop(BorderStyle.THIN, r, sheet);
        RegionUtil.setBorderBottom(BorderStyle.THIN, r, sheet);
        RegionUtil.setBorderLeft(BorderStyle.THIN, r, sheet);
        RegionUtil.setBorderRight(BorderStyle.THIN, r, sheet);
      }
    }
    return this;
  }

  /**
   * Marks a field: a defined name {@code ps_key} on the range's first cell (or the whole column
   * range).
   */
  TemplateSheet mark(String key, String range) {
    Name n = wb.createName();
    n.setNameName(TemplateLearner.NAME_PREFIX + key);
    CellRangeAddress r = CellRangeAddress.valueOf(range);
    String ref =
        "'"
            + sheet.getSheetName()
            + "'!"
            + new CellReference(r.getFirstRow(), r.getFirstColumn(), true, true).formatAsString();
    if (r.getLastRow() > r.getFirstRow()) {
      ref +=
          ":" + new CellReference(r.getLastRow(), r.getFirstColumn(), true, true).formatAsString();
    }
    n.setRefersToFormula(ref);
    return this;
  }

  /** A value field; a multi-row range is a table column, styled cell by cell, not merged. */
  TemplateSheet value(String key, String range, Kind kind) {
    CellRangeAddress r = CellRangeAddress.valueOf(range);
    put(range, null, kind, r.getLastRow() == r.getFirstRow());
    return mark(key, range);
  }

  /** Printed on A4, as wide as one page, as long as it needs: how forms are handed in. */
  void fitToPageWidth() {
    sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
    sheet.setFitToPage(true);
    sheet.getPrintSetup().setFitWidth((short) 1);
    sheet.getPrintSetup().setFitHeight((short) 0);
    sheet.setHorizontallyCenter(true);
  }

  void widths(double... chars) {
    fitToPageWidth();
    for (int i = 0; i < chars.length; i++) {
      sheet.setColumnWidth(i, (int) (chars[i] * 256));
    }
  }

  void height(int row, float points) {
    Row r = sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row);
    r.setHeightInPoints(points);
  }

  CellStyle style(Kind kind) {
    return styles.computeIfAbsent(
        kind,
        k -> {
          CellStyle s = wb.createCellStyle();
          Font f = wb.createFont();
          f.setFontName("宋体");
          f.setFontHeightInPoints((short) 10);
          s.setVerticalAlignment(VerticalAlignment.CENTER);
          s.setWrapText(true);
          if (k != Kind.TITLE && k != Kind.SUBTITLE) {
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
          }
          switch (k) {
            case TITLE -> {
              f.setFontHeightInPoints((short) 16);
              f.setBold(true);
              s.setAlignment(HorizontalAlignment.CENTER);
            }
            case SUBTITLE -> s.setAlignment(HorizontalAlignment.CENTER);
            case LABEL -> {
              f.setBold(true);
              s.setAlignment(HorizontalAlignment.CENTER);
              s.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
              s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            }
            case MONEY -> {
              s.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));
              s.setAlignment(HorizontalAlignment.RIGHT);
            }
            case RATE -> {
              s.setDataFormat(wb.createDataFormat().getFormat("0.00%"));
              s.setAlignment(HorizontalAlignment.RIGHT);
            }
            case SCORE -> {
              s.setDataFormat(wb.createDataFormat().getFormat("0.00"));
              s.setAlignment(HorizontalAlignment.CENTER);
            }
            case VALUE -> s.setAlignment(HorizontalAlignment.CENTER);
            case TEXT -> s.setAlignment(HorizontalAlignment.LEFT);
          }
          s.setFont(f);
          return s;
        });
  }
}
