package org.perfsheet.workbook;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Date1904Support;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * A streamed number shown exactly as POI's {@code DataFormatter.formatCellValue} shows a numeric
 * cell (which differs in small ways from {@code formatRawCellContents}): DataFormatter is handed a
 * stand-in cell that answers the few questions it asks, and anything else it asks is {@link
 * Unstreamable}. One per streamed workbook; not thread-safe, as a workbook is read by one thread.
 */
final class NumberShown {

  private final DataFormatter formatter;
  private final boolean date1904;
  private final Cell cell;
  private double value;
  private short format;
  private String pattern;

  NumberShown(DataFormatter formatter, boolean date1904) {
    this.formatter = formatter;
    this.date1904 = date1904;
    ClassLoader loader = NumberShown.class.getClassLoader();
    Workbook workbook =
        (Workbook)
            Proxy.newProxyInstance(
                loader,
                new Class<?>[] {Workbook.class, Date1904Support.class},
                answering("isDate1904", this.date1904));
    Sheet sheet =
        (Sheet)
            Proxy.newProxyInstance(
                loader, new Class<?>[] {Sheet.class}, answering("getWorkbook", workbook));
    CellStyle style =
        (CellStyle)
            Proxy.newProxyInstance(
                loader,
                new Class<?>[] {CellStyle.class},
                (p, m, a) ->
                    switch (m.getName()) {
                      case "getDataFormat" -> format;
                      case "getDataFormatString" -> pattern;
                      default -> unasked(m.getName());
                    });
    this.cell =
        (Cell)
            Proxy.newProxyInstance(
                loader,
                new Class<?>[] {Cell.class},
                (p, m, a) ->
                    switch (m.getName()) {
                      case "getCellType", "getCachedFormulaResultType" -> CellType.NUMERIC;
                      case "getNumericCellValue" -> value;
                      case "getCellStyle" -> style;
                      case "getSheet" -> sheet;
                      case "getDateCellValue" -> DateUtil.getJavaDate(value, this.date1904);
                      case "getLocalDateTimeCellValue" ->
                          DateUtil.getLocalDateTime(value, this.date1904);
                      default -> unasked(m.getName());
                    });
  }

  private static InvocationHandler answering(String method, Object answer) {
    return (p, m, a) -> m.getName().equals(method) ? answer : unasked(m.getName());
  }

  private static Object unasked(String method) {
    throw new Unstreamable("DataFormatter asked " + method);
  }

  String shown(double value, short format, String pattern) {
    this.value = value;
    this.format = format;
    this.pattern = pattern;
    return formatter.formatCellValue(cell);
  }
}
