package org.perfsheet.templates;

import static org.perfsheet.templates.BuildTemplates.field;
import static org.perfsheet.templates.BuildTemplates.legend;
import static org.perfsheet.templates.TemplateSheet.Kind.LABEL;
import static org.perfsheet.templates.TemplateSheet.Kind.MONEY;
import static org.perfsheet.templates.TemplateSheet.Kind.RATE;
import static org.perfsheet.templates.TemplateSheet.Kind.SUBTITLE;
import static org.perfsheet.templates.TemplateSheet.Kind.TEXT;
import static org.perfsheet.templates.TemplateSheet.Kind.TITLE;
import static org.perfsheet.templates.TemplateSheet.Kind.VALUE;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.perfsheet.layout.FieldKeys;
import org.perfsheet.layout.FieldKeys.Funds;
import org.perfsheet.layout.FieldKeys.Ind;
import org.perfsheet.layout.FieldKeys.Monitoring;

/**
 * The first version of {@code templates/monitoring.xlsx}: the central 项目支出绩效目标执行监控表
 * (real-world/central-2019-blank.xls, sheet 项目支出绩效目标执行监控), with 1-7月 headers; the other months are
 * aliases in the legend, so 1-6月 and 1-9月 forms are read by the same template. {@code java -cp …
 * org.perfsheet.templates.MonitoringTemplate templates}.
 */
public final class MonitoringTemplate {

  /**
   * Tick columns: the five causes of 偏差原因分析, then the three 完成目标可能性 (keys Ind.CAUSES,
   * Ind.POSSIBILITIES).
   */
  static final String[] CAUSES = {"经费保障", "制度保障", "人员保障", "硬件条件保障", "其他"};

  static final String[] POSSIBILITIES = {"确定能", "有可能", "完全不可能"};

  public static void main(String[] args) throws IOException {
    BuildTemplates.write(
        monitoring(), Path.of(args.length > 0 ? args[0] : "templates", "monitoring.xlsx"));
  }

  static Workbook monitoring() {
    XSSFWorkbook wb = new XSSFWorkbook();
    TemplateSheet t = new TemplateSheet(wb, "项目支出绩效目标执行监控");
    t.widths(6, 10, 12, 18, 12, 11, 11, 6, 6, 6, 6, 6, 20, 6, 6, 6, 16);
    t.put("A1:Q1", "项目支出绩效目标执行监控表", TITLE).mark(FieldKeys.TITLE, "A1");
    t.put("A2:Q2", "(    年度)", SUBTITLE).mark(FieldKeys.YEAR, "A2");
    t.put("A3:C3", "项目名称", LABEL).value(FieldKeys.PROJECT_NAME, "D3:Q3", TEXT);
    t.put("A4:C4", "主管部门及代码", LABEL).value(FieldKeys.DEPARTMENT, "D4:F4", TEXT);
    t.put("G4", "实施单位", LABEL).value(FieldKeys.UNIT, "H4:Q4", TEXT);
    t.put("A5:C9", "项目资金（万元）", LABEL).mark(FieldKeys.MONEY_UNIT, "A5");
    t.put("D5:G5", null, LABEL)
        .put("H5:J5", "年初预算数", LABEL)
        .put("K5:M5", "1-7月执行数", LABEL)
        .mark(Monitoring.MONTH, "K5")
        .put("N5:O5", "1-7月执行率", LABEL)
        .put("P5:Q5", "全年预计执行数", LABEL);
    fundsLine(t, 6, "年度资金总额", Monitoring.TOTAL);
    fundsLine(t, 7, "其中：财政拨款", Funds.FISCAL);
    fundsLine(t, 8, "上年结转资金", Funds.CARRYOVER);
    fundsLine(t, 9, "其他资金", Funds.OTHER);
    t.put("A10", "年度总体目标", LABEL).value(Monitoring.GOAL, "B10:Q10", TEXT);
    t.height(9, 60);
    int head = 11;
    int first = head + 2;
    int last = head + 1 + BuildTemplates.INDICATOR_ROWS;
    t.put("A" + head + ":A" + last, "绩效指标", LABEL);
    String[][] spanning = {
      {"B", "一级指标", Ind.LEVEL1},
      {"C", "二级指标", Ind.LEVEL2},
      {"D", "三级指标", Ind.NAME},
      {"E", "年度指标值", Ind.TARGET},
      {"F", "1-7月执行数", Ind.ACTUAL},
      {"G", "全年预计执行数", Ind.FORECAST},
      {"Q", "备注", Ind.NOTE}
    };
    for (String[] c : spanning) {
      t.put(c[0] + head + ":" + c[0] + (head + 1), c[1], LABEL);
      t.value(
          c[2],
          c[0] + first + ":" + c[0] + last,
          c[2].equals(Ind.NAME) || c[2].equals(Ind.NOTE) ? TEXT : VALUE);
    }
    t.put("H" + head + ":M" + head, "偏差原因分析", LABEL)
        .put("N" + head + ":P" + head, "完成目标可能性", LABEL);
    for (int i = 0; i < CAUSES.length; i++) {
      String c = BuildTemplates.col(7 + i);
      t.put(c + (head + 1), CAUSES[i], LABEL)
          .value(Ind.CAUSES.get(i), c + first + ":" + c + last, VALUE);
    }
    t.put("M" + (head + 1), "原因说明", LABEL).value(Ind.REASON, "M" + first + ":M" + last, TEXT);
    for (int i = 0; i < POSSIBILITIES.length; i++) {
      String c = BuildTemplates.col(13 + i);
      t.put(c + (head + 1), POSSIBILITIES[i], LABEL)
          .value(Ind.POSSIBILITIES.get(i), c + first + ":" + c + last, VALUE);
    }
    // Rows are 0-based here, head is 1-based: the cause labels (two or three lines in their narrow
    // columns) are on row head + 1, that is index head.
    t.height(head - 1, 20);
    t.height(head, 40);
    legend(wb, "project-monitoring", "监控表", fields(), aliases());
    return wb;
  }

  private static void fundsLine(TemplateSheet t, int row, String label, String line) {
    t.put("D" + row + ":G" + row, label, LABEL)
        .value(Funds.key(line, Funds.INITIAL), "H" + row + ":J" + row, MONEY)
        .value(Funds.key(line, Funds.SPENT), "K" + row + ":M" + row, MONEY)
        .value(Funds.key(line, Funds.RATE), "N" + row + ":O" + row, RATE)
        .value(Funds.key(line, Funds.FORECAST), "P" + row + ":Q" + row, MONEY);
  }

  static List<BuildTemplates.Field> fields() {
    List<BuildTemplates.Field> f =
        new ArrayList<>(
            List.of(
                field(FieldKeys.TITLE, "表头标题（含“监控表”即识别为执行监控表）", false, false),
                field(FieldKeys.YEAR, "年度", false, false),
                field(FieldKeys.PROJECT_NAME, "项目名称", true, false),
                field(FieldKeys.DEPARTMENT, "主管部门及代码", true, false),
                field(FieldKeys.UNIT, "实施单位", true, false),
                field(FieldKeys.MONEY_UNIT, "金额单位（万元或元，写在标签里）", false, false),
                field(Monitoring.MONTH, "执行数表头：从“1-7月执行数”读出监控月份（1-6月、1-9月等均可）", false, false),
                field(Funds.key(Monitoring.TOTAL, Funds.INITIAL), "年度资金总额·年初预算数", true, false),
                field(Funds.key(Monitoring.TOTAL, Funds.SPENT), "年度资金总额·1-N月执行数", true, false),
                field(
                    Funds.key(Monitoring.TOTAL, Funds.RATE),
                    "年度资金总额·1-N月执行率 = 执行数 ÷ 年初预算数",
                    false,
                    false),
                field(Funds.key(Monitoring.TOTAL, Funds.FORECAST), "年度资金总额·全年预计执行数", true, false)));
    for (String[] s :
        new String[][] {
          {Funds.FISCAL, "财政拨款"}, {Funds.CARRYOVER, "上年结转资金"}, {Funds.OTHER, "其他资金"}
        }) {
      f.add(field(Funds.key(s[0], Funds.INITIAL), s[1] + "·年初预算数", false, false));
      f.add(field(Funds.key(s[0], Funds.SPENT), s[1] + "·1-N月执行数", false, false));
      f.add(field(Funds.key(s[0], Funds.RATE), s[1] + "·1-N月执行率", false, false));
      f.add(field(Funds.key(s[0], Funds.FORECAST), s[1] + "·全年预计执行数", false, false));
    }
    f.addAll(
        List.of(
            field(Monitoring.GOAL, "年度总体目标", false, false),
            field(Ind.LEVEL1, "一级指标", true, true),
            field(Ind.LEVEL2, "二级指标", true, true),
            field(Ind.NAME, "三级指标", true, false),
            field(Ind.TARGET, "年度指标值，如 ≥95%、=20集、及时", true, false),
            field(Ind.ACTUAL, "1-N月执行数（截至监控月份的实际完成值）", true, false),
            field(Ind.FORECAST, "全年预计执行数（全年预计完成值）", false, false)));
    for (int i = 0; i < CAUSES.length; i++) {
      f.add(
          field(Ind.CAUSES.get(i), "偏差原因·" + CAUSES[i] + "（勾选：✔ ✓ √ 是 Y 1 x X 均可）", false, false));
    }
    f.add(field(Ind.REASON, "原因说明（红灯、黄灯或“完全不可能”时必填）", false, false));
    for (int i = 0; i < POSSIBILITIES.length; i++) {
      f.add(
          field(
              Ind.POSSIBILITIES.get(i), "完成目标可能性·" + POSSIBILITIES[i] + "（三者勾选其一）", false, false));
    }
    f.add(field(Ind.NOTE, "备注", false, false));
    return f;
  }

  /** Other wordings; the month in the headers varies, so every 1-N月 (and 截至N月底) is listed. */
  static List<String[]> aliases() {
    return List.of(
        new String[] {"主管部门及代码", "主管部门、主管单位、主管单位及代码"},
        new String[] {"实施单位", "项目单位、执行单位、实施单位及代码、项目实施单位"},
        new String[] {"项目资金", "项目资金情况、资金情况"},
        new String[] {"年度资金总额", "资金总额、年度资金合计、合计"},
        new String[] {"财政拨款", "当年财政拨款、本年财政拨款"},
        new String[] {"上年结转资金", "上年结转、结转资金"},
        new String[] {"年初预算数", "年初预算、全年预算数、预算数"},
        new String[] {"1-7月执行数", months("执行数") + "、" + months("完成值")},
        new String[] {"1-7月执行率", months("执行率")},
        new String[] {"全年预计执行数", "预计全年执行数、全年预计完成数、全年预计完成值、全年预计完成情况、预计全年完成值"},
        new String[] {"年度总体目标", "总体目标、年度目标、年度绩效目标"},
        new String[] {"一级指标", "一级"},
        new String[] {"二级指标", "二级"},
        new String[] {"三级指标", "三级、指标名称、指标内容"},
        new String[] {"年度指标值", "指标值、年度目标值、指标目标值、目标值、全年指标值"},
        new String[] {"硬件条件保障", "硬件保障、硬件条件"},
        new String[] {"原因说明", "具体原因说明、偏差原因说明、原因"},
        new String[] {"确定能", "确定能完成、能"},
        new String[] {"有可能", "有可能完成、可能"},
        new String[] {"完全不可能", "完全不可能完成、不可能"});
  }

  /**
   * 1-1月执行数 … 1-12月执行数, with the dashes, 至 and 截至N月底 people write. (A pattern in the legend, such
   * as 1-N月执行数, would need the reader to match patterns; listing the months needs nothing new.)
   */
  static String months(String what) {
    List<String> all = new ArrayList<>();
    for (int m = 1; m <= 12; m++) {
      for (String form : new String[] {"1-%d月", "1—%d月", "1~%d月", "1至%d月", "截至%d月底"}) {
        all.add(String.format(Locale.ROOT, form, m) + what);
      }
    }
    return String.join("、", all);
  }

  private MonitoringTemplate() {}
}
