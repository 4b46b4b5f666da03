package org.perfsheet.summary;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** 部门汇总: per form kind and year, the departments ranked by average score, then the units. */
final class GroupsSheet {

  static final String NAME = "部门汇总";
  static final double[] WIDTHS = {28, 8, 18, 18, 10, 14, 20, 6, 6, 6, 6, 6, 6};
  private static final String[] DEPARTMENT_HEAD = {
    "主管部门",
    "表数",
    "全年预算数（元）",
    "全年执行数（元）",
    "执行率",
    "平均核定总分（按预算加权）",
    "排名",
    "优",
    "良",
    "中",
    "差",
    "通过",
    "退回"
  };
  private static final String[] UNIT_HEAD = {
    "实施单位",
    "表数",
    "全年预算数（元）",
    "全年执行数（元）",
    "执行率",
    "平均核定总分（按预算加权）",
    "主管部门",
    "优",
    "良",
    "中",
    "差",
    "通过",
    "退回"
  };
  private static final String[] GROUP_FORMATS = {
    null,
    Formats.COUNT,
    Formats.MONEY,
    Formats.MONEY,
    Formats.RATE,
    Formats.SCORE,
    Formats.COUNT,
    Formats.COUNT,
    Formats.COUNT,
    Formats.COUNT,
    Formats.COUNT,
    Formats.COUNT,
    Formats.COUNT
  };

  private GroupsSheet() {}

  static void write(Sheet s, Sections sections) throws IOException {
    s.skip();
    int n = 0;
    for (Sections.Section x : sections.sections.values()) {
      s.heading(OverviewSheet.ordinal(n++) + "、" + x.key.title() + "：按主管部门（按平均核定总分排名）");
      s.head(DEPARTMENT_HEAD);
      Map<String, Integer> ranks = x.ranks();
      List<String> byRank = new ArrayList<>(x.departments.keySet());
      byRank.sort(Comparator.comparing((String d) -> ranks.getOrDefault(d, Integer.MAX_VALUE)));
      for (String d : byRank) {
        s.values(group(d, x.departments.get(d), ranks.get(d)), GROUP_FORMATS);
      }
      s.skip();
      s.heading(x.key.title() + "：按实施单位");
      s.head(UNIT_HEAD);
      for (Map.Entry<String, Sections.Tally> u : x.units.entrySet()) {
        String[] deptUnit = u.getKey().split("\t", 2);
        s.values(group(deptUnit[1], u.getValue(), deptUnit[0]), GROUP_FORMATS);
      }
      s.skip();
    }
    s.finish();
  }

  /** One department's or unit's row; the seventh column is the rank or the unit's department. */
  private static List<Object> group(String name, Sections.Tally t, Object column7) {
    List<Object> row = new ArrayList<>();
    row.add(name);
    row.add(t.forms);
    row.add(t.withBudget == 0 ? null : t.budget);
    row.add(t.withBudget == 0 ? null : t.spent);
    row.add(t.rate());
    row.add(t.average());
    row.add(column7);
    row.addAll(t.grades.values());
    row.add(t.passed);
    row.add(t.returned);
    return row;
  }
}
