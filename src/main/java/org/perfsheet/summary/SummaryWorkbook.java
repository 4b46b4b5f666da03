package org.perfsheet.summary;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.PictureAnchor;
import org.dhatim.fastexcel.Workbook;
import org.perfsheet.model.Finding;
import org.perfsheet.model.FindingCode;
import org.perfsheet.model.FormResult;
import org.perfsheet.model.Severity;
import org.perfsheet.report.Version;

/**
 * The summary workbook, streamed with fastexcel: the per-form sheets are written and flushed as
 * the reports are read, so memory stays flat however large the batch; only the tallies of
 * {@link Sections} are held. Sheets: 汇总 (per form kind and year: totals, grades, 通过/退回,
 * problems and their share), 部门汇总 (per department and per unit, ranked), 项目汇总 (a row per
 * form), 问题清单, 监控汇总 (when there are monitoring forms), 催报 (when a project list is given),
 * 图表 and 图表数据.
 */
final class SummaryWorkbook {

  static final String TITLE = "预算绩效审核汇总表";
  static final String[] ISSUE_HEAD = {"来源文件", "工作表", "单元格", "项目名称", "级别", "问题", "代码", "指标", "说明"};
  private static final String[] TOTAL_HEAD = {"表数", "全年预算数合计（元）", "全年执行数合计（元）", "总体执行率", "平均核定总分（按预算加权）",
      "通过", "退回", "优", "良", "中", "差"};
  private static final String[] TOTAL_FORMATS = {Formats.COUNT, Formats.MONEY, Formats.MONEY, Formats.RATE, Formats.SCORE,
      Formats.COUNT, Formats.COUNT, Formats.COUNT, Formats.COUNT, Formats.COUNT, Formats.COUNT};
  private static final String[] PROBLEM_HEAD = {"问题", "代码", "级别", "涉及表数", "占本类表的比例"};
  private static final String[] PROBLEM_FORMATS = {null, null, null, Formats.COUNT, Formats.RATE};
  private static final String[] DEPARTMENT_HEAD = {"主管部门", "表数", "全年预算数（元）", "全年执行数（元）", "执行率", "平均核定总分（按预算加权）",
      "排名", "优", "良", "中", "差", "通过", "退回"};
  private static final String[] UNIT_HEAD = {"实施单位", "表数", "全年预算数（元）", "全年执行数（元）", "执行率", "平均核定总分（按预算加权）",
      "主管部门", "优", "良", "中", "差", "通过", "退回"};
  private static final String[] GROUP_FORMATS = {null, Formats.COUNT, Formats.MONEY, Formats.MONEY, Formats.RATE, Formats.SCORE,
      Formats.COUNT, Formats.COUNT, Formats.COUNT, Formats.COUNT, Formats.COUNT, Formats.COUNT, Formats.COUNT};
  private static final String[] CHINESE_NUMBERS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};

  private SummaryWorkbook() {}

  /**
   * Writes the workbook, filling {@code sections} (and {@code chase}) while 项目汇总 is streamed;
   * returns the names of its sheets. 汇总 and 部门汇总 come first in the workbook but are filled
   * last: fastexcel keeps a sheet in memory until it is flushed, and these two are small.
   */
  static List<String> write(Batch batch, Sections sections, Chase chase, Sheet.Title title, OutputStream out)
      throws IOException {
    Workbook wb = new Workbook(out, "perfsheet", Version.officeVersion());
    wb.setGlobalDefaultFont("宋体", 10);
    List<String> names = new ArrayList<>();
    Sheet overview = new Sheet(wb, add(names, "汇总"), title, new double[] {30, 22, 18, 18, 12, 14, 8, 8, 8, 8, 8});
    Sheet groups = new Sheet(wb, add(names, "部门汇总"), title, new double[] {28, 8, 18, 18, 10, 14, 20, 6, 6, 6, 6, 6, 6});
    Monitoring monitoring = new Monitoring();
    forms(new Sheet(wb, add(names, "项目汇总"), title, Rows.WIDTHS).wrap(Rows.WRAP), batch, sections, chase, monitoring);
    issues(new Sheet(wb, add(names, "问题清单"), title, new double[] {24, 14, 7, 24, 5, 20, 20, 20, 60}).wrap(0, 3, 5, 7, 8),
        batch);
    if (!monitoring.isEmpty()) {
      monitoring.write(new Sheet(wb, add(names, Monitoring.NAME), title, Monitoring.WIDTHS).wrap(Monitoring.WRAP));
    }
    overview(overview, sections);
    groups(groups, sections);
    if (chase != null) {
      chase(new Sheet(wb, add(names, "催报"), title, new double[] {8, 24, 24, 36, 8, 30}), chase);
    }
    if (sections.sections.values().stream().anyMatch(SummaryWorkbook::charted)) {
      charts(new Sheet(wb, add(names, "图表"), title, new double[] {12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12}),
          sections, title);
      chartData(new Sheet(wb, add(names, "图表数据"), title, new double[] {36, 28, 14}), sections);
    }
    wb.finish();
    return names;
  }

  private static String add(List<String> names, String name) {
    names.add(name);
    return name;
  }

  private static void overview(Sheet s, Sections sections) throws IOException {
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
      List<Object> row = new ArrayList<>(List.of(x.forms, x.withBudget == 0 ? "" : x.budget, x.withBudget == 0 ? "" : x.spent));
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
            .sorted(Map.Entry.<FindingCode, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
            .forEach(p -> values(s, PROBLEM_FORMATS, ProblemNames.of(p.getKey()), p.getKey().name(),
                x.severities.get(p.getKey()).chinese(), p.getValue(), (double) p.getValue() / x.forms));
      } else {
        s.values(new String[] {null}, "本类表没有发现问题。");
      }
      s.skip();
    }
    s.finish();
  }

  private static void groups(Sheet s, Sections sections) throws IOException {
    s.skip();
    int n = 0;
    for (Sections.Section x : sections.sections.values()) {
      s.heading(ordinal(n++) + "、" + x.key.title() + "：按主管部门（按平均核定总分排名）");
      s.head(DEPARTMENT_HEAD);
      Map<String, Integer> ranks = x.ranks();
      List<String> byRank = new ArrayList<>(x.departments.keySet());
      byRank.sort(java.util.Comparator.comparing((String d) -> ranks.getOrDefault(d, Integer.MAX_VALUE)));
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

  private static List<Object> group(String name, Sections.Tally t, Object column6) {
    List<Object> row = new ArrayList<>();
    row.add(name);
    row.add(t.forms);
    row.add(t.withBudget == 0 ? null : t.budget);
    row.add(t.withBudget == 0 ? null : t.spent);
    row.add(t.rate());
    row.add(t.average());
    row.add(column6);
    row.addAll(t.grades.values());
    row.add(t.passed);
    row.add(t.returned);
    return row;
  }

  private static void forms(Sheet s, Batch batch, Sections sections, Chase chase, Monitoring monitoring)
      throws IOException {
    s.table(s.head(Rows.HEAD), true);
    batch.visit(new Batch.FormVisitor() {
      @Override
      public void form(Reports.Entry e, FormResult f) throws IOException {
        s.values(Rows.form(e, f), Rows.FORMATS);
        sections.add(e, f, chase);
        monitoring.add(e, f);
      }

      @Override
      public void rejected(Reports.Entry e) throws IOException {
        s.values(Rows.rejected(e), Rows.FORMATS);
        sections.rejected++;
      }
    });
    s.finish();
  }

  private static void issues(Sheet s, Batch batch) throws IOException {
    s.table(s.head(ISSUE_HEAD), true);
    String[] formats = new String[ISSUE_HEAD.length];
    batch.visit(new Batch.FormVisitor() {
      @Override
      public void form(Reports.Entry e, FormResult f) throws IOException {
        for (Finding x : f.findings()) {
          if (x.severity() != Severity.INFO) {
            s.values(formats, Reports.shortName(e.report().input()), f.sheet(), x.cell().a1(), f.project(),
                x.severity().chinese(), ProblemNames.of(x.code()), x.code().name(), x.indicator(), x.message());
          }
        }
      }

      @Override
      public void rejected(Reports.Entry e) {
        // in 项目汇总 with its reason
      }
    });
    s.finish();
  }

  private static void chase(Sheet s, Chase chase) throws IOException {
    s.skip();
    List<Chase.Item> missing = chase.missing();
    s.heading("一、尚未提交自评表的项目（" + missing.size() + " 个）");
    s.head("年度", "主管部门", "实施单位", "项目名称");
    for (Chase.Item i : missing) {
      Chase.Expected e = i.project();
      s.values(new String[] {Formats.YEAR, null, null, null}, e.year(), e.department(), e.unit(), e.project());
    }
    s.skip();
    List<Chase.Item> returned = chase.returned();
    s.heading("二、已退回、尚未重新提交的项目（" + returned.size() + " 个）");
    s.head("年度", "主管部门", "实施单位", "项目名称", "错误数", "最近一次提交");
    for (Chase.Item i : returned) {
      Chase.Expected e = i.project();
      s.values(new String[] {Formats.YEAR, null, null, null, Formats.COUNT, null}, e.year(), e.department(), e.unit(),
          e.project(), i.latest().errors(), i.latest().file());
    }
    s.skip();
    s.heading("三、按实施单位");
    s.head("", "实施单位", "应交", "未交", "退回未改");
    for (Map.Entry<String, Chase.UnitCount> u : chase.perUnit().entrySet()) {
      s.values(new String[] {null, null, Formats.COUNT, Formats.COUNT, Formats.COUNT}, null, u.getKey(),
          u.getValue().expected, u.getValue().missing, u.getValue().returned);
    }
    s.finish();
  }

  private static boolean charted(Sections.Section x) {
    return x.grades.values().stream().anyMatch(v -> v > 0) || x.departments.values().stream().anyMatch(d -> d.average() != null);
  }

  private static void charts(Sheet s, Sections sections, Sheet.Title title) throws IOException {
    int row = s.row() + 1;
    for (Sections.Section x : sections.sections.values()) {
      if (!charted(x)) {
        continue;
      }
      Map<String, Double> scores = scores(x);
      byte[] png = Charts.png(x.key.title() + " · 制表日期 " + title.date(), x.grades, scores);
      int height = Charts.height(scores.size());
      s.ws.addImage(PictureAnchor.oneCellAnchor(row, 0, Charts.WIDTH, height), png);
      row += height / 20 + 2; // a default row is 20 pixels high
    }
    s.finish();
  }

  private static void chartData(Sheet s, Sections sections) throws IOException {
    s.skip();
    for (Sections.Section x : sections.sections.values()) {
      if (!charted(x)) {
        continue;
      }
      s.heading(x.key.title());
      s.head("等级", "表数");
      for (Map.Entry<String, Integer> g : x.grades.entrySet()) {
        s.values(new String[] {null, Formats.COUNT}, g.getKey(), g.getValue());
      }
      s.head("主管部门", "平均核定总分（按预算加权）");
      for (Map.Entry<String, Double> d : scores(x).entrySet()) {
        s.values(new String[] {null, Formats.SCORE}, d.getKey(), d.getValue());
      }
      s.skip();
    }
    s.finish();
  }

  private static Map<String, Double> scores(Sections.Section x) {
    Map<String, Double> scores = new LinkedHashMap<>();
    x.departments.forEach((name, d) -> {
      if (d.average() != null) {
        scores.put(name, d.average());
      }
    });
    return scores;
  }

  private static void values(Sheet s, String[] formats, Object... values) {
    try {
      s.values(formats, values);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String ordinal(int n) {
    return n < CHINESE_NUMBERS.length ? CHINESE_NUMBERS[n] : String.valueOf(n + 1);
  }
}
