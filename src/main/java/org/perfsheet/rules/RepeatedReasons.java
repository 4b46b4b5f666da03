package org.perfsheet.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.perfsheet.layout.Labels;
import org.perfsheet.model.FieldValue;
import org.perfsheet.model.FindingCode;
import org.perfsheet.scoring.ScoringProfile;

/**
 * The same 原因说明 pasted on many rows (docs/domain.md §7, and §8 for a self-evaluation's 偏差原因分析 on
 * the rows that needed one): three or more rows whose reasons read the same, punctuation and white
 * space aside, or where one is the other with a few words more (现在已经制作5集样片 … / 制作5集样片 …). One
 * warning, on the first such cell, naming the rows. A reason that says nothing ({@link Reasons}: 无,
 * 无偏差) is what green rows hold, not a pasted explanation.
 */
final class RepeatedReasons {

  /** Rows with the same reason before it is a finding (docs/domain.md §7: three or more). */
  static final int MIN_ROWS = 3;

  private static final Pattern PUNCTUATION = Pattern.compile("[\\p{P}\\p{S}\\s]+");

  /** A contained text counts as the same only when long enough to be a sentence, not a word. */
  private static final int MIN_CONTAINED = 10;

  private RepeatedReasons() {}

  /** A monitoring form's 原因说明, on every row that gives one. */
  static void check(List<FieldValue> reasons, Findings out) {
    check(reasons, "请针对每个指标分别说明其进度和偏差原因。", out);
  }

  /**
   * A self-evaluation's 偏差原因分析 pasted on three or more of the rows that needed one (domain.md §8).
   * The rows that met their targets with full points are left out: the same 已完成 on each of them
   * explains no deviation and is no fault.
   */
  static void explanations(List<IndicatorRules.Result> rows, ScoringProfile p, Findings out) {
    check(
        rows.stream()
            .filter(r -> IndicatorRules.needsExplanation(r, p))
            .map(r -> r.indicator().explanation())
            .filter(Objects::nonNull)
            .toList(),
        "请针对每个指标分别分析其偏差原因，并写明改进措施。",
        out);
  }

  /** The reasons of the rows that needed one, and what to ask of the unit. */
  static void check(List<FieldValue> reasons, String ask, Findings out) {
    List<FieldValue> filled = Reasons.given(reasons);
    boolean[] used = new boolean[filled.size()];
    for (int a = 0; a < filled.size(); a++) {
      if (used[a]) {
        continue;
      }
      List<Integer> group = new ArrayList<>(List.of(a));
      String first = core(filled.get(a).text());
      for (int b = a + 1; b < filled.size(); b++) {
        if (!used[b] && same(first, core(filled.get(b).text()))) {
          group.add(b);
        }
      }
      if (group.size() >= MIN_ROWS) {
        group.forEach(g -> used[g] = true);
        List<String> rows =
            group.stream().map(g -> String.valueOf(filled.get(g).ref().row() + 1)).toList();
        out.warning(
            FindingCode.CAUSE_REPEATED,
            filled.get(a).ref(),
            null,
            "第 "
                + String.join("、", rows)
                + " 行共 "
                + group.size()
                + " 个指标的原因说明相同或几乎相同（“"
                + filled.get(a).text()
                + "”）。"
                + ask);
      }
    }
  }

  static String core(String text) {
    return PUNCTUATION.matcher(Labels.compact(text)).replaceAll("");
  }

  static boolean same(String a, String b) {
    if (a.isEmpty() || b.isEmpty()) {
      return false;
    }
    String shorter = a.length() <= b.length() ? a : b;
    String longer = shorter == a ? b : a;
    return shorter.equals(longer)
        || (shorter.length() >= MIN_CONTAINED
            && longer.contains(shorter)
            && shorter.length() * 3 >= longer.length() * 2);
  }
}
