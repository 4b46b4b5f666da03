package org.perfsheet.rules;

import java.util.List;
import java.util.Set;
import org.perfsheet.model.FieldValue;
import org.perfsheet.model.Indicator;

/**
 * Budget execution printed as an indicator row (预算执行率 under 过程 / 资金管理, as the 10号 evaluation
 * framework has it) instead of a funds block (docs/domain.md §4.6): the row is scored as budget
 * execution, and its weight is part of the 100 points the indicators share.
 */
final class BudgetRow {

  private static final Set<String> NAMES = Set.of("预算执行率", "预算执行情况", "资金执行率", "预算资金执行率");

  private BudgetRow() {}

  static boolean is(Indicator i) {
    return isName(i.name());
  }

  /** Whether a 三级 name cell names budget execution. */
  static boolean isName(FieldValue name) {
    return name != null && NAMES.contains(Taxonomy.key(name.text()));
  }

  static boolean any(List<Indicator> indicators) {
    return indicators.stream().anyMatch(BudgetRow::is);
  }
}
