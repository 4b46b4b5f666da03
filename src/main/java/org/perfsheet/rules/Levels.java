package org.perfsheet.rules;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.perfsheet.model.CellRef;
import org.perfsheet.model.FieldValue;
import org.perfsheet.model.FindingCode;
import org.perfsheet.model.Indicator;
import org.perfsheet.text.Text;

/**
 * 一级/二级 against the taxonomy (docs/domain.md §2): unknown 一级 (error), unknown or misplaced 二级
 * (warning), once per cell.
 */
final class Levels {

  private Levels() {}

  static void check(List<Indicator> indicators, Taxonomy taxonomy, Findings out) {
    Set<CellRef> seen = new HashSet<>();
    for (Indicator i : indicators) {
      FieldValue l1 = Taxonomy.level1Of(i);
      FieldValue l2 = i.level2();
      String name = i.displayName();
      Optional<String> level1 = Optional.empty();
      if (l1 != null && !l1.isBlank()) {
        level1 = taxonomy.level(l1.text());
        if (level1.isEmpty() && seen.add(l1.ref())) {
          out.error(
              FindingCode.LEVEL_INVALID,
              l1.ref(),
              name,
              "一级指标“"
                  + compact(l1)
                  + "”不是规定的一级指标。应为："
                  + String.join("、", Taxonomy.targetLevel1s())
                  + "。");
        }
      } else if (l1 != null && seen.add(l1.ref())) {
        out.missing(l1, "一级指标", name, "请填写一级指标。");
      }
      if (l2 == null || !seen.add(l2.ref())) {
        continue;
      }
      if (l2.isBlank()) {
        out.missing(l2, "二级指标", name, "请填写二级指标。");
        continue;
      }
      List<String> parents = taxonomy.parents(l2.text());
      if (parents.isEmpty()) {
        out.warning(
            FindingCode.LEVEL_INVALID,
            l2.ref(),
            name,
            "二级指标“"
                + compact(l2)
                + "”不是规定的二级指标"
                + level1
                    .map(l -> "。“" + l + "”下应为：" + String.join("、", taxonomy.level2sOf(l)))
                    .orElse("")
                + "。");
      } else if (level1.isPresent() && !parents.contains(level1.get())) {
        out.warning(
            FindingCode.LEVEL_INVALID,
            l2.ref(),
            name,
            "二级指标“"
                + compact(l2)
                + "”应属于“"
                + parents.get(0)
                + "”，不应在“"
                + level1.get()
                + "”下。请核对指标层级。");
      }
    }
  }

  private static String compact(FieldValue v) {
    return Text.withoutSpaces(v.text());
  }
}
