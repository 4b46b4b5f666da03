package org.perfsheet.layout;

import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.perfsheet.model.FormKind;

/**
 * A form layout learned from one template workbook: which kind of form, the title words that
 * identify it, and where each field is. This is all the reader knows about a layout; adding a
 * regional variant means adding a template, not code. Its {@code id} is the template file's stem
 * ({@code self-evaluation}); its {@code title} the words a sheet's title must contain, normalised
 * (项目支出绩效自评表).
 */
public final class Layout {

  private final String id;
  private final FormKind kind;
  private final String title;
  private final List<FieldLayout> fields;
  // Views the reader asks for on every sheet of every workbook: worked out once.
  private final List<FieldLayout> tableColumns;
  private final List<FieldLayout> blockFields;
  private final Pattern blockHeading;
  private final List<LabelSet> tableEnds;
  private final Set<LabelSet> anchors;
  private final Set<String> labelForms;
  private final Vocabulary vocabulary;

  public Layout(String id, FormKind kind, String title, List<FieldLayout> fields) {
    this(id, kind, title, fields, Vocabulary.NONE);
  }

  public Layout(
      String id, FormKind kind, String title, List<FieldLayout> fields, Vocabulary vocabulary) {
    this.id = id;
    this.vocabulary = vocabulary;
    this.kind = kind;
    this.title = title;
    this.fields = List.copyOf(fields);
    this.tableColumns =
        this.fields.stream()
            .filter(f -> f.locator() instanceof Locator.TableColumn && !f.repeated())
            .toList();
    this.blockFields = this.fields.stream().filter(FieldLayout::repeated).toList();
    this.blockHeading =
        this.fields.stream()
            .filter(f -> f.repeated() && f.locator() instanceof Locator.OwnText)
            .map(f -> numbered(f.locator().rowAnchor().name()))
            .findFirst()
            .orElse(null);
    this.tableEnds =
        this.fields.stream()
            .filter(FieldLayout::below)
            .map(f -> f.locator().rowAnchor())
            .distinct()
            .toList();
    this.anchors =
        Collections.unmodifiableSet(
            this.fields.stream()
                .flatMap(f -> f.locator().labels().stream())
                .filter(l -> !l.name().contains(title))
                .collect(Collectors.toSet()));
    Set<String> forms = new HashSet<>();
    this.fields.forEach(f -> f.locator().labels().forEach(l -> forms.addAll(l.forms())));
    forms.add(title);
    forms.addAll(Vocabulary.COMPARATOR_PARTS);
    forms.addAll(Vocabulary.UNIT_PARTS);
    this.labelForms = Set.copyOf(forms);
  }

  /** What a template adds to the built-in table words: levels, table ends, placeholders. */
  public Vocabulary vocabulary() {
    return vocabulary;
  }

  /**
   * Every label of the layout, aliases included, normalised: a cell showing one of them is a label
   * or a header, never a value, so no value is read from it and no finding is placed on it.
   */
  public boolean isLabel(String normalized) {
    return labelForms.contains(normalized) || vocabulary.printed().contains(normalized);
  }

  public String id() {
    return id;
  }

  public FormKind kind() {
    return kind;
  }

  public String title() {
    return title;
  }

  public List<FieldLayout> fields() {
    return fields;
  }

  public Optional<FieldLayout> field(String key) {
    return fields.stream().filter(f -> f.key().equals(key)).findFirst();
  }

  /** The columns of the main indicator table (not of a repeating block). */
  public List<FieldLayout> tableColumns() {
    return tableColumns;
  }

  /** The fields of the repeating block, its heading first; empty when the layout has none. */
  public List<FieldLayout> blockFields() {
    return blockFields;
  }

  /**
   * The block heading as a pattern: the heading label with its number generalised, so {@code 年度目标1}
   * finds 年度目标 1 … 年度目标 12. Null when the layout has no repeating block.
   */
  public Pattern blockHeading() {
    return blockHeading;
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
    return tableEnds;
  }

  /** Every label the layout relies on: how well a sheet matches is how many of them it has. */
  public Set<LabelSet> anchors() {
    return anchors;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Layout l
        && id.equals(l.id)
        && kind == l.kind
        && title.equals(l.title)
        && fields.equals(l.fields);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, kind, title, fields);
  }

  @Override
  public String toString() {
    return "Layout[id=" + id + ", kind=" + kind + ", title=" + title + ", fields=" + fields + "]";
  }
}
