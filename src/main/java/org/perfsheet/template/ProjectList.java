package org.perfsheet.template;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.perfsheet.layout.Labels;
import org.perfsheet.text.Dates;

/**
 * Reads a project list (.xlsx, .xls or .csv): one row per project, headers matched by name in any
 * order, extra columns ignored. A bad row is reported with its row number and skipped; the others
 * are still read.
 */
public final class ProjectList {

  /** The columns perfsheet knows, by normalised header, with the other wordings lists use. */
  enum Column {
    YEAR("年度", "预算年度"),
    NAME("项目名称"),
    DEPARTMENT("主管部门", "主管单位"),
    UNIT("实施单位", "项目单位"),
    NATURE("项目性质"),
    CATEGORY("项目类别", "项目类型"),
    FUNDS_TOTAL("项目资金总额", "项目总额"),
    FISCAL("财政资金"),
    APPROPRIATION("当年财政拨款", "财政拨款"),
    CARRYOVER("上年结转资金", "上年结转"),
    OTHER("其他资金"),
    START("计划开始日期", "开始日期"),
    END("计划完成日期", "完成日期", "结束日期");

    final List<String> headers;

    Column(String... headers) {
      this.headers = List.of(headers);
    }
  }

  /** A row that could not be used, and why, in Chinese. */
  public record Problem(int rowNumber, String message) {
    @Override
    public String toString() {
      return "第 " + rowNumber + " 行：" + message;
    }
  }

  public record Loaded(List<ProjectRow> rows, List<Problem> problems) {}

  private ProjectList() {}

  public static Loaded read(Path file) throws IOException {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    List<Map<Column, String>> records = new ArrayList<>();
    List<Integer> rowNumbers = new ArrayList<>();
    if (name.endsWith(".csv") || name.endsWith(".txt")) {
      readCsv(file, records, rowNumbers);
    } else {
      readWorkbook(file, records, rowNumbers);
    }
    List<ProjectRow> rows = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    for (int i = 0; i < records.size(); i++) {
      Map<Column, String> r = records.get(i);
      if (r.values().stream().allMatch(String::isBlank)) {
        continue;
      }
      List<String> why = new ArrayList<>();
      ProjectRow row = toRow(rowNumbers.get(i), r, why);
      if (why.isEmpty()) {
        rows.add(row);
      } else {
        problems.add(new Problem(rowNumbers.get(i), String.join("；", why) + "，已跳过此行"));
      }
    }
    return new Loaded(rows, problems);
  }

  private static ProjectRow toRow(int n, Map<Column, String> r, List<String> why) {
    String projectName = r.getOrDefault(Column.NAME, "").strip();
    if (projectName.isEmpty()) {
      why.add("缺少项目名称");
    }
    Integer year = null;
    String y = r.getOrDefault(Column.YEAR, "").replaceAll("[^0-9]", "");
    if (y.length() == 4) {
      year = Integer.parseInt(y);
    } else if (!r.getOrDefault(Column.YEAR, "").isBlank()) {
      why.add("年度“" + r.get(Column.YEAR) + "”不是四位年份");
    }
    return new ProjectRow(
        n,
        year,
        projectName,
        text(r, Column.DEPARTMENT),
        text(r, Column.UNIT),
        text(r, Column.NATURE),
        text(r, Column.CATEGORY),
        amount(r, Column.FUNDS_TOTAL, why),
        amount(r, Column.FISCAL, why),
        amount(r, Column.APPROPRIATION, why),
        amount(r, Column.CARRYOVER, why),
        amount(r, Column.OTHER, why),
        date(r, Column.START, why),
        date(r, Column.END, why));
  }

  private static String text(Map<Column, String> r, Column c) {
    String v = r.getOrDefault(c, "").strip();
    return v.isEmpty() ? null : v;
  }

  private static BigDecimal amount(Map<Column, String> r, Column c, List<String> why) {
    String v = r.getOrDefault(c, "").strip().replace(",", "").replace("，", "").replace("元", "");
    if (v.isEmpty()) {
      return null;
    }
    try {
      return new BigDecimal(v);
    } catch (NumberFormatException e) {
      why.add(c.headers.get(0) + "“" + r.get(c).strip() + "”不是数字");
      return null;
    }
  }

  private static LocalDate date(Map<Column, String> r, Column c, List<String> why) {
    String v = r.getOrDefault(c, "").strip();
    if (v.isEmpty()) {
      return null;
    }
    try {
      LocalDate date = Dates.written(v);
      return date != null ? date : LocalDate.parse(v);
    } catch (DateTimeException e) {
      why.add(c.headers.get(0) + "“" + v + "”不是日期（应写成 2024-01-01）");
      return null;
    }
  }

  /** Maps header cells to known columns; unknown headers are ignored. */
  private static Map<Integer, Column> headerMap(List<String> headers) {
    Map<String, Column> known = new HashMap<>();
    for (Column c : Column.values()) {
      c.headers.forEach(h -> known.put(Labels.normalize(h), c));
    }
    Map<Integer, Column> map = new LinkedHashMap<>();
    for (int i = 0; i < headers.size(); i++) {
      Column c = known.get(Labels.normalize(headers.get(i)));
      if (c != null && !map.containsValue(c)) {
        map.put(i, c);
      }
    }
    return map;
  }

  private static void requireName(Map<Integer, Column> map, Path file) throws IOException {
    if (!map.containsValue(Column.NAME)) {
      throw new IOException(
          "项目清单 "
              + file.getFileName()
              + " 的第一行没有“项目名称”列。第一行应是列名：年度、项目名称、主管部门、实施单位…"
              + " / the project list has no 项目名称 column in its header row");
    }
  }

  private static void readCsv(Path file, List<Map<Column, String>> out, List<Integer> rowNumbers)
      throws IOException {
    try (InputStream in = Files.newInputStream(file);
        Reader reader =
            new InputStreamReader(
                BOMInputStream.builder().setInputStream(in).get(), StandardCharsets.UTF_8)) {
      List<CSVRecord> records =
          CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get().parse(reader).getRecords();
      if (records.isEmpty()) {
        throw new IOException("项目清单是空的 / the project list is empty: " + file);
      }
      Map<Integer, Column> map = headerMap(records.get(0).toList());
      requireName(map, file);
      for (int i = 1; i < records.size(); i++) {
        Map<Column, String> row = new LinkedHashMap<>();
        CSVRecord rec = records.get(i);
        map.forEach((idx, col) -> row.put(col, idx < rec.size() ? rec.get(idx) : ""));
        out.add(row);
        rowNumbers.add(i + 1);
      }
    }
  }

  private static void readWorkbook(
      Path file, List<Map<Column, String>> out, List<Integer> rowNumbers) throws IOException {
    try (InputStream in = Files.newInputStream(file);
        Workbook wb = WorkbookFactory.create(in)) {
      Sheet sheet = wb.getSheetAt(0);
      DataFormatter f = new DataFormatter(Locale.ROOT);
      Row header = sheet.getRow(sheet.getFirstRowNum());
      if (header == null) {
        throw new IOException("项目清单是空的 / the project list is empty: " + file);
      }
      List<String> headers = new ArrayList<>();
      for (int c = 0; c < header.getLastCellNum(); c++) {
        headers.add(f.formatCellValue(header.getCell(c)));
      }
      Map<Integer, Column> map = headerMap(headers);
      requireName(map, file);
      for (int r = header.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
        Row row = sheet.getRow(r);
        Map<Column, String> values = new LinkedHashMap<>();
        map.forEach(
            (idx, col) -> values.put(col, cellText(row == null ? null : row.getCell(idx), f)));
        out.add(values);
        rowNumbers.add(r + 1);
      }
    } catch (EncryptedDocumentException | UnsupportedFileFormatException e) {
      throw new IOException(
          "无法读取项目清单 "
              + file.getFileName()
              + "："
              + e.getMessage()
              + "。请提交未加密的 .xlsx 或 UTF-8 的 .csv / cannot read the project list",
          e);
    }
  }

  private static String cellText(Cell c, DataFormatter f) {
    if (c == null) {
      return "";
    }
    if (c.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(c)) {
      return c.getLocalDateTimeCellValue().toLocalDate().toString();
    }
    if (c.getCellType() == CellType.NUMERIC) {
      return BigDecimal.valueOf(c.getNumericCellValue()).stripTrailingZeros().toPlainString();
    }
    return f.formatCellValue(c);
  }
}
