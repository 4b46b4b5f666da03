package org.perfsheet.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.perfsheet.model.FieldValue;
import org.perfsheet.model.FindingCode;
import org.perfsheet.model.Light;
import org.perfsheet.model.LightMark;
import org.perfsheet.model.MonitoredIndicator;
import org.perfsheet.notation.Ticks;

/**
 * 完成目标可能性 (docs/domain.md §7): exactly one of 确定能, 有可能, 完全不可能 ticked (or, where the layout has one
 * column for it, written); 完全不可能 needs a 原因说明; 确定能 beside a red light (the indicator's or the
 * funds') is doubtful.
 */
final class Possibilities {

  private Possibilities() {}

  static void check(MonitoredIndicator i, LightMark light, LightMark funds, Findings out) {
    String name = i.displayName();
    List<FieldValue> cells = i.possibilities();
    int k;
    FieldValue certain;
    if (i.possibility() != null) {
      k = word(i.possibility());
      certain = i.possibility();
      if (k < 0) {
        out.error(
            FindingCode.POSSIBILITY_INVALID,
            i.possibility().ref(),
            name,
            (i.possibility().isBlank() ? "未填写完成目标可能性" : "完成目标可能性填写“" + i.possibility().text() + "”")
                + "。请填写确定能、有可能、完全不可能中的一项。");
        return;
      }
    } else {
      if (cells.stream().allMatch(c -> c == null)) {
        return; // a layout without the columns
      }
      List<Integer> ticked = new ArrayList<>();
      for (int x = 0; x < cells.size(); x++) {
        if (Ticks.ticked(cells.get(x))) {
          ticked.add(x);
        }
      }
      FieldValue first = cells.stream().filter(c -> c != null).findFirst().orElseThrow();
      if (ticked.size() != 1) {
        out.error(
            FindingCode.POSSIBILITY_INVALID,
            first.ref(),
            name,
            (ticked.isEmpty()
                    ? "未勾选完成目标可能性"
                    : "完成目标可能性勾选了 "
                        + ticked.size()
                        + " 项（"
                        + String.join(
                            "、",
                            ticked.stream().map(MonitoredIndicator.POSSIBILITIES::get).toList())
                        + "）")
                + "。请在确定能、有可能、完全不可能中勾选一项。");
        return;
      }
      k = ticked.get(0);
      certain = cells.get(0);
    }
    if (k == 2 && !Reasons.given(i.reason())) {
      FieldValue at =
          i.reason() != null
              ? i.reason()
              : i.possibility() != null ? i.possibility() : cells.get(2);
      out.error(FindingCode.CAUSE_MISSING, at.ref(), name, "完成目标可能性为“完全不可能”，须在原因说明中写明原因及拟采取的措施。");
    }
    if (k == 0) {
      boolean red = light != null && light.light() == Light.RED;
      boolean fundsRed = funds != null && funds.light() == Light.RED;
      if (red || fundsRed) {
        out.warning(
            FindingCode.POSSIBILITY_DOUBTFUL,
            certain.ref(),
            name,
            (i.possibility() != null ? "填写了" : "勾选了")
                + "“确定能”完成，但"
                + (red ? "该指标为红灯" : "")
                + (red && fundsRed ? "、" : "")
                + (fundsRed ? "资金执行为红灯" : "")
                + "（可能性与进度不符）。请核实能否完成，必要时"
                + (i.possibility() != null ? "改为" : "改选")
                + "“有可能”并说明原因。");
      }
    }
  }

  /** The possibility a word names: 0 确定能, 1 有可能, 2 完全不可能; -1 for anything else, blank included. */
  static int word(FieldValue cell) {
    String w = RepeatedReasons.core(cell.text());
    for (int k = 0; k < WORDS.size(); k++) {
      if (WORDS.get(k).contains(w)) {
        return k;
      }
    }
    return -1;
  }

  private static final List<Set<String>> WORDS =
      List.of(
          Set.of("确定能", "确定能完成", "能完成", "能"),
          Set.of("有可能", "有可能完成", "可能完成", "可能"),
          Set.of("完全不可能", "完全不可能完成", "不可能完成", "不可能"));
}
