package org.perfsheet.template;

import java.util.Optional;
import org.perfsheet.notation.Measure;
import org.perfsheet.notation.Notation;

/** Declared targets as bounds Excel can compare. */
final class Declarations {

  private Declarations() {}

  /** A quantitative target as Excel holds the typed actual: 95% → 0.95; ranges by their floor. */
  static Optional<TargetBounds.Bound> bound(String target) {
    Measure m = Notation.parse(target);
    if (m instanceof Measure.Quantity q) {
      String c = switch (q.comparator()) {
        case GE -> ">=";
        case GT -> ">";
        case LE -> "<=";
        case LT -> "<";
        case EQ -> "=";
      };
      return Optional.of(new TargetBounds.Bound(c, q.percent() ? q.value() / 100 : q.value()));
    }
    if (m instanceof Measure.Range r) {
      return Optional.of(new TargetBounds.Bound(">=", r.unit().equals("%") ? r.low() / 100 : r.low()));
    }
    return Optional.empty();
  }

}
