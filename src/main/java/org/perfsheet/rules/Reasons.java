package org.perfsheet.rules;

import java.util.List;
import java.util.Set;
import org.perfsheet.model.FieldValue;

/**
 * Whether a 原因说明 (偏差原因分析) says anything: blank, a dash or a word that says there is nothing to
 * explain (无, 无偏差 — what 预算管理一体化 exports write where the unit left it empty) explains no deviation,
 * and is not a reason pasted on many rows either.
 */
final class Reasons {

  private static final Set<String> NOTHING =
      Set.of("无", "无偏差", "无偏离", "未偏离", "没有偏差", "不涉及", "无原因", "暂无", "正常");

  private Reasons() {}

  /** The cell holds an explanation. */
  static boolean given(FieldValue reason) {
    if (reason == null || reason.isBlank()) {
      return false;
    }
    String core = RepeatedReasons.core(reason.text());
    return !core.isEmpty() && !NOTHING.contains(core);
  }

  /** The cells that hold an explanation, in order. */
  static List<FieldValue> given(List<FieldValue> reasons) {
    return reasons.stream().filter(Reasons::given).toList();
  }
}
