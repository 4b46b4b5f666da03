package org.perfsheet.rules;

import java.util.ArrayList;
import java.util.List;
import org.perfsheet.model.FieldValue;
import org.perfsheet.model.FindingCode;
import org.perfsheet.model.Light;
import org.perfsheet.model.LightMark;
import org.perfsheet.model.MonitoredIndicator;
import org.perfsheet.notation.Ticks;

/**
 * 完成目标可能性 (docs/domain.md §7): exactly one of 确定能, 有可能, 完全不可能 ticked; 完全不可能 needs a 原因说明; 确定能
 * beside a red light (the indicator's or the funds') is doubtful.
 */
final class Possibilities {

  private Possibilities() {}

  static void check(MonitoredIndicator i, LightMark light, LightMark funds, Findings out) {
    String name = i.displayName();
    List<FieldValue> cells = i.possibilities();
    if (cells.stream().allMatch(c -> c == null)) {
      return; // a layout without the columns
    }
    List<Integer> ticked = new ArrayList<>();
    for (int k = 0; k < cells.size(); k++) {
      if (Ticks.ticked(cells.get(k))) {
        ticked.add(k);
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
                          "、", ticked.stream().map(MonitoredIndicator.POSSIBILITIES::get).toList())
                      + "）")
              + "。请在确定能、有可能、完全不可能中勾选一项。");
      return;
    }
    int k = ticked.get(0);
    if (k == 2 && (i.reason() == null || i.reason().isBlank())) {
      FieldValue at = i.reason() != null ? i.reason() : cells.get(2);
      out.error(FindingCode.CAUSE_MISSING, at.ref(), name, "完成目标可能性为“完全不可能”，须在原因说明中写明原因及拟采取的措施。");
    }
    if (k == 0) {
      boolean red = light != null && light.light() == Light.RED;
      boolean fundsRed = funds != null && funds.light() == Light.RED;
      if (red || fundsRed) {
        out.warning(
            FindingCode.POSSIBILITY_DOUBTFUL,
            cells.get(0).ref(),
            name,
            "勾选了“确定能”完成，但"
                + (red ? "该指标为红灯" : "")
                + (red && fundsRed ? "、" : "")
                + (fundsRed ? "资金执行为红灯" : "")
                + "（可能性与进度不符）。请核实能否完成，必要时改选“有可能”并说明原因。");
      }
    }
  }
}
