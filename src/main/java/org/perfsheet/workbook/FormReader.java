package org.perfsheet.workbook;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.perfsheet.layout.FieldLayout;
import org.perfsheet.layout.FormData;
import org.perfsheet.layout.LabelSet;
import org.perfsheet.layout.Labels;
import org.perfsheet.layout.Layout;
import org.perfsheet.layout.Locator;
import org.perfsheet.model.CellRef;
import org.perfsheet.model.FieldValue;

/**
 * Finds a layout's fields on one sheet by their labels, wherever the form starts: the title
 * first, then every field relative to the labels the template put around it. Searches run in a
 * window of rows: the whole form below the title, or one repeating block (年度目标 N) of it.
 */
final class FormReader {

  /** Share of a layout's labels a sheet must show to be read as that form. */
  static final double MIN_COVERAGE = 0.6;

  private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年");

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

  /** How many of the layout's labels the sheet shows below the title; 0 when the title is missing. */
  int labelsFound() {
    if (found == null) {
      title = findTitle().orElse(null);
      form = title == null ? null : new Window(title.firstRow(), grid.lastRow() + 1);
      found = title == null ? 0 : (int) layout.anchors().stream().filter(a -> !find(a, form).isEmpty()).count();
    }
    return found;
  }

  /** The share of the layout's labels found: below {@link #MIN_COVERAGE} the sheet is not this form. */
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
    for (FieldLayout f : layout.fields()) {
      if (!f.repeated() && !(f.locator() instanceof Locator.TableColumn)) {
        FieldValue v = single(f.locator(), form);
        if (v == null) {
          notFound.add(f.key());
          v = FieldValue.blank(nearest(f.locator(), anchor));
        }
        fields.put(f.key(), v);
      }
    }
    List<Map<String, FieldValue>> rows = table(layout.tableColumns(), form, notFound);
    return new FormData(layout, grid.name(), anchor, year(), fields, rows, blocks(notFound), notFound);
  }

  /**
   * Where a field that is not on the sheet should have been, so its finding points somewhere
   * useful: its column header, else its label, else the title.
   */
  private CellRef nearest(Locator l, CellRef anchor) {
    List<LabelSet> labels = new ArrayList<>(l.labels());
    java.util.Collections.reverse(labels); // a grid's header before its row label
    for (LabelSet label : labels) {
      List<SheetGrid.Place> places = find(label, form);
      if (!places.isEmpty()) {
        return new CellRef(grid.name(), places.get(0).firstRow(), places.get(0).firstCol());
      }
    }
    return anchor;
  }

  private FieldValue single(Locator l, Window w) {
    return l instanceof Locator.RightOf r ? rightOf(r, w)
        : l instanceof Locator.Grid g ? grid(g, w)
        : l instanceof Locator.OwnText o ? ownText(o.label(), w) : null;
  }

  private FieldValue ownText(LabelSet label, Window w) {
    List<SheetGrid.Place> places = find(label, w);
    return places.isEmpty() ? null : grid.value(places.get(0).firstRow(), places.get(0).firstCol());
  }

  /** The first cell right of the label's region (of its nth occurrence in the row). */
  private FieldValue rightOf(Locator.RightOf r, Window w) {
    List<SheetGrid.Place> places = find(r.label(), w);
    for (int i = 0; i < places.size(); i++) {
      SheetGrid.Place p = places.get(i);
      int nth = 0;
      for (int j = 0; j < i; j++) {
        nth += places.get(j).firstRow() == p.firstRow() ? 1 : 0;
      }
      if (nth == r.nth()) {
        return grid.value(p.firstRow(), p.lastCol() + 1);
      }
    }
    return null;
  }

  /**
   * The crossing of a row label and the nearest header above it. A row label may be a merged
   * region that also spans the header row (项目资金（万元） over two rows): the value row is then the
   * first row of the region below the header.
   */
  private FieldValue grid(Locator.Grid g, Window w) {
    List<SheetGrid.Place> headers = find(g.header(), w);
    for (SheetGrid.Place row : find(g.rowLabel(), w)) {
      SheetGrid.Place best = null;
      for (SheetGrid.Place h : headers) {
        if (h.lastRow() < row.lastRow() && h.firstCol() > row.lastCol()
            && (best == null || h.lastRow() > best.lastRow())) {
          best = h;
        }
      }
      if (best != null) {
        return grid.value(Math.max(row.firstRow(), best.lastRow() + 1), best.firstCol());
      }
    }
    return null;
  }

  /**
   * A table in a window: the header row is the one showing most column headers; rows run until a
   * label of a field below the table (总分) or the end of the window. Blank rows are dropped;
   * 一级/二级 carry down.
   */
  private List<Map<String, FieldValue>> table(List<FieldLayout> columns, Window w, Set<String> notFound) {
    if (columns.isEmpty()) {
      return List.of();
    }
    Map<String, SheetGrid.Place> header = headerRow(columns, w);
    if (header.isEmpty()) {
      columns.forEach(c -> notFound.add(c.key()));
      return List.of();
    }
    int start = header.values().stream().mapToInt(SheetGrid.Place::lastRow).max().orElseThrow() + 1;
    int end = Math.min(w.to(), tableEnd(start));
    columns.stream().filter(c -> !header.containsKey(c.key())).forEach(c -> notFound.add(c.key()));
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
      for (FieldLayout c : columns) {
        SheetGrid.Place h = header.get(c.key());
        if (h == null) {
          continue;
        }
        FieldValue v = grid.value(r, h.firstCol());
        if (c.fillDown()) {
          if (v.isBlank() && carried.containsKey(c.key())) {
            v = carried.get(c.key());
          } else if (!v.isBlank()) {
            carried.put(c.key(), v);
          }
        } else {
          any |= !v.isBlank();
          repeatedHeader |= !v.isBlank() && headerCopies.get(c.key()).contains(grid.placeOf(r, h.firstCol()));
        }
        row.put(c.key(), v);
      }
      if (any && !repeatedHeader) {
        rows.add(row);
      }
    }
    return rows;
  }

  /** The first row at or after {@code start} holding a label of a field below the tables. */
  private int tableEnd(int start) {
    int end = grid.lastRow() + 1;
    for (LabelSet stop : layout.tableEnds()) {
      for (SheetGrid.Place p : grid.find(stop)) {
        if (p.firstRow() >= start && p.firstRow() < end) {
          end = p.firstRow();
        }
      }
    }
    return end;
  }

  private Map<String, SheetGrid.Place> headerRow(List<FieldLayout> columns, Window w) {
    Map<Integer, Map<String, SheetGrid.Place>> byRow = new HashMap<>();
    for (FieldLayout c : columns) {
      for (SheetGrid.Place p : find(c.locator().rowAnchor(), w)) {
        for (int r = p.firstRow(); r <= p.lastRow(); r++) {
          byRow.computeIfAbsent(r, k -> new HashMap<>()).putIfAbsent(c.key(), p);
        }
      }
    }
    return byRow.entrySet().stream()
        .max((a, b) -> a.getValue().size() != b.getValue().size() ? Integer.compare(a.getValue().size(), b.getValue().size())
            : Integer.compare(b.getKey(), a.getKey()))
        .filter(e -> e.getValue().size() * 2 >= columns.size())
        .map(Map.Entry::getValue).orElse(Map.of());
  }

  /**
   * The repeating blocks: each starts at a heading that matches the layout's numbered heading
   * (年度目标 1, 年度目标 2, …) and runs to the next heading, the last one to the first label below
   * the tables (总分).
   */
  private List<FormData.Block> blocks(Set<String> notFound) {
    Pattern heading = layout.blockHeading();
    if (heading == null) {
      return List.of();
    }
    List<SheetGrid.Place> starts = grid.textPlaces().stream().filter(form::contains)
        .filter(p -> heading.matcher(grid.label(p.firstRow(), p.firstCol())).matches()).toList();
    List<FieldLayout> singles = layout.blockFields().stream()
        .filter(f -> !(f.locator() instanceof Locator.TableColumn)).toList();
    List<FieldLayout> columns = layout.blockFields().stream()
        .filter(f -> f.locator() instanceof Locator.TableColumn).toList();
    List<FormData.Block> blocks = new ArrayList<>();
    for (int i = 0; i < starts.size(); i++) {
      SheetGrid.Place start = starts.get(i);
      int to = i + 1 < starts.size() ? starts.get(i + 1).firstRow() : tableEnd(start.lastRow() + 1);
      Window w = new Window(start.firstRow(), to);
      FieldValue headingValue = grid.value(start.firstRow(), start.firstCol());
      Map<String, FieldValue> fields = new LinkedHashMap<>();
      for (FieldLayout f : singles) {
        FieldValue v = f.locator() instanceof Locator.OwnText ? headingValue
            : isRightOfHeading(f.locator(), heading) ? grid.value(start.firstRow(), start.lastCol() + 1)
            : single(f.locator(), w);
        fields.put(f.key(), v == null ? FieldValue.blank(headingValue.ref()) : v);
      }
      blocks.add(new FormData.Block(headingValue, fields, table(columns, w, notFound)));
    }
    return blocks;
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
