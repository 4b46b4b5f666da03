package org.perfsheet.layout;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
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

  /** The columns of the main indicator table (not of a repeating block). */
  public List<FieldLayout> tableColumns() {
    return fields.stream().filter(f -> f.locator() instanceof Locator.TableColumn && !f.repeated()).toList();
  }

  /** The fields of the repeating block, its heading first; empty when the layout has none. */
  public List<FieldLayout> blockFields() {
    return fields.stream().filter(FieldLayout::repeated).toList();
  }

  /**
   * The block heading as a pattern: the heading label with its number generalised, so
   * {@code 年度目标1} finds 年度目标 1 … 年度目标 12. Null when the layout has no repeating block.
   */
  public Pattern blockHeading() {
    return fields.stream().filter(f -> f.repeated() && f.locator() instanceof Locator.OwnText)
        .map(f -> numbered(f.locator().rowAnchor().name())).findFirst().orElse(null);
  }

  private static Pattern numbered(String label) {
    StringBuilder regex = new StringBuilder("^");
    for (String part : label.split("[0-9]+", -1)) {
      regex.append(Pattern.quote(part)).append("\\d+");
    }
    regex.setLength(regex.length() - 3);
    return Pattern.compile(regex.append("$").toString());
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
