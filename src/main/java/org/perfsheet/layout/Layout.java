package org.perfsheet.layout;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.perfsheet.model.FormKind;

/**
 * A form layout learned from one template workbook: which kind of form, the title words that
 * identify it, and where each field is. This is all the reader knows about a layout; adding a
 * regional variant means adding a template, not code.
 *
 * @param id    the template file's stem, e.g. {@code self-evaluation}
 * @param title the words a sheet's title must contain, normalised (e.g. 项目支出绩效自评表)
 */
public record Layout(String id, FormKind kind, String title, List<FieldLayout> fields) {

  public Layout {
    fields = List.copyOf(fields);
  }

  public Optional<FieldLayout> field(String key) {
    return fields.stream().filter(f -> f.key().equals(key)).findFirst();
  }

  public List<FieldLayout> tableColumns() {
    return fields.stream().filter(f -> f.locator() instanceof Locator.TableColumn).toList();
  }

  /** Row labels of the fields below the table: where the indicator table ends. */
  public List<LabelSet> tableEnds() {
    return fields.stream().filter(FieldLayout::below).map(f -> f.locator().rowAnchor()).distinct().toList();
  }

  /** Every label the layout relies on: how well a sheet matches is how many of them it has. */
  public Set<LabelSet> anchors() {
    return fields.stream().flatMap(f -> f.locator().labels().stream())
        .filter(l -> !l.name().contains(title)).collect(Collectors.toSet());
  }
}
