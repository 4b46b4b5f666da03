package org.perfsheet.workbook;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.perfsheet.model.CellRef;
import org.perfsheet.model.FieldValue;

/** The grid read through POI's object model: .xls, and any .xlsx the streamed reader passes on. */
final class PoiGrid {

  private PoiGrid() {}

  static GridBook book(Workbook wb, DataFormatter formatter) {
    return new GridBook() {
      @Override
      public int sheetCount() {
        return wb.getNumberOfSheets();
      }

      @Override
      public String sheetName(int index) {
        return wb.getSheetName(index);
      }

      @Override
      public boolean veryHidden(int index) {
        return wb.getSheetVisibility(index) == SheetVisibility.VERY_HIDDEN;
      }

      @Override
      public GridSheet sheet(int index) {
        return new PoiSheet(wb.getSheetAt(index), formatter);
      }
    };
  }

  static final class PoiSheet implements GridSheet {
    private final Sheet sheet;
    private final DataFormatter formatter;
    private FormulaEvaluator evaluator;

    PoiSheet(Sheet sheet, DataFormatter formatter) {
      this.sheet = sheet;
      this.formatter = formatter;
    }

    @Override
    public String name() {
      return sheet.getSheetName();
    }

    @Override
    public List<CellRangeAddress> merges() {
      return sheet.getMergedRegions();
    }

    @Override
    public Iterable<PoiCell> cells() {
      return () ->
          new Iterator<>() {
            private final Iterator<Row> rows = sheet.iterator();
            private Iterator<Cell> cells = Collections.emptyIterator();
            private int row;

            @Override
            public boolean hasNext() {
              while (!cells.hasNext() && rows.hasNext()) {
                Row r = rows.next();
                row =
                    r.getRowNum(); // an XML attribute look-up in .xlsx: once per row, not per cell
                cells = r.iterator();
              }
              return cells.hasNext();
            }

            @Override
            public PoiCell next() {
              hasNext();
              Cell c = cells.next();
              return new PoiCell(c, PoiSheet.this, row, c.getColumnIndex());
            }
          };
    }

    @Override
    public GridCell cell(int row, int col) {
      Row r = sheet.getRow(row);
      Cell c = r == null ? null : r.getCell(col);
      return c == null ? null : new PoiCell(c, this, row, col);
    }

    @Override
    public int lastRow() {
      return sheet.getLastRowNum();
    }

    @Override
    public int lastCol(int row) {
      Row r = sheet.getRow(row);
      return r == null ? -1 : r.getLastCellNum() - 1;
    }

    FormulaEvaluator evaluator() {
      if (evaluator == null) {
        evaluator = sheet.getWorkbook().getCreationHelper().createFormulaEvaluator();
      }
      return evaluator;
    }
  }

  /** A cell with its position and type kept: each is an XML look-up in POI's .xlsx cells. */
  static final class PoiCell implements GridCell {
    private final Cell cell;
    private final PoiSheet sheet;
    private final int row;
    private final int col;
    private CellType type;

    PoiCell(Cell cell, PoiSheet sheet, int row, int col) {
      this.cell = cell;
      this.sheet = sheet;
      this.row = row;
      this.col = col;
    }

    @Override
    public int row() {
      return row;
    }

    @Override
    public int col() {
      return col;
    }

    @Override
    public CellType type() {
      if (type == null) {
        type = cell.getCellType();
      }
      return type;
    }

    @Override
    public CellType cachedType() {
      return cell.getCachedFormulaResultType();
    }

    @Override
    public String string() {
      return cell.getStringCellValue();
    }

    @Override
    public double number() {
      return cell.getNumericCellValue();
    }

    @Override
    public boolean bool() {
      return cell.getBooleanCellValue();
    }

    @Override
    public String errorText() {
      try {
        return FormulaError.forInt(cell.getErrorCellValue()).getString();
      } catch (IllegalArgumentException | IllegalStateException e) {
        return "#ERROR!";
      }
    }

    @Override
    public String formula() {
      try {
        return cell.getCellFormula();
      } catch (RuntimeException e) {
        return "";
      }
    }

    @Override
    public boolean external() {
      return SheetGrid.isExternal(formula());
    }

    @Override
    public boolean hasCachedValue() {
      return !(cell instanceof XSSFCell x) || x.getCTCell().isSetV();
    }

    @Override
    public int styleIndex() {
      return cell.getCellStyle().getIndex();
    }

    @Override
    public short dataFormat() {
      return cell.getCellStyle().getDataFormat();
    }

    @Override
    public String dataFormatString() {
      return cell.getCellStyle().getDataFormatString();
    }

    @Override
    public LocalDate date() {
      return cell.getLocalDateTimeCellValue().toLocalDate();
    }

    @Override
    public String shown() {
      return sheet.formatter.formatCellValue(cell);
    }

    @Override
    public FieldValue evaluated(CellRef ref) {
      try {
        CellValue v = sheet.evaluator().evaluate(cell);
        if (v == null) {
          return null;
        }
        return switch (v.getCellType()) {
          case NUMERIC ->
              FieldValue.number(
                  ref,
                  v.getNumberValue(),
                  sheet.formatter.formatRawCellContents(
                      v.getNumberValue(),
                      cell.getCellStyle().getDataFormat(),
                      cell.getCellStyle().getDataFormatString()),
                  cell.getCellStyle().getDataFormatString().contains("%"));
          case STRING -> FieldValue.text(ref, v.getStringValue());
          default -> null;
        };
      } catch (RuntimeException e) {
        return null;
      }
    }
  }
}
