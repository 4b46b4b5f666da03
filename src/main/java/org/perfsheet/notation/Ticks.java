package org.perfsheet.notation;

import java.util.Locale;
import java.util.Set;
import org.perfsheet.model.FieldValue;

/**
 * Tick cells of the monitoring form (偏差原因, 完成目标可能性): a tick is any of ✔ ✓ √ 是 Y 1 x X, full-width
 * or not; anything else, blank included, is not ticked.
 */
public final class Ticks {

  private static final Set<String> TICKS = Set.of("✔", "✓", "√", "✔️", "☑", "是", "y", "1", "x");

  private Ticks() {}

  public static boolean ticked(FieldValue v) {
    if (v == null || v.isBlank()) {
      return false;
    }
    if (v.number() != null) {
      return v.number() == 1;
    }
    return TICKS.contains(Notation.normalize(v.text()).toLowerCase(Locale.ROOT));
  }
}
