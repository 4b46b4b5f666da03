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
 * first, then every field relative to the labels the template put around it.
 */
final class FormReader {

  /** Share of a layout's labels a sheet must show to be read as that form. */
  static final double MIN_COVERAGE = 0.6;

  private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年");

  private final Layout layout;

  Layout layout() {
    return layout;
  }
  private final SheetGrid grid;
  private SheetGrid.Place title;

  FormReader(Layout layout, SheetGrid grid) {
    this.layout = layout;
    this.grid = grid;
  }

  /** How many of the layout's labels the sheet shows below the title; 0 when the title is missing. */
  int labelsFound() {
    title = findTitle().orElse(null);
    if (title == null) {
      return 0;
    }
    return (int) layout.anchors().stream().filter(a -> !below(grid.find(a)).isEmpty()).count();
  }

  /** The share of the layout's labels found: below {@link #MIN_COVERAGE} the sheet is not this form. */
  double coverage() {
    int total = layout.anchors().size();
    return total == 0 ? (title == null ? 0 : 1) : (double) labelsFound() / total;
  }

  private Optional<SheetGrid.Place> findTitle() {
    for (SheetGrid.Place p : grid.textPlaces()) {
      if (Labels.compact(grid.text(p.firstRow(), p.firstCol())).contains(layout.title())) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /** Places at or below the title: a form is read from its title down. */
  private List<SheetGrid.Place> below(List<SheetGrid.Place> places) {
    return places.stream().filter(p -> p.firstRow() >= title.firstRow()).toList();
  }

  FormData read() {
    if (title == null && labelsFound() == 0) {
      throw new IllegalStateException("read() on a sheet without the title of " + layout.id());
    }
    CellRef anchor = new CellRef(grid.name(), title.firstRow(), title.firstCol());
    Map<String, FieldValue> fields = new LinkedHashMap<>();
    Set<String> notFound = new HashSet<>();
    for (FieldLayout f : layout.fields()) {
      if (f.locator() instanceof Locator.TableColumn) {
        continue;
      }
      Locator l = f.locator();
      FieldValue v = l instanceof Locator.RightOf r ? rightOf(r.label())
          : l instanceof Locator.Grid g ? grid(g)
          : l instanceof Locator.OwnText o ? ownText(o.label()) : null;
      if (v == null) {
        notFound.add(f.key());
        v = FieldValue.blank(anchor);
      }
      fields.put(f.key(), v);
    }
    List<Map<String, FieldValue>> rows = table(notFound);
    return new FormData(layout, grid.name(), anchor, year(), fields, rows, notFound);
  }

  private FieldValue ownText(LabelSet label) {
    List<SheetGrid.Place> places = below(grid.find(label));
    return places.isEmpty() ? null : grid.value(places.get(0).firstRow(), places.get(0).firstCol());
  }

  /** The first cell right of the label's region; blank when the sheet ends there. */
  private FieldValue rightOf(LabelSet label) {
    for (SheetGrid.Place p : below(grid.find(label))) {
      return grid.value(p.firstRow(), p.lastCol() + 1);
    }
    return null;
  }

  /**
   * The crossing of a row label and the nearest header above it. A row label may be a merged
   * region that also spans the header row (项目资金（万元） over two rows): the value row is then the
   * first row of the region below the header.
   */
  private FieldValue grid(Locator.Grid g) {
    List<SheetGrid.Place> headers = below(grid.find(g.header()));
    for (SheetGrid.Place row : below(grid.find(g.rowLabel()))) {
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
   * The indicator table: the header row is the one showing most column headers; rows run until a
   * label of a field below the table (总分). Blank rows are dropped; 一级/二级 carry down.
   */
  private List<Map<String, FieldValue>> table(Set<String> notFound) {
    List<FieldLayout> columns = layout.tableColumns();
    if (columns.isEmpty()) {
      return List.of();
    }
    Map<String, SheetGrid.Place> header = headerRow(columns);
    if (header.isEmpty()) {
      columns.forEach(c -> notFound.add(c.key()));
      return List.of();
    }
    int start = header.values().stream().mapToInt(SheetGrid.Place::lastRow).max().orElseThrow() + 1;
    int end = grid.lastRow() + 1;
    for (LabelSet stop : layout.tableEnds()) {
      for (SheetGrid.Place p : grid.find(stop)) {
        if (p.firstRow() >= start && p.firstRow() < end) {
          end = p.firstRow();
        }
      }
    }
    columns.stream().filter(c -> !header.containsKey(c.key())).forEach(c -> notFound.add(c.key()));
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
          repeatedHeader |= ((Locator.TableColumn) c.locator()).header().matches(Labels.normalize(v.text()));
        }
        row.put(c.key(), v);
      }
      if (any && !repeatedHeader) {
        rows.add(row);
      }
    }
    return rows;
  }

  private Map<String, SheetGrid.Place> headerRow(List<FieldLayout> columns) {
    Map<Integer, Map<String, SheetGrid.Place>> byRow = new HashMap<>();
    for (FieldLayout c : columns) {
      for (SheetGrid.Place p : below(grid.find(((Locator.TableColumn) c.locator()).header()))) {
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

  /** The budget year, from the title or the line under it: (2021 年度). */
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
