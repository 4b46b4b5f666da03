package org.perfsheet.rules;

import java.util.List;
import org.perfsheet.notation.Measure;
import org.perfsheet.scoring.Outcome;

/**
 * Whether an indicator's direction is in doubt. A bare number means = (docs/domain.md §3), which
 * the rules score as a positive target; but department forms print control rates without a
 * comparator (预算调整率 3%, 公用经费控制率 100%, Chongqing), where lower is better and an actual below the
 * target is the target met. When such a name meets a bare target and the positive reading would
 * find fault (missed, or beaten by far), perfsheet cannot tell which is meant: it says so and does
 * not score the row, rather than report a shortfall that may be an achievement.
 */
final class Direction {

  /** Words of indicators where lower is better. */
  private static final List<String> LOWER_IS_BETTER =
      List.of(
          "控制率", "调整率", "结余率", "变动率", "发生率", "投诉率", "差错率", "失误率", "事故", "违规", "违纪", "闲置率", "超支",
          "损失", "逾期", "退件率", "返工率", "死亡率", "发病率");

  private Direction() {}

  static boolean unclear(String name, Measure target, Outcome o) {
    return target instanceof Measure.Quantity t
        && !t.written()
        && t.value() > 0
        && o.kind() == Outcome.Kind.QUANTITATIVE
        && (Boolean.FALSE.equals(o.met()) || o.exceeded())
        && lowerIsBetter(name);
  }

  static boolean lowerIsBetter(String name) {
    return LOWER_IS_BETTER.stream().anyMatch(name::contains);
  }
}
