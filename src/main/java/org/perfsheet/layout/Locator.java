package org.perfsheet.layout;

/**
 * How a field is found on a sheet, learned from where the template puts it. Labels are
 * normalised ({@link Labels#normalize}); a {@link LabelSet} also matches the aliases listed in
 * the template's legend.
 */
public sealed interface Locator {

  /** The label that places this field's row: the row label, the header of a column, the label itself. */
  LabelSet rowAnchor();

  /** Every label this locator relies on. */
  java.util.List<LabelSet> labels();

  /**
   * A single value to the right of its label: 项目名称 | value. {@code nth} counts earlier
   * occurrences of the same label in the row (a declaration has 其他资金 twice in one row).
   */
  record RightOf(LabelSet label, int nth) implements Locator {
    public LabelSet rowAnchor() {
      return label;
    }

    public java.util.List<LabelSet> labels() {
      return java.util.List.of(label);
    }
  }

  /**
   * A value at the crossing of a row label and a column header: the 全年预算数 of 年度资金总额, the 得分
   * of 总分. The header is the nearest one above the row.
   */
  record Grid(LabelSet rowLabel, LabelSet header) implements Locator {
    public LabelSet rowAnchor() {
      return rowLabel;
    }

    public java.util.List<LabelSet> labels() {
      return java.util.List.of(rowLabel, header);
    }
  }

  /** A column of the indicator table, under its header. */
  record TableColumn(LabelSet header) implements Locator {
    public LabelSet rowAnchor() {
      return header;
    }

    public java.util.List<LabelSet> labels() {
      return java.util.List.of(header);
    }
  }

  /** A label whose own text is the value: the title, 项目资金（万元） whose unit matters. */
  record OwnText(LabelSet label) implements Locator {
    public LabelSet rowAnchor() {
      return label;
    }

    public java.util.List<LabelSet> labels() {
      return java.util.List.of(label);
    }
  }
}
