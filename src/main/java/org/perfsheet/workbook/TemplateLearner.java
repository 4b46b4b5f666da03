package org.perfsheet.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.perfsheet.layout.FieldKeys;
import org.perfsheet.layout.FieldLayout;
import org.perfsheet.layout.LabelSet;
import org.perfsheet.layout.Labels;
import org.perfsheet.layout.Layout;
import org.perfsheet.layout.Locator;
import org.perfsheet.layout.Vocabulary;
import org.perfsheet.model.FormKind;

/**
 * Learns a {@link Layout} from a template workbook.
 *
 * <p>A template is an ordinary form a person can open in Excel or WPS. Its fields are marked with
 * defined names starting with {@code ps_}: a blank cell is a value field, a multi-row range is a
 * column of the indicator table, and a cell with text is a label whose own text matters (the title,
 * 项目资金（万元）). The labels around each mark become its locator: the label to its left, and the header
 * right above it (ignoring other marked cells) when there is one. A legend sheet (字段说明) names the
 * form kind, the title words, each field's meaning and whether it is required, and the aliases
 * other layouts use for a label.
 */
public final class TemplateLearner {

  public static final String NAME_PREFIX = "ps_";

  /**
   * Marks the learner does not locate: {@code ps_year} shows where a generated form writes the
   * year; the reader finds the year by its pattern next to the title, as forms write it in many
   * ways.
   */
  static final Set<String> WRITE_ONLY = Set.of(NAME_PREFIX + FieldKeys.YEAR);

  static final String LEGEND_SHEET = "字段说明";

  private final DataFormatter formatter = new DataFormatter(Locale.ROOT);

  /**
   * The template folder to use: the option when given, else {@code templates/} of the installation
   * ({@code -Dperfsheet.home}, which the launcher sets), else of the current folder.
   */
  public static Path folder(Path option) {
    if (option != null) {
      return option;
    }
    String home = System.getProperty("perfsheet.home");
    return home != null ? Path.of(home, "templates") : Path.of("templates");
  }

  /** Learns every {@code *.xlsx} template in a folder, in file-name order. */
  public static List<Layout> loadAll(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new IOException("模板文件夹不存在：" + dir + " / template folder not found: " + dir);
    }
    List<Path> files;
    try (var s = Files.list(dir)) {
      files =
          s.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx"))
              .filter(p -> !p.getFileName().toString().startsWith("~$"))
              .sorted()
              .toList();
    }
    List<Layout> layouts = new ArrayList<>();
    TemplateLearner learner = new TemplateLearner();
    for (Path f : files) {
      layouts.add(learner.learn(f));
    }
    if (layouts.isEmpty()) {
      throw new IOException("模板文件夹中没有 .xlsx 模板：" + dir + " / no .xlsx templates in " + dir);
    }
    return layouts;
  }

  public Layout learn(Path template) throws IOException {
    String id = template.getFileName().toString().replaceFirst("\\.xlsx$", "");
    try (InputStream in = Files.newInputStream(template);
        Workbook wb = WorkbookFactory.create(in)) {
      return learn(id, wb);
    } catch (IllegalArgumentException e) {
      throw new IOException(
          "模板 "
              + template.getFileName()
              + " 有误："
              + e.getMessage()
              + " / template "
              + template.getFileName()
              + " is not valid",
          e);
    }
  }

  Layout learn(String id, Workbook wb) {
    Legend legend = Legend.read(wb, formatter);
    List<Mark> marks = marks(wb);
    if (marks.isEmpty()) {
      throw new IllegalArgumentException("没有以 ps_ 开头的名称（公式 → 名称管理器）");
    }
    Sheet sheet = wb.getSheet(marks.get(0).sheet);
    SheetGrid grid = new SheetGrid(sheet, formatter);
    Set<Long> valueCells = new HashSet<>();
    for (Mark m : marks) {
      if (!m.sheet.equals(sheet.getSheetName())) {
        throw new IllegalArgumentException(
            "名称 " + m.name + " 不在表单工作表 " + sheet.getSheetName() + " 上");
      }
      if (m.isValue(grid)) {
        for (int r = m.area.getFirstCell().getRow(); r <= m.area.getLastCell().getRow(); r++) {
          for (int c = m.area.getFirstCell().getCol(); c <= m.area.getLastCell().getCol(); c++) {
            SheetGrid.Place p = grid.placeOf(r, c);
            valueCells.add(key(p.firstRow(), p.firstCol()));
          }
        }
      }
    }
    int tableEnd =
        marks.stream()
            .filter(Mark::isColumn)
            .mapToInt(m -> m.area.getLastCell().getRow())
            .max()
            .orElse(Integer.MAX_VALUE);
    // Value cells that share their row label with another one form a grid (年度资金总额 | 年初 | 全年 | …);
    // a value alone beside its label is read right of it.
    Map<Left, Integer> sharedLabels = new HashMap<>();
    for (Mark m : marks) {
      if (m.isValue(grid) && !m.isColumn()) {
        Left left =
            labelLeft(
                grid, m.area.getFirstCell().getRow(), m.area.getFirstCell().getCol(), valueCells);
        if (left != null) {
          sharedLabels.merge(left, 1, Integer::sum);
        }
      }
    }
    List<FieldLayout> fields = new ArrayList<>();
    for (Mark m : marks) {
      Locator locator = locate(m, grid, valueCells, legend, sharedLabels);
      String key = m.name.substring(NAME_PREFIX.length());
      Legend.Entry e = legend.entries.getOrDefault(key, new Legend.Entry(key, false, false, false));
      boolean below = !m.isColumn() && m.area.getFirstCell().getRow() > tableEnd;
      fields.add(
          new FieldLayout(
              key, locator, e.meaning(), e.required(), e.fillDown(), below, e.repeated()));
    }
    return new Layout(
        id,
        legend.kind,
        Labels.normalize(legend.title),
        fields,
        legend.vocabulary(printed(sheet, grid, marks, Labels.normalize(legend.title))));
  }

  /**
   * The texts the form prints outside every named field and its title: labels of the layout that
   * name no field (项目分类 beside 项目类型, 资金性质). A text without a Chinese character (a dash, a number)
   * is not one.
   */
  private static Set<String> printed(Sheet sheet, SheetGrid grid, List<Mark> marks, String title) {
    List<CellRangeAddress> named =
        marks.stream()
            .map(
                m ->
                    new CellRangeAddress(
                        m.area.getFirstCell().getRow(),
                        m.area.getLastCell().getRow(),
                        m.area.getFirstCell().getCol(),
                        m.area.getLastCell().getCol()))
            .toList();
    Set<String> out = new HashSet<>();
    for (var row : sheet) {
      for (var cell : row) {
        if (cell.getCellType() != CellType.STRING) {
          continue;
        }
        SheetGrid.Place p = grid.placeOf(cell.getRowIndex(), cell.getColumnIndex());
        if (p.firstRow() != cell.getRowIndex() || p.firstCol() != cell.getColumnIndex()) {
          continue;
        }
        CellRangeAddress box =
            new CellRangeAddress(p.firstRow(), p.lastRow(), p.firstCol(), p.lastCol());
        boolean inField = named.stream().anyMatch(box::intersects);
        String label = Labels.normalize(cell.getStringCellValue());
        if (!inField
            && !label.isEmpty()
            && !label.contains(title)
            && label
                .codePoints()
                .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
          out.add(label);
        }
      }
    }
    return out;
  }

  private Locator locate(
      Mark m, SheetGrid grid, Set<Long> valueCells, Legend legend, Map<Left, Integer> shared) {
    int row = m.area.getFirstCell().getRow();
    int col = m.area.getFirstCell().getCol();
    if (!m.isValue(grid)) {
      return new Locator.OwnText(legend.labelSet(grid.text(row, col)));
    }
    if (m.isColumn()) {
      String header = headerAbove(grid, row, col, valueCells);
      if (header == null) {
        throw new IllegalArgumentException("名称 " + m.name + " 标记的表格列上方没有表头");
      }
      int span = m.area.getLastCell().getCol() - m.area.getFirstCell().getCol() + 1;
      SheetGrid.Place h = headerPlaceAbove(grid, row, col, valueCells);
      return new Locator.TableColumn(
          legend.labelSet(header),
          span,
          nthInRow(grid, new Left(header, h.firstRow(), h.firstCol())));
    }
    Left left = labelLeft(grid, row, col, valueCells);
    if (left == null) {
      throw new IllegalArgumentException("名称 " + m.name + " 标记的单元格左侧没有标签");
    }
    if (shared.getOrDefault(left, 0) > 1) {
      String header = headerAbove(grid, row, col, valueCells);
      if (header == null) {
        throw new IllegalArgumentException(
            "名称 " + m.name + " 与同一行其他字段共用标签“" + Labels.normalize(left.text()) + "”，但上方没有栏目名称");
      }
      return new Locator.Grid(
          legend.labelSet(left.text()),
          legend.labelSet(header),
          rightUnder(grid, row, col, header));
    }
    String above = headerOfBox(grid, row, col, left, valueCells);
    if (above != null) {
      return new Locator.Grid(legend.labelSet(left.text()), legend.labelSet(above), true);
    }
    return new Locator.RightOf(legend.labelSet(left.text()), nthInRow(grid, left));
  }

  /**
   * A column header right above the value whose row label reaches up beside that header (总体目标 over
   * two rows, 年度目标 above the goal's box): the value is read at their crossing, under the header,
   * not right of the row label (where the header stands). Null otherwise.
   */
  private static String headerOfBox(
      SheetGrid grid, int row, int col, Left left, Set<Long> valueCells) {
    SheetGrid.Place value = grid.placeOf(row, col);
    SheetGrid.Place label = grid.placeOf(left.row(), left.col());
    if (value.firstRow() == 0 || label.firstRow() >= value.firstRow()) {
      return null;
    }
    SheetGrid.Place above = grid.placeOf(value.firstRow() - 1, value.firstCol());
    if (above.firstCol() != value.firstCol()
        || above.firstRow() < label.firstRow()
        || valueCells.contains(key(above.firstRow(), above.firstCol()))) {
      return null;
    }
    String text = grid.text(above.firstRow(), above.firstCol());
    return Labels.normalize(text).isEmpty() ? null : text;
  }

  /**
   * Whether the value cell is the first cell under its column header (the header row is the row
   * above).
   */
  private static boolean rightUnder(SheetGrid grid, int row, int col, String header) {
    SheetGrid.Place value = grid.placeOf(row, col);
    if (value.firstRow() == 0) {
      return false;
    }
    SheetGrid.Place above = grid.placeOf(value.firstRow() - 1, col);
    return Labels.normalize(grid.text(above.firstRow(), above.firstCol()))
        .equals(Labels.normalize(header));
  }

  /** How many places left of this label in its row carry the same label. */
  private static int nthInRow(SheetGrid grid, Left left) {
    String label = Labels.normalize(left.text());
    int n = 0;
    for (int c = 0; c < left.col(); c++) {
      SheetGrid.Place p = grid.placeOf(left.row(), c);
      if (p.firstCol() == c
          && p.firstRow() == left.row()
          && Labels.normalize(grid.text(left.row(), c)).equals(label)) {
        n++;
      }
    }
    return n;
  }

  private record Left(String text, int row, int col) {}

  /** The first text going left, passing blank and marked value cells. */
  private static Left labelLeft(SheetGrid grid, int row, int col, Set<Long> valueCells) {
    for (int c = grid.placeOf(row, col).firstCol() - 1; c >= 0; c--) {
      SheetGrid.Place p = grid.placeOf(row, c);
      c = p.firstCol();
      if (valueCells.contains(key(p.firstRow(), p.firstCol()))) {
        continue;
      }
      String text = grid.text(row, c);
      if (!Labels.normalize(text).isEmpty()) {
        return new Left(text, p.firstRow(), p.firstCol());
      }
    }
    return null;
  }

  /** The place of {@link #headerAbove}. */
  private static SheetGrid.Place headerPlaceAbove(
      SheetGrid grid, int row, int col, Set<Long> valueCells) {
    for (int r = grid.placeOf(row, col).firstRow() - 1; r >= 0; r--) {
      SheetGrid.Place p = grid.placeOf(r, col);
      r = p.firstRow();
      if (!valueCells.contains(key(p.firstRow(), p.firstCol()))
          && !Labels.normalize(grid.text(r, col)).isEmpty()) {
        return p;
      }
    }
    throw new IllegalStateException("no header above a column that has one");
  }

  /** The nearest text above, passing blank and marked value cells. */
  private static String headerAbove(SheetGrid grid, int row, int col, Set<Long> valueCells) {
    for (int r = grid.placeOf(row, col).firstRow() - 1; r >= 0; r--) {
      SheetGrid.Place p = grid.placeOf(r, col);
      r = p.firstRow();
      if (valueCells.contains(key(p.firstRow(), p.firstCol()))) {
        continue;
      }
      String text = grid.text(r, col);
      if (!Labels.normalize(text).isEmpty()) {
        return text;
      }
    }
    return null;
  }

  private static long key(int row, int col) {
    return ((long) row << 20) | col;
  }

  static List<Mark> marks(Workbook wb) {
    List<Mark> marks = new ArrayList<>();
    for (Name n : wb.getAllNames()) {
      String name = n.getNameName().toLowerCase(Locale.ROOT);
      if (!name.startsWith(NAME_PREFIX)
          || WRITE_ONLY.contains(name)
          || n.getRefersToFormula() == null) {
        continue;
      }
      AreaReference area = new AreaReference(n.getRefersToFormula(), wb.getSpreadsheetVersion());
      String sheet = area.getFirstCell().getSheetName();
      if (sheet == null) {
        throw new IllegalArgumentException("名称 " + n.getNameName() + " 没有指向工作表");
      }
      marks.add(new Mark(n.getNameName().toLowerCase(Locale.ROOT), sheet, area));
    }
    marks.sort(
        (a, b) -> {
          CellReference x = a.area.getFirstCell();
          CellReference y = b.area.getFirstCell();
          return x.getRow() != y.getRow()
              ? Integer.compare(x.getRow(), y.getRow())
              : Integer.compare(x.getCol(), y.getCol());
        });
    return marks;
  }

  record Mark(String name, String sheet, AreaReference area) {
    boolean isColumn() {
      return area.getLastCell().getRow() > area.getFirstCell().getRow();
    }

    boolean isValue(SheetGrid grid) {
      return isColumn()
          || Labels.normalize(grid.text(area.getFirstCell().getRow(), area.getFirstCell().getCol()))
              .isEmpty();
    }
  }

  /** The legend sheet: form kind, title words, field meanings, label aliases. */
  static final class Legend {
    record Entry(String meaning, boolean required, boolean fillDown, boolean repeated) {}

    FormKind kind;
    String title;
    final Map<String, Entry> entries = new HashMap<>();
    final Map<String, Set<String>> aliases = new HashMap<>();
    final Map<String, List<String>> levels = new LinkedHashMap<>();
    final Set<String> tableEnds = new HashSet<>();
    final List<Pattern> placeholders = new ArrayList<>();

    LabelSet labelSet(String text) {
      return LabelSet.of(text, aliases.getOrDefault(Labels.normalize(text), Set.of()));
    }

    static Legend read(Workbook wb, DataFormatter formatter) {
      Sheet sheet = wb.getSheet(LEGEND_SHEET);
      if (sheet == null) {
        throw new IllegalArgumentException("缺少工作表“" + LEGEND_SHEET + "”（表类型、识别标题、字段和别名）");
      }
      Legend legend = new Legend();
      String mode = "";
      for (var row : sheet) {
        String a = Labels.normalize(formatter.formatCellValue(row.getCell(0)));
        String b = formatter.formatCellValue(row.getCell(1)).strip();
        String c = formatter.formatCellValue(row.getCell(2)).strip();
        String d = formatter.formatCellValue(row.getCell(3)).strip();
        String e = formatter.formatCellValue(row.getCell(4)).strip();
        switch (a) {
          case "表类型" -> legend.kind = FormKind.fromCode(b);
          case "识别标题" -> legend.title = b;
          case "名称" -> mode = "fields";
          case "标签" -> mode = "aliases";
          case "指标层级" -> mode = "levels";
          case "表格结束" -> split(b).forEach(t -> legend.tableEnds.add(Labels.normalize(t)));
          case "占位符" -> split(b).forEach(t -> legend.placeholders.add(placeholder(t)));
          case "" -> {}
          default -> {
            if (mode.equals("fields")) {
              String key = a.toLowerCase(Locale.ROOT).replaceFirst("^" + NAME_PREFIX, "");
              legend.entries.put(key, new Entry(b, yes(c), yes(d), yes(e)));
            } else if (mode.equals("aliases")) {
              legend.aliases.put(a, new LinkedHashSet<>(split(b)));
            } else if (mode.equals("levels")) {
              legend.levels.put(formatter.formatCellValue(row.getCell(0)).strip(), split(b));
            }
          }
        }
      }
      if (legend.kind == null || legend.title == null || legend.title.isBlank()) {
        throw new IllegalArgumentException("工作表“" + LEGEND_SHEET + "”须写明“表类型”和“识别标题”");
      }
      return legend;
    }

    Vocabulary vocabulary(Set<String> printed) {
      return new Vocabulary(levels, tableEnds, placeholders, printed);
    }

    private static List<String> split(String list) {
      List<String> out = new ArrayList<>();
      for (String item : list.split("[、|｜,，;；\\n]")) {
        if (!item.isBlank()) {
          out.add(item.strip());
        }
      }
      return out;
    }

    /** A printed placeholder as a person writes it (指标1): its numbers stand for any number. */
    private static Pattern placeholder(String example) {
      StringBuilder regex = new StringBuilder("^");
      for (String part :
          Labels.compact(example).split("(?<=[0-9])(?=[^0-9])|(?<=[^0-9])(?=[0-9])")) {
        regex.append(
            part.chars().allMatch(Character::isDigit) ? "[0-9一二三四五六七八九十]+" : Pattern.quote(part));
      }
      return Pattern.compile(regex.append("[:：]?$").toString());
    }

    private static boolean yes(String s) {
      return s.equals("是") || s.equalsIgnoreCase("yes") || s.equalsIgnoreCase("y") || s.equals("✓");
    }
  }
}
