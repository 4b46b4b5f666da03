package org.perfsheet.summary;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.perfsheet.model.FormResult;
import org.perfsheet.model.Light;
import org.perfsheet.model.LightMark;
import org.perfsheet.model.Lights;

/**
 * The sheet 监控汇总 of mid-year monitoring forms, the list the bureau acts on in August: per project
 * its lights and its spending against time progress, worst first; per 主管部门 how many projects are
 * red or yellow. A project's 预警 is the worse of its funds light and its project light (its worst
 * indicator). Only the monitoring forms' rows are held until the sheet is written: one per project,
 * never the other kinds. The report carries no 完成可能性, so the sheet has no column for it.
 */
final class Monitoring {

  static final String NAME = "监控汇总";
  static final String[] HEAD = {
    "预警",
    "主管部门",
    "实施单位",
    "项目名称",
    "年度",
    "监控月份",
    "全年预算数（元）",
    "执行数（元）",
    "执行率",
    "时间进度",
    "资金进度值",
    "资金执行灯",
    "项目灯（各指标最差者）",
    "红灯指标",
    "黄灯指标",
    "绿灯指标",
    "蓝灯指标",
    "审核结论",
    "来源文件"
  };
  static final String[] FORMATS = {
    null,
    null,
    null,
    null,
    Formats.YEAR,
    Formats.MONTH,
    Formats.MONEY,
    Formats.MONEY,
    Formats.RATE,
    Formats.RATE,
    Formats.SCORE,
    null,
    null,
    Formats.COUNT,
    Formats.COUNT,
    Formats.COUNT,
    Formats.COUNT,
    null,
    null
  };
  static final double[] WIDTHS = {6, 20, 20, 20, 8, 8, 14, 14, 8, 8, 8, 8, 12, 6, 6, 6, 6, 6, 20};
  static final int[] WRAP = {1, 2, 3, 12, 18};

  /**
   * From the second column, where the project table's columns are wide enough for a department's
   * name.
   */
  static final String[] DEPARTMENT_HEAD = {"", "主管部门", "监控项目数", "红灯项目", "黄灯项目", "红黄灯合计"};

  static final String[] DEPARTMENT_FORMATS = {
    null, null, Formats.COUNT, Formats.COUNT, Formats.COUNT, Formats.COUNT
  };

  /** The fills of the lights, as the annotated workbook paints them. */
  private static final Map<Light, String> FILLS =
      Map.of(
          Light.RED, "FF5050", Light.YELLOW, "FFFF00", Light.GREEN, "00B050", Light.BLUE, "00B0F0");

  private static final int WARNING = 0;
  private static final int FUNDS = 11;
  private static final int PROJECT = 12;

  /** One monitoring form with what sorts it. */
  record Item(
      Light warning,
      Light project,
      Double rate,
      Double time,
      List<Object> row,
      String department) {}

  private final List<Item> items = new ArrayList<>();

  /** Keeps a form that has lights (a monitoring form); the other kinds are not held. */
  void add(Reports.Entry e, FormResult f) {
    Lights l = f.lights();
    if (l == null) {
      return;
    }
    Light funds = l.funds() == null ? null : l.funds().light();
    Light warning = Light.worse(funds, l.project());
    Double rate = f.budgetRate() == null ? null : f.budgetRate().computed();
    Double time = l.month() == null ? null : l.month() / 12.0;
    List<Object> row =
        Arrays.asList(
            name(warning),
            f.department(),
            f.unit(),
            f.project(),
            f.year() == null ? null : f.year().doubleValue(),
            l.month() == null ? null : l.month().doubleValue(),
            f.budget(),
            f.spent(),
            rate,
            time,
            l.funds() == null ? null : l.funds().progress(),
            funds == null ? "无法计算" : funds.chinese(),
            name(l.project()),
            count(l, Light.RED),
            count(l, Light.YELLOW),
            count(l, Light.GREEN),
            count(l, Light.BLUE),
            f.hasErrors() ? Rows.RETURNED : Rows.PASSED,
            Reports.shortName(e.report().input()));
    items.add(new Item(warning, l.project(), rate, time, row, Sections.name(f.department())));
  }

  boolean isEmpty() {
    return items.isEmpty();
  }

  /**
   * Red first, then yellow, green, blue, unlit; within a light the project light decides, then the
   * furthest behind time progress (执行率 − 时间进度), then department and project.
   */
  List<Item> sorted() {
    Comparator<Light> worst = Comparator.nullsLast(Comparator.naturalOrder());
    return items.stream()
        .sorted(
            Comparator.comparing(Item::warning, worst)
                .thenComparing(Item::project, worst)
                .thenComparing(Monitoring::gap, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(i -> i.department)
                .thenComparing(i -> String.valueOf(i.row().get(3))))
        .toList();
  }

  private static Double gap(Item i) {
    return i.rate() == null || i.time() == null ? null : i.rate() - i.time();
  }

  /** Per 主管部门: projects, red, yellow; the most red first, then the most yellow, then by name. */
  Map<String, int[]> departments() {
    Map<String, int[]> out = new TreeMap<>();
    for (Item i : items) {
      int[] c = out.computeIfAbsent(i.department(), k -> new int[3]);
      c[0]++;
      if (i.warning() == Light.RED) {
        c[1]++;
      } else if (i.warning() == Light.YELLOW) {
        c[2]++;
      }
    }
    return out;
  }

  void write(Sheet s) throws IOException {
    s.skip();
    List<Item> sorted = sorted();
    long low = sorted.stream().filter(i -> i.warning() != null && i.warning().isLow()).count();
    s.heading("一、项目预警（" + sorted.size() + " 个项目，红黄灯 " + low + " 个；红灯在前）");
    s.table(s.head(HEAD), false);
    for (Item i : sorted) {
      s.values(i.row(), FORMATS);
      int r = s.row() - 1;
      fill(s, r, WARNING, i.warning());
      fill(s, r, FUNDS, lightOf(i.row().get(FUNDS)));
      fill(s, r, PROJECT, i.project());
    }
    s.values(new String[] {null}, "时间进度 = 监控月份 ÷ 12；资金进度值 = 执行率 ÷ 时间进度 × 100。预警取资金执行灯与项目灯中较差者。");
    s.skip();
    s.heading("二、按主管部门（红灯项目多者在前）");
    s.head(DEPARTMENT_HEAD);
    List<Map.Entry<String, int[]>> departments = new ArrayList<>(departments().entrySet());
    departments.sort(
        Comparator.comparing((Map.Entry<String, int[]> d) -> -d.getValue()[1])
            .thenComparing(d -> -d.getValue()[2])
            .thenComparing(Map.Entry::getKey));
    for (Map.Entry<String, int[]> d : departments) {
      int[] c = d.getValue();
      s.values(
          DEPARTMENT_FORMATS,
          null,
          d.getKey(),
          (double) c[0],
          (double) c[1],
          (double) c[2],
          (double) (c[1] + c[2]));
    }
    s.finish();
  }

  private static void fill(Sheet s, int row, int column, Light light) {
    if (light != null) {
      s.ws.style(row, column).fillColor(FILLS.get(light)).set();
    }
  }

  private static Light lightOf(Object chinese) {
    return Arrays.stream(Light.values())
        .filter(l -> l.chinese().equals(chinese))
        .findFirst()
        .orElse(null);
  }

  private static String name(Light light) {
    return light == null ? "无" : light.chinese();
  }

  private static double count(Lights l, Light light) {
    return l.indicators().stream().map(LightMark::light).filter(x -> x == light).count();
  }
}
