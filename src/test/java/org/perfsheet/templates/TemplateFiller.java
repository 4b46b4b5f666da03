package org.perfsheet.templates;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.perfsheet.layout.FieldKeys;
import org.perfsheet.workbook.TemplateLearner;

/**
 * Fills a template through its {@code ps_} names, for tests: single fields by key, table columns
 * row by row (row keys are the indicator column keys, {@code FieldKeys.Ind}). Values that are
 * numbers are written as numbers, everything else as text.
 */
public final class TemplateFiller {

  private TemplateFiller() {}

  public static void fill(
      Path template, Path target, Map<String, Object> fields, List<Map<String, Object>> rows)
      throws IOException {
    fill(template, target, fields, rows, null);
  }

  /** Also writes the year into the template's ( 年度) line, as a person would. */
  public static void fill(
      Path template,
      Path target,
      Map<String, Object> fields,
      List<Map<String, Object>> rows,
      Integer year)
      throws IOException {
    try (InputStream in = Files.newInputStream(template);
        Workbook wb = WorkbookFactory.create(in)) {
      if (year != null) {
        AreaReference y = area(wb, FieldKeys.YEAR);
        Cell c =
            wb.getSheet(y.getFirstCell().getSheetName())
                .getRow(y.getFirstCell().getRow())
                .getCell(y.getFirstCell().getCol());
        c.setCellValue(c.getStringCellValue().replaceFirst("\\s{2,}", year + " "));
      }
      for (Map.Entry<String, Object> e : fields.entrySet()) {
        AreaReference a = area(wb, e.getKey());
        set(wb, a.getFirstCell(), 0, e.getValue());
      }
      for (int i = 0; i < rows.size(); i++) {
        for (Map.Entry<String, Object> e : rows.get(i).entrySet()) {
          AreaReference a = area(wb, e.getKey());
          if (i > a.getLastCell().getRow() - a.getFirstCell().getRow()) {
            throw new IllegalArgumentException(
                "template has fewer rows than " + rows.size() + " for " + e.getKey());
          }
          set(wb, a.getFirstCell(), i, e.getValue());
        }
      }
      Files.createDirectories(target.toAbsolutePath().getParent());
      try (OutputStream out = Files.newOutputStream(target)) {
        wb.write(out);
      }
    }
  }

  private static AreaReference area(Workbook wb, String key) {
    Name n = wb.getName(TemplateLearner.NAME_PREFIX + key);
    if (n == null) {
      throw new IllegalArgumentException("template has no field ps_" + key);
    }
    return new AreaReference(n.getRefersToFormula(), wb.getSpreadsheetVersion());
  }

  private static void set(Workbook wb, CellReference ref, int offset, Object value) {
    Sheet s = wb.getSheet(ref.getSheetName());
    int r = ref.getRow() + offset;
    Row row = s.getRow(r) == null ? s.createRow(r) : s.getRow(r);
    Cell c =
        row.getCell(ref.getCol()) == null
            ? row.createCell(ref.getCol())
            : row.getCell(ref.getCol());
    if (value instanceof Number n) {
      c.setCellValue(n.doubleValue());
    } else if (value != null) {
      c.setCellValue(value.toString());
    }
  }
}
