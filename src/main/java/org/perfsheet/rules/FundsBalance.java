package org.perfsheet.rules;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.perfsheet.model.BudgetBlock;
import org.perfsheet.model.FieldValue;
import org.perfsheet.model.FindingCode;
import org.perfsheet.model.FundsLine;
import org.perfsheet.scoring.Scores;

/**
 * 年度资金总额 = 当年财政拨款 + 上年结转资金 + 其他资金, column by column, where the sources are filled (docs/domain.md
 * §4.2); the same sum for a monitoring form's funds and a declaration's amounts (§6).
 */
final class FundsBalance {

  private FundsBalance() {}

  static void check(BudgetBlock b, Findings out) {
    if (b.sources().isEmpty() || !b.sourcesComplete()) {
      return; // a line the layout does not know holds amounts: the sum of the lines read proves
      // nothing
    }
    column(b, FundsLine::initial, "年初预算数", out);
    column(b, FundsLine::annual, "全年预算数", out);
    column(b, FundsLine::spent, "全年执行数", out);
  }

  private static void column(
      BudgetBlock b, Function<FundsLine, FieldValue> cell, String name, Findings out) {
    Map<String, FieldValue> sources = new LinkedHashMap<>();
    b.sources().forEach(line -> sources.put(line.label(), cell.apply(line)));
    column(cell.apply(b.total()), sources, name, out);
  }

  /**
   * One column of any funds block: the total against the sum of its sources (label → cell, in
   * order; a cell may be null where the layout lacks it). Used by the monitoring form too.
   */
  static void column(FieldValue total, Map<String, FieldValue> sources, String name, Findings out) {
    balance(total, name, sources, Sum.SOURCES, out);
  }

  /** A declaration's amount against its parts (项目资金总额 = 财政资金 + 其他资金, and the year's). */
  static void parts(FieldValue total, String name, Map<String, FieldValue> parts, Findings out) {
    balance(total, name, parts, Sum.PARTS, out);
  }

  /** Whose amounts a sum checks: who reports an unreadable one, and how a mismatch is told. */
  private enum Sum {
    /**
     * 年度资金总额 and its sources: the rules that read the amounts report an unreadable one; the sum
     * stays silent.
     */
    SOURCES,
    /**
     * A declaration's amount and its parts: nothing else reads them, so an unreadable total or part
     * is reported here (and the sum, which it would make wrong, is not checked).
     */
    PARTS;

    String mismatch(String name, double total, double sum, CharSequence terms) {
      return this == SOURCES
          ? "年度资金总额的"
              + name
              + " "
              + Scores.money(total)
              + " 不等于各来源之和 "
              + Scores.money(sum)
              + "（"
              + terms
              + "）。请核对资金来源。"
          : name
              + " "
              + Scores.money(total)
              + " 不等于 "
              + terms
              + " = "
              + Scores.money(sum)
              + "。请核对资金构成。";
    }
  }

  private static void balance(
      FieldValue total, String name, Map<String, FieldValue> parts, Sum sum, Findings out) {
    if (total == null
        || total.isBlank()
        || parts.values().stream().allMatch(v -> v == null || v.isBlank())) {
      return; // parts left blank: nothing to balance
    }
    Findings quiet = new Findings();
    Double t = Numbers.read(total, name, null, sum == Sum.PARTS ? out : quiet);
    double s = 0;
    StringBuilder terms = new StringBuilder();
    for (Map.Entry<String, FieldValue> line : parts.entrySet()) {
      FieldValue v = line.getValue();
      Double x = v == null ? null : Numbers.read(v, line.getKey(), null, quiet);
      if (x == null && v != null && !v.isBlank()) {
        if (sum == Sum.PARTS) {
          Numbers.read(v, line.getKey(), null, out);
        }
        return; // an unreadable amount proves nothing about the sum: no FUNDS_MISMATCH from it
      }
      s += x == null ? 0 : x;
      terms
          .append(terms.length() == 0 ? "" : " + ")
          .append(line.getKey())
          .append(' ')
          .append(Scores.money(x == null ? 0 : x));
    }
    if (t != null && Numbers.differ(t, s, 0.005)) {
      out.error(FindingCode.FUNDS_MISMATCH, total.ref(), null, sum.mismatch(name, t, s, terms));
    }
  }
}
