package org.perfsheet.summary;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.perfsheet.model.FindingCode;

/** 汇总: per form kind and year, the totals, grades, 通过/退回, and each problem with its share. */
final class OverviewSheet {

  static final String NAME = "汇总";
  static final double[] WIDTHS = {30, 22, 18, 18, 12, 14, 8, 8, 8, 8, 8};
  private static final String[] TOTAL_HEAD = {
    "表数", "全年预算数合计（元）", "全年执行数合计（元）", "总体执行率", "平均核定总分（按预算加权）", "通过", "退回", "优", "良", "中", "差"
  };
  private static final String[] TOTAL_FORMATS = {
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
    Formats.COUNT
  };
  private static final String[] PROBLEM_HEAD = {"问题", "代码", "级别", "涉及表数", "占本类表的比例"};
  private static final String[] PROBLEM_FORMATS = {null, null, null, Formats.COUNT, Formats.RATE};
  private static final String[] CHINESE_NUMBERS = {
    "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"
  };

  private OverviewSheet() {}

  static void write(Sheet s, Sections sections) throws IOException {
    s.skip();
    if (sections.rejected > 0) {
      s.values(new String[] {null}, "未能读取的工作簿 " + sections.rejected + " 个，原因见“项目汇总”表。");
      s.skip();
    }
    if (sections.sections.isEmpty()) {
      s.values(new String[] {null}, "没有可汇总的表。");
    }
    int n = 0;
    for (Sections.Section x : sections.sections.values()) {
      s.heading(ordinal(n++) + "、" + x.key.title());
      int head = s.head(TOTAL_HEAD);
      if (n == 1) {
        s.table(head, false);
      }
      List<Object> row =
          new ArrayList<>(
              List.of(
                  x.forms, x.withBudget == 0 ? "" : x.budget, x.withBudget == 0 ? "" : x.spent));
      row.add(x.rate());
      row.add(x.average());
      row.add(x.passed);
      row.add(x.returned);
      row.addAll(x.grades.values());
      s.values(row, TOTAL_FORMATS);
      s.skip();
      if (!x.problems.isEmpty()) {
        s.head(PROBLEM_HEAD);
        x.problems.entrySet().stream()
            .sorted(
                Map.Entry.<FindingCode, Integer>comparingByValue()
                    .reversed()
                    .thenComparing(Map.Entry.comparingByKey()))
            .forEach(
                p ->
                    values(
                        s,
                        PROBLEM_FORMATS,
                        ProblemNames.of(p.getKey()),
                        p.getKey().name(),
                        x.severities.get(p.getKey()).chinese(),
                        p.getValue(),
                        (double) p.getValue() / x.forms));
      } else {
        s.values(new String[] {null}, "本类表没有发现问题。");
      }
      s.skip();
    }
    s.finish();
  }

  /** 一, 二, … 十, then 11, 12: the sections' headings here and in 部门汇总. */
  static String ordinal(int n) {
    return n < CHINESE_NUMBERS.length ? CHINESE_NUMBERS[n] : String.valueOf(n + 1);
  }

  private static void values(Sheet s, String[] formats, Object... values) {
    try {
      s.values(formats, values);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
