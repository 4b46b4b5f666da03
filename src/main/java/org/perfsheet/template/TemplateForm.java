package org.perfsheet.template;

import static org.perfsheet.layout.FieldKeys.YEAR;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCell;
import org.perfsheet.files.SafeWrite;
import org.perfsheet.workbook.RowHeights;
import org.perfsheet.workbook.TemplateLearner;

/**
 * A new workbook made from a template, written through the template's {@code ps_} names: the same
 * marks the reader learns from tell the generator where each value goes, so a generated workbook is
 * read back by the same layout.
 */
final class TemplateForm implements AutoCloseable {

  /** A marked field: its first cell and, for table columns, how many rows it has. */
  record Field(int row, int col, int rows) {
    String a1(int offset) {
      return new CellReference(row + offset, col).formatAsString();
    }

    String range() {
      return "$"
          + CellReference.convertNumToColString(col)
          + "$"
          + (row + 1)
          + ":$"
          + CellReference.convertNumToColString(col)
          + "$"
          + (row + rows);
    }
  }

  final XSSFWorkbook wb;
  final XSSFSheet sheet;
  private final Map<String, Field> fields = new HashMap<>();
  private final Map<Integer, CellStyle> unlocked = new HashMap<>();
  private CellStyle dateStyle;

  private TemplateForm(XSSFWorkbook wb) {
    this.wb = wb;
    XSSFSheet formSheet = null;
    for (Name n : wb.getAllNames()) {
      String name = n.getNameName().toLowerCase(Locale.ROOT);
      if (!name.startsWith(TemplateLearner.NAME_PREFIX)) {
        continue;
      }
      AreaReference a = new AreaReference(n.getRefersToFormula(), wb.getSpreadsheetVersion());
      formSheet = wb.getSheet(a.getFirstCell().getSheetName());
      fields.put(
          name.substring(TemplateLearner.NAME_PREFIX.length()),
          new Field(
              a.getFirstCell().getRow(),
              a.getFirstCell().getCol(),
              a.getLastCell().getRow() - a.getFirstCell().getRow() + 1));
    }
    if (formSheet == null) {
      throw new IllegalArgumentException("template has no ps_ names");
    }
    this.sheet = formSheet;
  }

  static TemplateForm open(Path template) throws IOException {
    try (InputStream in = Files.newInputStream(template)) {
      return new TemplateForm(new XSSFWorkbook(in));
    }
  }

  boolean has(String key) {
    return fields.containsKey(key);
  }

  Field field(String key) {
    Field f = fields.get(key);
    if (f == null) {
      throw new IllegalArgumentException("template has no field ps_" + key);
    }
    return f;
  }

  /** Writes a value into a field (row {@code offset} of a table column); null leaves it blank. */
  void set(String key, int offset, Object value) {
    if (value == null || !has(key)) {
      return;
    }
    Cell c = cell(key, offset);
    if (value instanceof BigDecimal b) {
      c.setCellValue(b.doubleValue());
    } else if (value instanceof Number n) {
      c.setCellValue(n.doubleValue());
    } else if (value instanceof LocalDate d) {
      c.setCellValue(d);
      c.setCellStyle(dateStyle(c.getCellStyle()));
    } else {
      c.setCellValue(value.toString());
    }
  }

  void set(String key, Object value) {
    set(key, 0, value);
  }

  void formula(String key, String formula) {
    if (has(key)) {
      cell(key, 0).setCellFormula(formula);
    }
  }

  /** The A1 reference of a field's (first) cell, for formulas. */
  String ref(String key) {
    return field(key).a1(0);
  }

  /** A field that adds up others live: {@code SUM(a,b,…)}. */
  void sum(String key, String... parts) {
    formula(key, Arrays.stream(parts).map(this::ref).collect(Collectors.joining(",", "SUM(", ")")));
  }

  Cell cell(String key, int offset) {
    Field f = field(key);
    if (offset >= f.rows()) {
      throw new IllegalArgumentException(
          "ps_" + key + " has " + f.rows() + " rows, not " + (offset + 1));
    }
    Row r =
        sheet.getRow(f.row() + offset) == null
            ? sheet.createRow(f.row() + offset)
            : sheet.getRow(f.row() + offset);
    return r.getCell(f.col()) == null ? r.createCell(f.col()) : r.getCell(f.col());
  }

  /** The year goes where the template marks it, into its text: （ 年度） → （2024 年度）. */
  void year(Integer year) {
    if (year == null || !has(YEAR)) {
      return;
    }
    Cell c = cell(YEAR, 0);
    c.setCellValue(c.getStringCellValue().replaceFirst("\\s{2,}", year + " "));
  }

  private CellStyle dateStyle(CellStyle base) {
    if (dateStyle == null) {
      dateStyle = wb.createCellStyle();
      dateStyle.cloneStyleFrom(base);
      dateStyle.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
    }
    return dateStyle;
  }

  /** Lets the person type into these fields when the sheet is protected. */
  void unlock(List<String> keys) {
    for (String key : keys) {
      if (!has(key)) {
        continue;
      }
      Field f = field(key);
      for (int i = 0; i < f.rows(); i++) {
        Cell c = cell(key, i);
        CellRangeAddress merged = mergedAt(c.getRowIndex(), c.getColumnIndex());
        int lastCol = merged == null ? c.getColumnIndex() : merged.getLastColumn();
        for (int col = c.getColumnIndex(); col <= lastCol; col++) {
          Row r = sheet.getRow(c.getRowIndex());
          Cell x = r.getCell(col) == null ? r.createCell(col) : r.getCell(col);
          x.setCellStyle(
              unlocked.computeIfAbsent(
                  (int) x.getCellStyle().getIndex(),
                  k -> {
                    CellStyle s = wb.createCellStyle();
                    s.cloneStyleFrom(x.getCellStyle());
                    s.setLocked(false);
                    return s;
                  }));
        }
      }
    }
  }

  private CellRangeAddress mergedAt(int row, int col) {
    for (CellRangeAddress r : sheet.getMergedRegions()) {
      if (r.isInRange(row, col)) {
        return r;
      }
    }
    return null;
  }

  /** A drop-down list on a table column; {@code formula} is a list range or an INDIRECT(…). */
  void dropdown(String key, String formula, String title, String prompt) {
    if (!has(key)) {
      return;
    }
    Field f = field(key);
    DataValidationHelper h = sheet.getDataValidationHelper();
    DataValidationConstraint c = h.createFormulaListConstraint(formula);
    DataValidation v =
        h.createValidation(
            c, new CellRangeAddressList(f.row(), f.row() + f.rows() - 1, f.col(), f.col()));
    v.setShowErrorBox(true);
    v.setErrorStyle(DataValidation.ErrorStyle.WARNING);
    v.createErrorBox("不在列表中", "请从下拉列表中选择。如确需其他名称，可点“是”保留。");
    v.setShowPromptBox(true);
    v.createPromptBox(title, prompt);
    v.setEmptyCellAllowed(true);
    sheet.addValidationData(v);
  }

  /** An input message on a field, shown when the cell is selected; any text is accepted. */
  void prompt(String key, String title, String text) {
    if (!has(key)) {
      return;
    }
    Field f = field(key);
    DataValidationHelper h = sheet.getDataValidationHelper();
    DataValidationConstraint c =
        h.createTextLengthConstraint(
            DataValidationConstraint.OperatorType.LESS_OR_EQUAL, "2000", null);
    DataValidation v =
        h.createValidation(
            c, new CellRangeAddressList(f.row(), f.row() + f.rows() - 1, f.col(), f.col()));
    v.setShowErrorBox(false);
    v.setShowPromptBox(true);
    v.createPromptBox(title, text);
    v.setEmptyCellAllowed(true);
    sheet.addValidationData(v);
  }

  /**
   * A number the cell must hold: decimal between {@code min} and {@code max} (null: unbounded), or
   * empty.
   */
  void decimal(String key, double min, Double max, String title, String prompt) {
    if (!has(key)) {
      return;
    }
    Field f = field(key);
    DataValidationHelper h = sheet.getDataValidationHelper();
    DataValidationConstraint c =
        max == null
            ? h.createDecimalConstraint(
                DataValidationConstraint.OperatorType.GREATER_OR_EQUAL, number(min), null)
            : h.createDecimalConstraint(
                DataValidationConstraint.OperatorType.BETWEEN, number(min), number(max));
    add(
        h.createValidation(c, rows(f)),
        title,
        prompt,
        max == null
            ? "请填写不小于 " + number(min) + " 的数字（不带单位）。"
            : "请填写 " + number(min) + " 至 " + number(max) + " 之间的数字（不带单位）。");
  }

  /** A rule over the column's first row ({@code formula} row-relative), refused when false. */
  void custom(String key, String formula, String title, String prompt, String error) {
    if (!has(key)) {
      return;
    }
    Field f = field(key);
    DataValidationHelper h = sheet.getDataValidationHelper();
    add(h.createValidation(h.createCustomConstraint(formula), rows(f)), title, prompt, error);
  }

  /** A date within the year, or empty. */
  void dateIn(String key, int year, String title, String prompt) {
    if (!has(key)) {
      return;
    }
    Field f = field(key);
    DataValidationHelper h = sheet.getDataValidationHelper();
    DataValidationConstraint c =
        h.createDateConstraint(
            DataValidationConstraint.OperatorType.BETWEEN,
            "DATE(" + year + ",1,1)",
            "DATE(" + year + ",12,31)",
            "yyyy-mm-dd");
    add(
        h.createValidation(c, rows(f)),
        title,
        prompt,
        "请填写 " + year + " 年内的日期，如 " + year + "-03-01。");
  }

  private void add(DataValidation v, String title, String prompt, String error) {
    v.setShowErrorBox(true);
    v.setErrorStyle(DataValidation.ErrorStyle.STOP);
    v.createErrorBox("输入有误", error);
    v.setShowPromptBox(true);
    v.createPromptBox(title, prompt);
    v.setEmptyCellAllowed(true);
    sheet.addValidationData(v);
  }

  private static CellRangeAddressList rows(Field f) {
    return new CellRangeAddressList(f.row(), f.row() + f.rows() - 1, f.col(), f.col());
  }

  private static String number(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
  }

  /**
   * Labels and formulas locked, inputs unlocked, no password: a person can still unprotect to
   * change the form. Columns cannot be unhidden while protected (the live checks' columns).
   */
  void protect() {
    sheet.enableLocking();
    sheet.lockSelectLockedCells(false);
    sheet.lockSelectUnlockedCells(false);
    sheet.lockFormatCells(false);
    sheet.lockFormatColumns(true);
    sheet.lockFormatRows(false);
    sheet.lockInsertRows(false);
    sheet.lockDeleteRows(false);
  }

  /** Generated workbooks do not carry the template's legend: it is for template authors. */
  void removeLegend() {
    int i = wb.getSheetIndex("字段说明");
    if (i >= 0) {
      wb.removeSheetAt(i);
    }
    wb.setActiveSheet(wb.getSheetIndex(sheet));
    wb.setSelectedTab(wb.getSheetIndex(sheet));
  }

  /**
   * Saves with every formula's value computed, so a reader that does not recalculate (a viewer,
   * perfsheet itself) sees the totals; Excel and WPS recalculate on opening anyway.
   */
  void write(Path target) throws IOException {
    XSSFFormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
    for (Row row : sheet) {
      for (Cell c : row) {
        if (c.getCellType() == CellType.FORMULA && !unevaluated.contains(c.getColumnIndex())) {
          evaluator.evaluateFormulaCell(c);
        }
      }
    }
    wb.setForceFormulaRecalculation(true);
    fitRows();
    SafeWrite.write(wb, target);
  }

  /**
   * Grows every row to the wrapped text written into it. Excel and WPS keep a row's height as
   * saved, so a long 三级指标 or goal copied from a declaration into the template's one-line row would
   * show only its first line. A box merged over several rows keeps the rows it has.
   */
  private void fitRows() {
    Map<Long, CellRangeAddress> merges = new HashMap<>();
    for (CellRangeAddress r : sheet.getMergedRegions()) {
      for (int row = r.getFirstRow(); row <= r.getLastRow(); row++) {
        for (int col = r.getFirstColumn(); col <= r.getLastColumn(); col++) {
          merges.put(((long) row << 16) | col, r);
        }
      }
    }
    for (Row row : sheet) {
      double needed = 0;
      for (Cell c : row) {
        if (c.getCellType() != CellType.STRING
            || !c.getCellStyle().getWrapText()
            || c.getStringCellValue().isBlank()) {
          continue;
        }
        CellRangeAddress m = merges.get(((long) row.getRowNum() << 16) | c.getColumnIndex());
        if (m != null && m.getLastRow() > m.getFirstRow()) {
          continue;
        }
        int first = m == null ? c.getColumnIndex() : m.getFirstColumn();
        int last = m == null ? c.getColumnIndex() : m.getLastColumn();
        int width = 0;
        for (int col = first; col <= last; col++) {
          width += sheet.getColumnWidth(col) / 256;
        }
        double font = wb.getFontAt(c.getCellStyle().getFontIndex()).getFontHeightInPoints();
        needed = Math.max(needed, RowHeights.points(c.getStringCellValue(), width, font));
      }
      if (needed > row.getHeightInPoints()) {
        row.setHeightInPoints((float) needed);
      }
    }
  }

  private final Set<Integer> unevaluated = new HashSet<>();

  /**
   * A formula written as it is, without POI parsing it, in a column whose formulas are left to the
   * spreadsheet to compute on opening: the live checks' long formulas, hundreds per form, cost POI
   * far more to parse and evaluate than the rest of the generation, and on a blank form they
   * compute nothing but blanks.
   */
  void rawFormula(Cell c, String formula) {
    unevaluated.add(c.getColumnIndex());
    CTCell ct = ((XSSFCell) c).getCTCell();
    if (ct.isSetV()) {
      ct.unsetV();
    }
    if (ct.isSetT()) {
      ct.unsetT();
    }
    (ct.isSetF() ? ct.getF() : ct.addNewF()).setStringValue(formula);
  }

  @Override
  public void close() throws IOException {
    wb.close();
  }
}
