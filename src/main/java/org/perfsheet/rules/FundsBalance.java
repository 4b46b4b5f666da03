package org.perfsheet.rules;

import java.util.List;
import java.util.function.Function;
import org.perfsheet.model.BudgetBlock;
import org.perfsheet.model.FieldValue;
import org.perfsheet.model.FindingCode;
import org.perfsheet.model.FundsLine;
import org.perfsheet.scoring.Scores;

/**
 * 年度资金总额 = 当年财政拨款 + 上年结转资金 + 其他资金, column by column, where the sources are filled
 * (docs/domain.md §4.2).
 */
final class FundsBalance {

  private FundsBalance() {}

  static void check(BudgetBlock b, Findings out) {
    if (b.sources().isEmpty() || !b.sourcesComplete()) {
      return; // a line the layout does not know holds amounts: the sum of the lines read proves nothing
    }
    column(b, FundsLine::initial, "年初预算数", out);
    column(b, FundsLine::annual, "全年预算数", out);
    column(b, FundsLine::spent, "全年执行数", out);
  }

  private static void column(BudgetBlock b, Function<FundsLine, FieldValue> cell, String name, Findings out) {
    java.util.Map<String, FieldValue> sources = new java.util.LinkedHashMap<>();
    b.sources().forEach(line -> sources.put(line.label(), cell.apply(line)));
    column(cell.apply(b.total()), sources, name, out);
  }

  /**
   * One column of any funds block: the total against the sum of its sources (label → cell, in
   * order; a cell may be null where the layout lacks it). Used by the monitoring form too.
   */
  static void column(FieldValue total, java.util.Map<String, FieldValue> sources, String name, Findings out) {
    if (total == null || total.isBlank()) {
      return;
    }
    List<FieldValue> parts = sources.values().stream().filter(v -> v != null && !v.isBlank()).toList();
    if (parts.isEmpty()) {
      return; // sources left blank: nothing to balance
    }
    Findings quiet = new Findings();
    Double t = Numbers.read(total, name, null, quiet);
    double sum = 0;
    StringBuilder terms = new StringBuilder();
    for (java.util.Map.Entry<String, FieldValue> line : sources.entrySet()) {
      FieldValue v = line.getValue();
      Double x = v == null ? null : Numbers.read(v, line.getKey() + name, null, quiet);
      if (x == null && v != null && !v.isBlank()) {
        return; // unreadable: reported by the rules that read it
      }
      sum += x == null ? 0 : x;
      terms.append(terms.length() == 0 ? "" : " + ").append(line.getKey()).append(' ').append(Scores.money(x == null ? 0 : x));
    }
    if (t != null && Numbers.differ(t, sum, 0.005)) {
      out.error(FindingCode.FUNDS_MISMATCH, total.ref(), null, "年度资金总额的" + name + " " + Scores.money(t)
          + " 不等于各来源之和 " + Scores.money(sum) + "（" + terms + "）。请核对资金来源。");
    }
  }
}
