package org.perfsheet.layout;

import java.util.List;

/**
 * How a field is found on a sheet, learned from where the template puts it. Labels are normalised
 * ({@link Labels#normalize}); a {@link LabelSet} also matches the aliases listed in the template's
 * legend.
 */
public sealed interface Locator {

  /**
   * The label that places this field's row: the row label, the header of a column, the label
   * itself.
   */
  LabelSet rowAnchor();

  /** Every label this locator relies on. */
  List<LabelSet> labels();

  /**
   * A single value to the right of its label: 项目名称 | value. {@code nth} counts earlier occurrences
   * of the same label in the row (a declaration has 其他资金 twice in one row).
   */
  record RightOf(LabelSet label, int nth) implements Locator {
    public LabelSet rowAnchor() {
      return label;
    }

    public List<LabelSet> labels() {
      return List.of(label);
    }
  }

  /**
   * A value at the crossing of a row label and a column header: the 全年预算数 of 年度资金总额, the 得分 of 总分.
   * The header is the nearest one above the row. {@code underHeader}: in the template the value
   * sits right under its header (the first line of a funds block), so a form whose row label reads
   * differently still shows the value there.
   */
  record Grid(LabelSet rowLabel, LabelSet header, boolean underHeader) implements Locator {
    public Grid(LabelSet rowLabel, LabelSet header) {
      this(rowLabel, header, false);
    }

    public LabelSet rowAnchor() {
      return rowLabel;
    }

    public List<LabelSet> labels() {
      return List.of(rowLabel, header);
    }
  }

  /**
   * A column of the indicator table, under its header. {@code span}: how many columns the field
   * takes in the template (a target printed as comparator | value | unit takes three); a header
   * merged over several columns spans them too. {@code nth}: earlier headers of the same label in
   * the header row (a declaration printing 二级指标（长期） … 二级指标（年度）: brackets aside, the same label
   * twice).
   */
  record TableColumn(LabelSet header, int span, int nth) implements Locator {
    public TableColumn(LabelSet header) {
      this(header, 1, 0);
    }

    public LabelSet rowAnchor() {
      return header;
    }

    public List<LabelSet> labels() {
      return List.of(header);
    }
  }

  /** A label whose own text is the value: the title, 项目资金（万元） whose unit matters. */
  record OwnText(LabelSet label) implements Locator {
    public LabelSet rowAnchor() {
      return label;
    }

    public List<LabelSet> labels() {
      return List.of(label);
    }
  }
}
