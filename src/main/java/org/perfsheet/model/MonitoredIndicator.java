package org.perfsheet.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One indicator row of a monitoring form: the levels and target as declared, the actual to date and
 * the forecast for the year, the cause ticks with their 原因说明, and which of the three possibilities
 * is ticked.
 *
 * @param causes the five cause tick cells (经费保障, 制度保障, 人员保障, 硬件条件保障, 其他), in that order; a cell the
 *     layout lacks is null
 * @param possibilities 确定能, 有可能, 完全不可能, in that order; null where the layout lacks one
 * @param possibility the one 完成目标可能性 cell holding the word, on layouts that print it so (then the
 *     three tick cells are null); null otherwise
 */
public record MonitoredIndicator(
    FieldValue level1,
    FieldValue level2,
    FieldValue name,
    FieldValue target,
    FieldValue actual,
    FieldValue forecast,
    List<FieldValue> causes,
    FieldValue reason,
    List<FieldValue> possibilities,
    FieldValue possibility,
    FieldValue note) {

  public static final List<String> CAUSES = List.of("经费保障", "制度保障", "人员保障", "硬件条件保障", "其他");
  public static final List<String> POSSIBILITIES = List.of("确定能", "有可能", "完全不可能");

  public MonitoredIndicator {
    causes = Collections.unmodifiableList(new ArrayList<>(causes));
    possibilities = Collections.unmodifiableList(new ArrayList<>(possibilities));
  }

  /** The row as an indicator of the shared rules (levels, declared targets): no weight or score. */
  public Indicator asIndicator() {
    return new Indicator(level1, level2, name, target, actual, null, null, reason);
  }

  public String displayName() {
    return asIndicator().displayName();
  }
}
