package org.perfsheet.workbook;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.perfsheet.layout.Amounts;
import org.perfsheet.layout.FieldKeys;
import org.perfsheet.layout.FieldLayout;
import org.perfsheet.layout.FormData;
import org.perfsheet.layout.LabelSet;
import org.perfsheet.layout.Labels;
import org.perfsheet.layout.Layout;
import org.perfsheet.layout.Locator;
import org.perfsheet.layout.Vocabulary;
import org.perfsheet.model.CellRef;
import org.perfsheet.model.FieldValue;
import org.perfsheet.model.MoneyUnit;
import org.perfsheet.notation.Notation;

/**
 * Finds a layout's fields on one sheet by their labels, wherever the form starts: the title first,
 * then every field relative to the labels the template put around it. Searches run in a window of
 * rows: the whole form below the title, or one repeating block (年度目标 N) of it.
 */
final class FormReader {

  /** Share of a layout's labels a sheet must show to be read as that form. */
  static final double MIN_COVERAGE = 0.6;

  private static final Pattern YEAR =
      Pattern.compile("((?:19|20)\\d{2})\\s*年(?!\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日)");

  /** Rows {@code [from, to)} a search looks at. */
  private record Window(int from, int to) {
    boolean contains(SheetGrid.Place p) {
      return p.firstRow() >= from && p.firstRow() < to;
    }
  }

  private final Layout layout;
  private final SheetGrid grid;
  private SheetGrid.Place title;
  private Window form;

  FormReader(Layout layout, SheetGrid grid) {
    this.layout = layout;
    this.grid = grid;
  }

  Layout layout() {
    return layout;
  }

  private Integer found;

  /**
   * How many of the layout's labels the sheet shows below the title; 0 when the title is missing.
   */
  int labelsFound() {
    if (found == null) {
      title = findTitle().orElse(null);
      form = title == null ? null : new Window(title.firstRow(), grid.lastRow() + 1);
      found =
          title == null
              ? 0
              : (int) layout.anchors().stream().filter(a -> !find(a, form).isEmpty()).count();
    }
    return found;
  }

  /**
   * The layout's labels the sheet shows nowhere (below a title or not), in the order of the
   * layout's fields: what a sheet that is not this form lacks to be read as it.
   */
  List<String> labelsAbsent() {
    Window all = new Window(0, grid.lastRow() + 1);
    return layout.fields().stream()
        .flatMap(f -> f.locator().labels().stream())
        .filter(layout.anchors()::contains)
        .distinct()
        .filter(a -> find(a, all).isEmpty())
        .map(LabelSet::name)
        .toList();
  }

  /**
   * The share of the layout's labels found: below {@link #MIN_COVERAGE} the sheet is not this form.
   */
  double coverage() {
    int total = layout.anchors().size();
    int n = labelsFound();
    return total == 0 ? (title == null ? 0 : 1) : (double) n / total;
  }

  /**
   * The title cell; failing that, a sheet named for the form (some exports put the title only in
   * the sheet's name), read from its first text.
   */
  private Optional<SheetGrid.Place> findTitle() {
    for (SheetGrid.Place p : grid.textPlaces()) {
      if (grid.compact(p).contains(layout.title())) {
        return Optional.of(p);
      }
    }
    if (Labels.compact(grid.name()).contains(layout.title()) && !grid.textPlaces().isEmpty()) {
      return Optional.of(grid.textPlaces().get(0));
    }
    return Optional.empty();
  }

  private List<SheetGrid.Place> find(LabelSet label, Window w) {
    return grid.find(label).stream().filter(w::contains).toList();
  }

  FormData read() {
    if (title == null && labelsFound() == 0) {
      throw new IllegalStateException("read() on a sheet without the title of " + layout.id());
    }
    CellRef anchor = new CellRef(grid.name(), title.firstRow(), title.firstCol());
    Set<String> notFound = new HashSet<>();
    Map<String, FieldValue> fields = new LinkedHashMap<>();
    // The table first: where it starts bounds the fields above it.
    List<Map<String, FieldValue>> rows = table(layout.tableColumns(), form, notFound);
    for (FieldLayout f : layout.fields()) {
      if (!f.repeated() && !(f.locator() instanceof Locator.TableColumn)) {
        Located v = single(f.locator(), form);
        if (v == null) {
          notFound.add(f.key());
        } else {
          placements.put(f.key(), v.placement());
          if (v.value() != null) {
            fields.put(f.key(), v.value());
          }
        }
      }
    }
    if (!fields.containsKey(FieldKeys.MONEY_UNIT)) { // not on the form, or not in the layout at all
      moneyUnit(fields)
          .ifPresent(
              v -> {
                notFound.remove(FieldKeys.MONEY_UNIT);
                fields.put(FieldKeys.MONEY_UNIT, v);
                placements.put(FieldKeys.MONEY_UNIT, FormData.Placement.OWN_TEXT);
              });
    }
    List<FormData.Block> blocks = blocks(notFound);
    return Amounts.inFormUnit(
        new FormData(
            layout,
            grid.name(),
            anchor,
            year(),
            fields,
            rows,
            blocks,
            notFound,
            new FormData.Reading(
                placements, tableStart, uncalculated, external, fundsComplete(fields))));
  }

  /**
   * Whether every line of the funds block was read: no row between or just below the lines read
   * holds amounts in their columns. A line in a wording the layout does not know (财政专户管理资金) would
   * otherwise be missing from the sum of the sources.
   */
  private boolean fundsComplete(Map<String, FieldValue> fields) {
    Set<Integer> rows = new HashSet<>();
    Set<Integer> cols = new HashSet<>();
    placements.forEach(
        (key, how) -> {
          FieldValue v = fields.get(key);
          if (v != null
              && (how == FormData.Placement.GRID || how == FormData.Placement.UNDER_HEADER)
              && v.ref().row() < tableHeaderRow) {
            rows.add(v.ref().row());
            cols.add(v.ref().col());
          }
        });
    if (rows.isEmpty()) {
      return true;
    }
    int first = rows.stream().min(Integer::compare).orElseThrow();
    for (int r = first + 1; r < tableHeaderRow && r <= grid.lastRow(); r++) {
      boolean amounts = false;
      for (int c : cols) {
        FieldValue v = grid.value(r, c);
        // A number, or an amount typed as text: 10万元, 4,024,422.6.
        OptionalDouble typed = Notation.number(v);
        boolean amount =
            typed.isPresent() && typed.getAsDouble() != 0 || Amounts.written(v) != null;
        amounts |= amount && grid.placeOf(r, c).firstRow() == r;
      }
      if (!amounts && !rows.contains(r) && r > rows.stream().max(Integer::compare).orElseThrow()) {
        return true; // past the block
      }
      if (amounts && !rows.contains(r)) {
        return false;
      }
    }
    return true;
  }

  private static final Pattern UNIT_IN_LABEL = Pattern.compile("\\((万?元)\\)|单位:(万?元)");

  /**
   * The money unit where the layout's own unit label is not on the form: the first label above the
   * indicator table that states one (年度预算数（万元）, 单位：万元), else an amount written with its unit
   * (10000万元). Amounts are never read in the wrong unit for want of the template's wording.
   */
  private Optional<FieldValue> moneyUnit(Map<String, FieldValue> fields) {
    for (SheetGrid.Place p : grid.textPlaces()) {
      if (form.contains(p)
          && p.firstRow() < tableHeaderRow
          && UNIT_IN_LABEL.matcher(grid.compact(p)).find()) {
        return Optional.of(grid.value(p.firstRow(), p.firstCol()));
      }
    }
    return fields.values().stream()
        .filter(v -> Amounts.written(v) == MoneyUnit.TEN_THOUSAND_YUAN)
        .findFirst();
  }

  /**
   * A value found, and how; its value is null when the cell holds a formula that was never
   * calculated.
   */
  private record Located(FieldValue value, FormData.Placement placement) {}

  private final Map<String, FormData.Placement> placements = new HashMap<>();
  private final List<CellRef> uncalculated = new ArrayList<>();
  private final List<CellRef> external = new ArrayList<>();
  private CellRef tableStart;
  private int tableHeaderRow = Integer.MAX_VALUE;

  /**
   * The value at a cell, as the rules may use it: null for a formula never calculated (its stored
   * result is empty, and reading it would give 0), which is noted so the form can say so.
   */
  private FieldValue value(int row, int col) {
    FieldValue v = grid.value(row, col);
    if (grid.external(v.ref()) && !external.contains(v.ref())) {
      external.add(v.ref());
    }
    if (grid.uncalculated(v.ref())) {
      if (!uncalculated.contains(v.ref())) {
        uncalculated.add(v.ref());
      }
      return null;
    }
    return v;
  }

  /**
   * Whether a place shows a label or a header rather than a value: one of the layout's labels
   * (aliases included), the title, or the start of a block below the table. No value is read from
   * such a place and no finding is placed on it.
   */
  private boolean isLabel(SheetGrid.Place p) {
    String text = grid.text(p.firstRow(), p.firstCol());
    if (text.isEmpty()) {
      return false;
    }
    String label = Labels.normalize(text);
    return layout.isLabel(label)
        || grid.compact(p).contains(layout.title())
        || (label.length() <= 12
            && layout.vocabulary().endsTable(text)
            && !text.contains(":")
            && !text.contains("："));
  }

  private Located single(Locator l, Window w) {
    return l instanceof Locator.RightOf r
        ? rightOf(r, w)
        : l instanceof Locator.Grid g
            ? grid(g, w)
            : l instanceof Locator.OwnText o ? ownText(o.label(), w) : null;
  }

  private Located ownText(LabelSet label, Window w) {
    List<SheetGrid.Place> places = find(label, w);
    return places.isEmpty()
        ? null
        : new Located(
            grid.value(places.get(0).firstRow(), places.get(0).firstCol()),
            FormData.Placement.OWN_TEXT);
  }

  /**
   * The first cell right of the label's region (of its nth occurrence in the row); when that cell
   * is itself a label, or lies outside the form (the label reaches its right edge), the form prints
   * the label as a header and the value is under it.
   */
  private Located rightOf(Locator.RightOf r, Window w) {
    List<SheetGrid.Place> places = find(r.label(), w);
    for (int i = 0; i < places.size(); i++) {
      SheetGrid.Place p = places.get(i);
      int nth = 0;
      for (int j = 0; j < i; j++) {
        nth += places.get(j).firstRow() == p.firstRow() ? 1 : 0;
      }
      if (nth == r.nth()) {
        SheetGrid.Place right = grid.placeOf(p.firstRow(), p.lastCol() + 1);
        if (isLabel(right) || right.firstCol() > grid.formLastCol()) {
          // A label beside it, or the form's right edge (年度目标 across the form): the value is
          // under it, or nowhere the reader can be sure of.
          return under(p, w);
        }
        SheetGrid.Place filled = firstFilledRight(right);
        SheetGrid.Place at = filled != null && !isLabel(filled) ? filled : right;
        return new Located(value(at.firstRow(), at.firstCol()), FormData.Placement.RIGHT_OF_LABEL);
      }
    }
    return null;
  }

  /**
   * A blank cell right of a label may be a gap the form leaves before the value (项目名称 | | 乡村道路):
   * the first filled place to its right in the row, or null. Whether it is the value or the next
   * label decides the caller.
   */
  private SheetGrid.Place firstFilledRight(SheetGrid.Place right) {
    if (!grid.text(right.firstRow(), right.firstCol()).isBlank()
        || right.lastCol() > right.firstCol()) {
      return null; // filled, or a merged value box: the value is this place
    }
    int last = grid.lastCol(right.firstRow());
    for (int c = right.lastCol() + 1; c <= last && c <= right.lastCol() + 3; c++) {
      SheetGrid.Place p = grid.placeOf(right.firstRow(), c);
      if (!grid.text(p.firstRow(), p.firstCol()).isBlank()) {
        return p;
      }
      c = p.lastCol();
    }
    return null;
  }

  /** The value under a header: the next cell down, unless that is a label too. */
  private Located under(SheetGrid.Place header, Window w) {
    if (header.lastRow() + 1 >= w.to()) {
      return null;
    }
    SheetGrid.Place below = grid.placeOf(header.lastRow() + 1, header.firstCol());
    if (isLabel(below) || below.firstCol() != header.firstCol()) {
      return null;
    }
    return new Located(value(below.firstRow(), below.firstCol()), FormData.Placement.UNDER_HEADER);
  }

  /**
   * The crossing of a row label and the nearest header above it. A row label may be a merged region
   * that also spans the header row (项目资金（万元） over two rows): the value row is then the first row of
   * the region below the header. When the row label is not on the form and the template has the
   * value right under its header (the first line of a funds block), it is read there.
   */
  private Located grid(Locator.Grid g, Window w) {
    List<SheetGrid.Place> headers = find(g.header(), w);
    for (SheetGrid.Place row : find(g.rowLabel(), w)) {
      SheetGrid.Place best = null;
      for (SheetGrid.Place h : headers) {
        if (h.lastRow() < row.lastRow()
            && h.firstCol() > row.lastCol()
            && (best == null || h.lastRow() > best.lastRow())) {
          best = h;
        }
      }
      if (best != null) {
        SheetGrid.Place cross =
            grid.placeOf(Math.max(row.firstRow(), best.lastRow() + 1), best.firstCol());
        if (!isLabel(cross) && nearestAbove(cross, best)) {
          return new Located(value(cross.firstRow(), cross.firstCol()), FormData.Placement.GRID);
        }
      }
    }
    if (g.underHeader()) {
      for (SheetGrid.Place h :
          headers) { // the topmost: the funds block comes before the indicator table
        if (h.lastRow() >= tableHeaderRow || !inHeaderRow(h)) {
          continue;
        }
        Located under = under(h, w);
        if (under != null) {
          return under;
        }
      }
    }
    return null;
  }

  /**
   * Whether a header stands in a row of headers (年初预算数 | 全年预算数 | 全年执行数 …): only then are values
   * printed under it. A lone label (自评得分 | 98) has its value beside it.
   */
  private boolean inHeaderRow(SheetGrid.Place h) {
    int headers = 0;
    for (SheetGrid.Place p : grid.textPlaces()) {
      if (p.firstRow() <= h.lastRow()
          && p.lastRow() >= h.firstRow()
          && !p.equals(h)
          && gridHeaders().contains(grid.label(p.firstRow(), p.firstCol()))) {
        headers++;
      }
    }
    return headers >= 2;
  }

  private Set<String> gridHeaders;

  /** The column headers of the layout's grid fields, aliases included. */
  private Set<String> gridHeaders() {
    if (gridHeaders == null) {
      gridHeaders = new HashSet<>();
      layout.fields().stream()
          .filter(f -> f.locator() instanceof Locator.Grid)
          .forEach(f -> gridHeaders.addAll(((Locator.Grid) f.locator()).header().forms()));
    }
    return gridHeaders;
  }

  /**
   * Whether the header is the first label above the cell in its column: a person reads a grid that
   * way.
   */
  private boolean nearestAbove(SheetGrid.Place cell, SheetGrid.Place header) {
    for (int r = cell.firstRow() - 1; r > header.lastRow(); r--) {
      SheetGrid.Place p = grid.placeOf(r, header.firstCol());
      if (!p.equals(header) && isLabel(p)) {
        return false;
      }
      r = p.firstRow();
    }
    return true;
  }

  /**
   * The columns a table field takes in a row: its header's width, or its parts' (comparator | value
   * | unit); {@code comparator} is the column of a 指标性质 sub-column joined on its left (-1 when
   * none): its cells count only when they hold a comparator.
   */
  private record Span(int from, int to, int comparator) {}

  /**
   * A table in a window: the header row is the one showing most column headers; rows start after it
   * and any row of sub-headers (指标性质 | 指标值 | 度量单位), and run until the table ends ({@link
   * #tableEnd}). Blank rows and printed placeholders (指标1:) are dropped; 一级/二级 carry down; a field
   * printed over several columns is read as one value (≤ | 30 | 万元 → ≤30万元).
   */
  private List<Map<String, FieldValue>> table(
      List<FieldLayout> columns, Window w, Set<String> notFound) {
    if (columns.isEmpty()) {
      return List.of();
    }
    Map<String, SheetGrid.Place> header = headerRow(columns, w);
    if (header.isEmpty()) {
      columns.forEach(c -> notFound.add(c.key()));
      return List.of();
    }
    columns.stream().filter(c -> !header.containsKey(c.key())).forEach(c -> notFound.add(c.key()));
    Map<String, Span> spans = new HashMap<>();
    for (FieldLayout c : columns) {
      SheetGrid.Place h = header.get(c.key());
      if (h != null) {
        spans.put(c.key(), span(h, ((Locator.TableColumn) c.locator()).span(), isValue(c)));
      }
    }
    int firstCol = spans.values().stream().mapToInt(Span::from).min().orElseThrow();
    int lastCol = spans.values().stream().mapToInt(Span::to).max().orElseThrow();
    int start = header.values().stream().mapToInt(SheetGrid.Place::lastRow).max().orElseThrow() + 1;
    tableHeaderRow =
        Math.min(
            tableHeaderRow,
            header.values().stream().mapToInt(SheetGrid.Place::firstRow).min().orElseThrow());
    while (start < w.to() && isHeaderRow(start, firstCol, lastCol)) {
      start++;
    }
    int end = Math.min(w.to(), tableEnd(start, firstCol));
    FieldLayout nameColumn =
        columns.stream()
            .filter(c -> c.key().endsWith("name") && header.containsKey(c.key()))
            .findFirst()
            .orElse(null);
    if (tableStart == null && start < end) {
      int col = nameColumn != null ? header.get(nameColumn.key()).firstCol() : firstCol;
      SheetGrid.Place first = grid.placeOf(start, col);
      tableStart = new CellRef(grid.name(), first.firstRow(), first.firstCol());
    }
    // A header repeated inside the table (a page break in an export): the header's own label again.
    Map<String, Set<SheetGrid.Place>> headerCopies = new HashMap<>();
    for (FieldLayout c : columns) {
      headerCopies.put(c.key(), new HashSet<>(grid.find(c.locator().rowAnchor())));
    }
    List<Map<String, FieldValue>> rows = new ArrayList<>();
    Map<String, FieldValue> carried = new HashMap<>();
    for (int r = start; r < end; r++) {
      Map<String, FieldValue> row = new LinkedHashMap<>();
      boolean any = false;
      boolean repeatedHeader = false;
      // No indicator named (blank or a printed 指标1：): cells that only say "not applicable"
      // (/ — 不适用) leave the row blank.
      FieldValue named = nameColumn == null ? null : joined(r, spans.get(nameColumn.key()));
      boolean unnamed =
          named != null && (named.isBlank() || layout.vocabulary().isPlaceholder(named.text()));
      for (FieldLayout c : columns) {
        SheetGrid.Place h = header.get(c.key());
        if (h == null) {
          continue;
        }
        FieldValue v = joined(r, spans.get(c.key()));
        if (c.fillDown()) {
          if ((v == null || v.isBlank()) && carried.containsKey(c.key())) {
            v = carried.get(c.key());
          } else if (v != null && !v.isBlank()) {
            carried.put(c.key(), v);
          }
        } else {
          boolean filled =
              v != null
                  && !v.isBlank()
                  && !(c == nameColumn && layout.vocabulary().isPlaceholder(v.text()))
                  && !(unnamed && Vocabulary.isNotApplicable(v.text()));
          any |= filled || v == null;
          repeatedHeader |=
              filled && headerCopies.get(c.key()).contains(grid.placeOf(r, h.firstCol()));
        }
        if (v != null) {
          row.put(c.key(), v);
        }
      }
      if (any && !repeatedHeader) {
        rows.add(row);
      }
    }
    return rows;
  }

  /**
   * The columns of a table field: its header's merged width (at least the template's span), and the
   * comparator and unit sub-columns printed beside a value column (指标性质 | 指标值 | 度量单位).
   */
  private Span span(SheetGrid.Place h, int templateSpan, boolean value) {
    int from = h.firstCol();
    int to = Math.max(h.lastCol(), h.firstCol() + templateSpan - 1);
    if (!value) { // a 计量单位 right of 指标名称 (Chongqing) is the unit of the values, not the name's
      return new Span(from, to, -1);
    }
    int comparator = -1;
    if (from > 0) {
      SheetGrid.Place left = grid.placeOf(h.firstRow(), from - 1);
      if (Vocabulary.COMPARATOR_PARTS.contains(grid.label(left.firstRow(), left.firstCol()))) {
        from = left.firstCol();
        comparator = from;
      }
    }
    SheetGrid.Place right = grid.placeOf(h.firstRow(), to + 1);
    if (Vocabulary.UNIT_PARTS.contains(grid.label(right.firstRow(), right.firstCol()))) {
      to = right.lastCol();
    }
    return new Span(from, to, comparator);
  }

  /** A target or actual column: the only ones printed with comparator and unit sub-columns. */
  private static boolean isValue(FieldLayout c) {
    return c.key().endsWith(FieldKeys.Ind.TARGET)
        || c.key().endsWith(FieldKeys.Ind.TARGET_ADJUSTED)
        || c.key().endsWith(FieldKeys.Ind.ACTUAL);
  }

  /** A row of sub-headers under the header: every text in the table's columns is a label. */
  private boolean isHeaderRow(int row, int firstCol, int lastCol) {
    boolean any = false;
    for (int c = firstCol; c <= lastCol; c++) {
      SheetGrid.Place p = grid.placeOf(row, c);
      if (p.firstRow() != row || p.firstCol() != c || grid.text(row, c).isBlank()) {
        continue;
      }
      if (!isLabel(p)) {
        return false;
      }
      any = true;
    }
    return any;
  }

  /**
   * The value of a table field in a row: the one cell under its header, or the cells of its span
   * joined (≤ | 30 | 万元 → ≤30万元) when it is printed over several. Null when the value is a formula
   * never calculated.
   */
  private FieldValue joined(int row, Span span) {
    List<FieldValue> parts = new ArrayList<>();
    Set<SheetGrid.Place> seen = new HashSet<>();
    for (int c = span.from(); c <= span.to(); c++) {
      SheetGrid.Place p = grid.placeOf(row, c);
      if (!seen.add(p)) {
        continue;
      }
      FieldValue v = value(row, c);
      if (v == null) {
        return null;
      }
      if (c == span.comparator() && !Vocabulary.isComparator(v.text())) {
        continue; // 定量指标 / 定性指标: the indicator's nature, not its comparator (Chongqing)
      }
      parts.add(v);
    }
    List<FieldValue> filled = parts.stream().filter(v -> !v.isBlank()).toList();
    if (filled.size() <= 1) {
      return filled.isEmpty() ? parts.get(0) : filled.get(0);
    }
    StringBuilder text = new StringBuilder();
    FieldValue at = filled.get(0);
    for (FieldValue v : filled) {
      text.append(v.text());
      if (v.number() != null) {
        at = v; // a finding about the value points at the number, not at its comparator
      }
    }
    return FieldValue.text(at.ref(), text.toString());
  }

  /**
   * Where the table ends: at the label of a field below it (总分), or at a row whose first cells
   * (left of or in the table's first column) say the table is over: a total row (合计, 总计), a
   * following block (评价结论, 存在问题…) or the signatures (项目负责人：…, 联系电话).
   */
  private int tableEnd(int start, int firstCol) {
    int end = grid.lastRow() + 1;
    for (LabelSet stop : layout.tableEnds()) {
      for (SheetGrid.Place p : grid.find(stop)) {
        if (p.firstRow() >= start && p.firstRow() < end) {
          end = p.firstRow();
        }
      }
    }
    for (SheetGrid.Place p : grid.textPlaces()) {
      if (p.firstRow() >= start
          && p.firstRow() < end
          && p.firstCol() <= firstCol
          && layout.vocabulary().endsTable(grid.text(p.firstRow(), p.firstCol()))) {
        end = p.firstRow();
      }
    }
    return end;
  }

  private Map<String, SheetGrid.Place> headerRow(List<FieldLayout> columns, Window w) {
    Map<Integer, Map<String, SheetGrid.Place>> byRow = new HashMap<>();
    for (FieldLayout c : columns) {
      int nth = ((Locator.TableColumn) c.locator()).nth();
      Map<Integer, Integer> seen =
          new HashMap<>(); // header row → occurrences so far, left to right
      for (SheetGrid.Place p : find(c.locator().rowAnchor(), w)) {
        for (int r = p.firstRow(); r <= p.lastRow(); r++) {
          if (seen.merge(r, 1, Integer::sum) - 1 == nth) {
            byRow.computeIfAbsent(r, k -> new HashMap<>()).put(c.key(), p);
          }
        }
      }
    }
    return byRow.entrySet().stream()
        .max(
            (a, b) ->
                a.getValue().size() != b.getValue().size()
                    ? Integer.compare(a.getValue().size(), b.getValue().size())
                    : Integer.compare(b.getKey(), a.getKey()))
        .filter(e -> e.getValue().size() * 2 >= columns.size())
        .map(Map.Entry::getValue)
        .orElse(Map.of());
  }

  /**
   * The repeating blocks: each starts at a heading that matches the layout's numbered heading (年度目标
   * 1, 年度目标 2, …) and runs to the next heading, the last one to the first label below the tables
   * (总分).
   */
  private List<FormData.Block> blocks(Set<String> notFound) {
    Pattern heading = layout.blockHeading();
    if (heading == null) {
      return List.of();
    }
    List<SheetGrid.Place> starts =
        grid.textPlaces().stream()
            .filter(form::contains)
            .filter(p -> heading.matcher(grid.label(p.firstRow(), p.firstCol())).matches())
            .toList();
    List<FieldLayout> singles =
        layout.blockFields().stream()
            .filter(f -> !(f.locator() instanceof Locator.TableColumn))
            .toList();
    List<FieldLayout> columns =
        layout.blockFields().stream()
            .filter(f -> f.locator() instanceof Locator.TableColumn)
            .toList();
    List<FormData.Block> blocks = new ArrayList<>();
    for (int i = 0; i < starts.size(); i++) {
      SheetGrid.Place start = starts.get(i);
      int to =
          i + 1 < starts.size()
              ? starts.get(i + 1).firstRow()
              : tableEnd(start.lastRow() + 1, start.firstCol());
      Window w = new Window(start.firstRow(), to);
      FieldValue headingValue = grid.value(start.firstRow(), start.firstCol());
      Map<String, FieldValue> fields = new LinkedHashMap<>();
      for (FieldLayout f : singles) {
        FieldValue v =
            f.locator() instanceof Locator.OwnText
                ? headingValue
                : isRightOfHeading(f.locator(), heading)
                    ? value(start.firstRow(), start.lastCol() + 1)
                    : valueOf(single(f.locator(), w));
        if (v != null) {
          fields.put(f.key(), v);
        }
      }
      blocks.add(new FormData.Block(headingValue, fields, table(columns, w, notFound)));
    }
    return blocks;
  }

  private static FieldValue valueOf(Located l) {
    return l == null ? null : l.value();
  }

  /** A block's own text sits right of its heading, whatever number the heading carries. */
  private static boolean isRightOfHeading(Locator l, Pattern heading) {
    return l instanceof Locator.RightOf r && heading.matcher(r.label().name()).matches();
  }

  /** The budget year, from the title or the lines under it: (2021 年度). */
  private Integer year() {
    for (int r = title.firstRow(); r <= title.lastRow() + 3 && r <= grid.lastRow(); r++) {
      for (int c = 0; c <= Math.max(grid.lastCol(r), title.lastCol()); c++) {
        Matcher m = YEAR.matcher(Labels.compact(grid.text(r, c)));
        if (m.find()) {
          return Integer.parseInt(m.group(1));
        }
      }
    }
    return null;
  }
}
