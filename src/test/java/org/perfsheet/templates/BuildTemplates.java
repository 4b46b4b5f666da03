package org.perfsheet.templates;

import static org.perfsheet.templates.TemplateSheet.Kind.LABEL;
import static org.perfsheet.templates.TemplateSheet.Kind.MONEY;
import static org.perfsheet.templates.TemplateSheet.Kind.RATE;
import static org.perfsheet.templates.TemplateSheet.Kind.SCORE;
import static org.perfsheet.templates.TemplateSheet.Kind.SUBTITLE;
import static org.perfsheet.templates.TemplateSheet.Kind.TEXT;
import static org.perfsheet.templates.TemplateSheet.Kind.TITLE;
import static org.perfsheet.templates.TemplateSheet.Kind.VALUE;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.perfsheet.layout.FieldKeys;
import org.perfsheet.layout.FieldKeys.Declaration;
import org.perfsheet.layout.FieldKeys.Department;
import org.perfsheet.layout.FieldKeys.Funds;
import org.perfsheet.layout.FieldKeys.Ind;
import org.perfsheet.layout.FieldKeys.SelfEvaluation;
import org.perfsheet.model.CellRef;
import org.perfsheet.workbook.TemplateLearner;

/**
 * Produced the first version of the shipped templates in {@code templates/}. The .xlsx files are
 * the source of truth now: edit them in Excel or WPS. Run this only to start a template afresh (it
 * overwrites): {@code java -cp target/classes:target/test-classes:$(cat cp.txt)
 * org.perfsheet.templates.BuildTemplates templates}.
 */
public final class BuildTemplates {

  /**
   * Indicator rows in a blank form; real projects have up to 45. Insert rows inside the table for
   * more.
   */
  static final int INDICATOR_ROWS = 45;

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "templates");
    Files.createDirectories(dir);
    write(shanghaiSelfEvaluation(), dir.resolve("self-evaluation.xlsx"));
    write(centralSelfEvaluation(), dir.resolve("self-evaluation-central.xlsx"));
    write(declaration(), dir.resolve("declaration.xlsx"));
    write(departmentSelfEvaluation(), dir.resolve("department-self-evaluation.xlsx"));
    write(MonitoringTemplate.monitoring(), dir.resolve("monitoring.xlsx"));
    if (args.length > 1) {
      Files.createDirectories(Path.of(args[1]));
      write(hubeiVariant(), Path.of(args[1], "self-evaluation-hubei.xlsx"));
    }
  }

  /**
   * A Hubei-style variant for the test that a new layout is a new template, not new code: budget
   * execution worth 20 points in a block labelled 预算执行情况, headers 预算数/执行数, 指标目标值/全年实际值.
   */
  static Workbook hubeiVariant() {
    XSSFWorkbook wb = new XSSFWorkbook();
    TemplateSheet t = new TemplateSheet(wb, "自评表");
    t.widths(14, 14, 22, 14, 14, 8, 8, 24);
    t.put("A1:H1", "湖北省项目支出绩效自评表", TITLE).mark(FieldKeys.TITLE, "A1");
    t.put("A2:B2", "项目名称", LABEL).value(FieldKeys.PROJECT_NAME, "C2:H2", TEXT);
    t.put("A3:B3", "主管部门", LABEL).value(FieldKeys.DEPARTMENT, "C3:D3", TEXT);
    t.put("E3", "实施单位", LABEL).value(FieldKeys.UNIT, "F3:H3", TEXT);
    t.put("A4:B5", "预算执行情况（万元）", LABEL).mark(FieldKeys.MONEY_UNIT, "A4");
    t.put("C4", "预算数", LABEL)
        .put("D4", "执行数", LABEL)
        .put("E4", "执行率", LABEL)
        .put("F4", "分值", LABEL)
        .put("G4:H4", "得分", LABEL);
    t.value(SelfEvaluation.BUDGET_ANNUAL, "C5", MONEY)
        .value(SelfEvaluation.BUDGET_SPENT, "D5", MONEY)
        .value(SelfEvaluation.BUDGET_RATE, "E5", RATE)
        .value(SelfEvaluation.BUDGET_WEIGHT, "F5", SCORE)
        .value(SelfEvaluation.BUDGET_SCORE, "G5:H5", SCORE);
    t.put("A6:H6", null, TEXT);
    int head = 7;
    int last = head + 20;
    String[] cols = {"一级指标", "二级指标", "三级指标", "指标目标值", "全年实际值", "分值", "得分", "偏差原因分析"};
    for (int i = 0; i < cols.length; i++) {
      String c = col(i);
      t.put(c + head, cols[i], LABEL);
      t.value(SELF_EVALUATION_COLUMNS.get(i), c + (head + 1) + ":" + c + last, TEXT);
    }
    int total = last + 1;
    totalRow(t, total, 5, 7);
    legend(
        wb,
        "project-self-evaluation",
        "项目支出绩效自评表",
        List.of(
            field(FieldKeys.PROJECT_NAME, "项目名称", true, false),
            field(FieldKeys.DEPARTMENT, "主管部门", true, false),
            field(FieldKeys.UNIT, "实施单位", true, false),
            field(SelfEvaluation.BUDGET_ANNUAL, "预算数", true, false),
            field(SelfEvaluation.BUDGET_SPENT, "执行数", true, false),
            field(SelfEvaluation.BUDGET_WEIGHT, "预算执行分值（20 分）", true, false),
            field(Ind.LEVEL1, "一级指标", true, true),
            field(Ind.LEVEL2, "二级指标", true, true),
            field(Ind.NAME, "三级指标", true, false),
            field(Ind.TARGET, "指标目标值", true, false),
            field(Ind.ACTUAL, "全年实际值", true, false),
            field(Ind.WEIGHT, "分值", true, false),
            field(Ind.SCORE, "得分", true, false)),
        List.of());
    return wb;
  }

  /** A project self-evaluation's indicator columns, left to right. */
  static final List<String> SELF_EVALUATION_COLUMNS =
      List.of(
          Ind.LEVEL1,
          Ind.LEVEL2,
          Ind.NAME,
          Ind.TARGET,
          Ind.ACTUAL,
          Ind.WEIGHT,
          Ind.SCORE,
          Ind.EXPLANATION);

  /**
   * A project self-evaluation's 总分 row: the label from column A, 分值 and 得分 in columns {@code
   * weight} and {@code weight + 1} (0-based), then a blank box to column {@code last}.
   */
  static void totalRow(TemplateSheet t, int row, int weight, int last) {
    String blank = col(weight + 2) + row + (last > weight + 2 ? ":" + col(last) + row : "");
    t.put("A" + row + ":" + col(weight - 1) + row, "总分", LABEL)
        .value(SelfEvaluation.TOTAL_WEIGHT, col(weight) + row, SCORE)
        .value(SelfEvaluation.TOTAL_SCORE, col(weight + 1) + row, SCORE)
        .put(blank, null, TEXT);
  }

  static void write(Workbook wb, Path file) throws IOException {
    try (wb;
        OutputStream out = Files.newOutputStream(file)) {
      wb.write(out);
    }
  }

  /** The Shanghai layout of seed 000: funds block with source lines, 9 columns. */
  static Workbook shanghaiSelfEvaluation() {
    XSSFWorkbook wb = new XSSFWorkbook();
    TemplateSheet t = new TemplateSheet(wb, "自评表");
    t.widths(6, 12, 14, 22, 14, 14, 8, 8, 26);
    t.put("A1:I1", "财政项目支出绩效自评表", TITLE).mark(FieldKeys.TITLE, "A1");
    t.put("A2:I2", "（    年度）", SUBTITLE).mark(FieldKeys.YEAR, "A2");
    t.put("A3:B3", "项目名称", LABEL).value(FieldKeys.PROJECT_NAME, "C3:I3", TEXT);
    t.put("A4:B4", "主管部门", LABEL).value(FieldKeys.DEPARTMENT, "C4:E4", TEXT);
    t.put("F4", "实施单位", LABEL).value(FieldKeys.UNIT, "G4:I4", TEXT);
    t.put("A5:A9", "项目资金\n（元）", LABEL).mark(FieldKeys.MONEY_UNIT, "A5");
    t.put("B5", null, LABEL);
    String[] heads = {"年初预算数", "全年预算数", "全年执行数", "分值", "执行率"};
    for (int i = 0; i < heads.length; i++) {
      t.put(col(2 + i) + 5, heads[i], LABEL);
    }
    t.put("H5:I5", "得分", LABEL);
    t.put("B6", "年度资金总额", LABEL)
        .value(SelfEvaluation.BUDGET_INITIAL, "C6", MONEY)
        .value(SelfEvaluation.BUDGET_ANNUAL, "D6", MONEY)
        .value(SelfEvaluation.BUDGET_SPENT, "E6", MONEY)
        .value(SelfEvaluation.BUDGET_WEIGHT, "F6", SCORE)
        .value(SelfEvaluation.BUDGET_RATE, "G6", RATE)
        .value(SelfEvaluation.BUDGET_SCORE, "H6:I6", SCORE);
    sourceLine(t, 7, "其中：当年财政拨款", Funds.FISCAL);
    sourceLine(t, 8, "上年结转资金", Funds.CARRYOVER);
    sourceLine(t, 9, "其他资金", Funds.OTHER);
    t.put("A10:A11", "年度\n总体\n目标", LABEL)
        .put("B10:E10", "预算目标", LABEL)
        .put("F10:I10", "实际完成情况", LABEL);
    t.value(SelfEvaluation.GOAL_EXPECTED, "B11:E11", TEXT)
        .value(SelfEvaluation.GOAL_ACTUAL, "F11:I11", TEXT);
    t.height(10, 18);
    t.height(11, 90);
    int head = 12;
    int first = head + 1;
    int last = head + INDICATOR_ROWS;
    t.put("A12:A" + last, "绩\n效\n指\n标", LABEL);
    String[] cols = {"一级指标", "二级指标", "三级指标", "年度\n指标值", "实际\n完成值", "分值", "得分", "偏差原因分析及\n改进措施"};
    TemplateSheet.Kind[] kinds = {VALUE, VALUE, TEXT, VALUE, VALUE, SCORE, SCORE, TEXT};
    for (int i = 0; i < cols.length; i++) {
      String c = col(1 + i);
      t.put(c + head, cols[i], LABEL);
      t.value(SELF_EVALUATION_COLUMNS.get(i), c + first + ":" + c + last, kinds[i]);
    }
    t.height(head - 1, 30);
    int total = last + 1;
    totalRow(t, total, 6, 8);
    legend(
        wb,
        "project-self-evaluation",
        "项目支出绩效自评表",
        List.of(
            field(FieldKeys.TITLE, "表头标题（识别表格用）", false, false),
            field(FieldKeys.YEAR, "年度（标题下方，生成空白表时填写）", false, false),
            field(FieldKeys.PROJECT_NAME, "项目名称", true, false),
            field(FieldKeys.DEPARTMENT, "主管部门", true, false),
            field(FieldKeys.UNIT, "实施单位", true, false),
            field(FieldKeys.MONEY_UNIT, "金额单位，写在标签里：项目资金（元）或（万元）", false, false),
            field(SelfEvaluation.BUDGET_INITIAL, "年度资金总额·年初预算数", false, false),
            field(SelfEvaluation.BUDGET_ANNUAL, "年度资金总额·全年预算数（调整后预算）", true, false),
            field(SelfEvaluation.BUDGET_SPENT, "年度资金总额·全年执行数", true, false),
            field(SelfEvaluation.BUDGET_WEIGHT, "预算执行分值（一般 10 分，湖北等地 20 分）", true, false),
            field(SelfEvaluation.BUDGET_RATE, "执行率 = 全年执行数 ÷ 全年预算数", false, false),
            field(SelfEvaluation.BUDGET_SCORE, "预算执行得分 = 分值 × 执行率（不超过分值）", false, false),
            field(Funds.key(Funds.FISCAL, Funds.INITIAL), "当年财政拨款·年初预算数", false, false),
            field(Funds.key(Funds.FISCAL, Funds.ANNUAL), "当年财政拨款·全年预算数", false, false),
            field(Funds.key(Funds.FISCAL, Funds.SPENT), "当年财政拨款·全年执行数", false, false),
            field(Funds.key(Funds.CARRYOVER, Funds.INITIAL), "上年结转资金·年初预算数", false, false),
            field(Funds.key(Funds.CARRYOVER, Funds.ANNUAL), "上年结转资金·全年预算数", false, false),
            field(Funds.key(Funds.CARRYOVER, Funds.SPENT), "上年结转资金·全年执行数", false, false),
            field(Funds.key(Funds.OTHER, Funds.INITIAL), "其他资金·年初预算数", false, false),
            field(Funds.key(Funds.OTHER, Funds.ANNUAL), "其他资金·全年预算数", false, false),
            field(Funds.key(Funds.OTHER, Funds.SPENT), "其他资金·全年执行数", false, false),
            field(SelfEvaluation.GOAL_EXPECTED, "年度总体目标·预算目标", false, false),
            field(SelfEvaluation.GOAL_ACTUAL, "年度总体目标·实际完成情况", false, false),
            field(Ind.LEVEL1, "一级指标（合并单元格或只写在第一行均可）", true, true),
            field(Ind.LEVEL2, "二级指标", true, true),
            field(Ind.NAME, "三级指标", true, false),
            field(Ind.TARGET, "年度指标值，如 ≥95%、=100%、及时", true, false),
            field(Ind.ACTUAL, "实际完成值", true, false),
            field(Ind.WEIGHT, "分值", true, false),
            field(Ind.SCORE, "得分（自评）", true, false),
            field(Ind.EXPLANATION, "偏差原因分析及改进措施（未达成目标或未得满分时必填）", false, false),
            field(SelfEvaluation.TOTAL_WEIGHT, "总分行·分值（应为 100）", false, false),
            field(SelfEvaluation.TOTAL_SCORE, "总分行·得分", false, false)),
        SELF_EVALUATION_ALIASES);
    return wb;
  }

  /** The central-government system layout (real-world/central-2019-*.xls): 11 columns, 万元. */
  static Workbook centralSelfEvaluation() {
    XSSFWorkbook wb = new XSSFWorkbook();
    TemplateSheet t = new TemplateSheet(wb, "项目支出绩效自评表");
    t.widths(8, 12, 14, 14, 10, 14, 14, 8, 8, 12, 12);
    t.put("A1:K1", "项目支出绩效自评表", TITLE).mark(FieldKeys.TITLE, "A1");
    t.put("A2:K2", "(    年度)", SUBTITLE).mark(FieldKeys.YEAR, "A2");
    t.put("A4:B4", "项目名称", LABEL).value(FieldKeys.PROJECT_NAME, "C4:K4", TEXT);
    t.put("A5:B5", "主管部门", LABEL).value(FieldKeys.DEPARTMENT, "C5:E5", TEXT);
    t.put("F5", "实施单位", LABEL).value(FieldKeys.UNIT, "G5:K5", TEXT);
    t.put("A6:B7", "项目资金（万元）", LABEL).mark(FieldKeys.MONEY_UNIT, "A6");
    t.put("C6:D6", null, LABEL).put("C7:D7", null, TEXT);
    t.put("E6", "年初预算数", LABEL)
        .put("F6", "全年预算数", LABEL)
        .put("G6", "全年执行数", LABEL)
        .put("H6", "分值", LABEL)
        .put("I6:J6", "执行率", LABEL)
        .put("K6", "得分", LABEL);
    t.value(SelfEvaluation.BUDGET_INITIAL, "E7", MONEY)
        .value(SelfEvaluation.BUDGET_ANNUAL, "F7", MONEY)
        .value(SelfEvaluation.BUDGET_SPENT, "G7", MONEY)
        .value(SelfEvaluation.BUDGET_WEIGHT, "H7", SCORE)
        .value(SelfEvaluation.BUDGET_RATE, "I7:J7", RATE)
        .value(SelfEvaluation.BUDGET_SCORE, "K7", SCORE);
    t.put("A8:A9", "年度总体目标", LABEL).put("B8:F8", "预期目标", LABEL).put("G8:K8", "实际完成情况", LABEL);
    t.value(SelfEvaluation.GOAL_EXPECTED, "B9:F9", TEXT)
        .value(SelfEvaluation.GOAL_ACTUAL, "G9:K9", TEXT);
    t.height(8, 80);
    int head = 10;
    int first = head + 1;
    int last = head + INDICATOR_ROWS;
    t.put("A10:A" + last, "绩效指标", LABEL);
    t.put("B10", "一级指标", LABEL)
        .put("C10", "二级指标", LABEL)
        .put("D10:E10", "三级指标", LABEL)
        .put("F10", "年度指标值", LABEL)
        .put("G10", "实际完成值", LABEL)
        .put("H10", "分值", LABEL)
        .put("I10", "得分", LABEL)
        .put("J10:K10", "偏差原因分析及改进措施", LABEL);
    String[][] cols = {
      {"B", Ind.LEVEL1},
      {"C", Ind.LEVEL2},
      {"D", Ind.NAME},
      {"F", Ind.TARGET},
      {"G", Ind.ACTUAL},
      {"H", Ind.WEIGHT},
      {"I", Ind.SCORE},
      {"J", Ind.EXPLANATION}
    };
    for (String[] c : cols) {
      t.value(
          c[1],
          c[0] + first + ":" + c[0] + last,
          c[1].equals(Ind.WEIGHT) || c[1].equals(Ind.SCORE) ? SCORE : TEXT);
    }
    for (int r = first; r <= last; r++) {
      t.put("D" + r + ":E" + r, null, TEXT).put("J" + r + ":K" + r, null, TEXT);
    }
    int total = last + 1;
    totalRow(t, total, 7, 10);
    legend(
        wb,
        "project-self-evaluation",
        "项目支出绩效自评表",
        List.of(
            field(FieldKeys.TITLE, "表头标题", false, false),
            field(FieldKeys.YEAR, "年度", false, false),
            field(FieldKeys.PROJECT_NAME, "项目名称", true, false),
            field(FieldKeys.DEPARTMENT, "主管部门", true, false),
            field(FieldKeys.UNIT, "实施单位", true, false),
            field(FieldKeys.MONEY_UNIT, "金额单位（万元）", false, false),
            field(SelfEvaluation.BUDGET_INITIAL, "年初预算数", false, false),
            field(SelfEvaluation.BUDGET_ANNUAL, "全年预算数", true, false),
            field(SelfEvaluation.BUDGET_SPENT, "全年执行数", true, false),
            field(SelfEvaluation.BUDGET_WEIGHT, "预算执行分值", true, false),
            field(SelfEvaluation.BUDGET_RATE, "执行率", false, false),
            field(SelfEvaluation.BUDGET_SCORE, "预算执行得分", false, false),
            field(SelfEvaluation.GOAL_EXPECTED, "预期目标", false, false),
            field(SelfEvaluation.GOAL_ACTUAL, "实际完成情况", false, false),
            field(Ind.LEVEL1, "一级指标", true, true),
            field(Ind.LEVEL2, "二级指标", true, true),
            field(Ind.NAME, "三级指标", true, false),
            field(Ind.TARGET, "年度指标值", true, false),
            field(Ind.ACTUAL, "实际完成值", true, false),
            field(Ind.WEIGHT, "分值", true, false),
            field(Ind.SCORE, "得分", true, false),
            field(Ind.EXPLANATION, "偏差原因分析及改进措施", false, false),
            field(SelfEvaluation.TOTAL_WEIGHT, "总分·分值", false, false),
            field(SelfEvaluation.TOTAL_SCORE, "总分·得分", false, false)),
        SELF_EVALUATION_ALIASES);
    return wb;
  }

  /** The Putuo 2024 declaration layout (seed 003): 项目性质 and 项目类别, two funds columns. */
  static Workbook declaration() {
    XSSFWorkbook wb = new XSSFWorkbook();
    TemplateSheet t = new TemplateSheet(wb, "申报表");
    t.widths(10, 16, 20, 16, 14, 18);
    t.put("A1:F1", "财政项目支出绩效目标申报表", TITLE).mark(FieldKeys.TITLE, "A1");
    t.put("A2:F2", "（    年度）", SUBTITLE).mark(FieldKeys.YEAR, "A2");
    t.put("A3", "项目名称", LABEL)
        .value(FieldKeys.PROJECT_NAME, "B3", TEXT)
        .put("C3", "项目性质", LABEL)
        .value(Declaration.NATURE, "D3", VALUE)
        .put("E3", "项目类别", LABEL)
        .value(Declaration.CATEGORY, "F3", VALUE);
    t.put("A4", "主管部门", LABEL)
        .value(FieldKeys.DEPARTMENT, "B4:C4", TEXT)
        .put("D4", "实施单位", LABEL)
        .value(FieldKeys.UNIT, "E4:F4", TEXT);
    t.put("A5", "计划开始日期", LABEL)
        .value(Declaration.START_DATE, "B5:C5", VALUE)
        .put("D5", "计划完成日期", LABEL)
        .value(Declaration.END_DATE, "E5:F5", VALUE);
    t.put("A6:A9", "项目资金\n（元）", LABEL).mark(FieldKeys.MONEY_UNIT, "A6");
    t.put("B6", "项目资金总额", LABEL)
        .value(Declaration.FUNDS_TOTAL, "C6", MONEY)
        .put("D6", "年度资金申请总额", LABEL)
        .value(Declaration.ANNUAL_TOTAL, "E6:F6", MONEY);
    t.put("B7", "其中：财政资金", LABEL)
        .value(Declaration.FUNDS_FISCAL, "C7", MONEY)
        .put("D7", "其中：当年财政拨款", LABEL)
        .value(Declaration.APPROPRIATION, "E7:F7", MONEY);
    t.put("B8", null, LABEL)
        .put("C8", null, TEXT)
        .put("D8", "上年结转资金", LABEL)
        .value(Declaration.CARRYOVER, "E8:F8", MONEY);
    t.put("B9", "其他资金", LABEL)
        .value(Declaration.FUNDS_OTHER, "C9", MONEY)
        .put("D9", "其他资金", LABEL)
        .value(Declaration.ANNUAL_OTHER, "E9:F9", MONEY);
    t.put("A10:A11", "项目\n绩效\n目标", LABEL)
        .put("B10:C10", "项目总目标", LABEL)
        .put("D10:F10", "年度总体目标", LABEL);
    t.value(Declaration.GOAL_TOTAL, "B11:C11", TEXT)
        .value(Declaration.GOAL_ANNUAL, "D11:F11", TEXT);
    t.height(10, 90);
    int head = 12;
    int last = head + INDICATOR_ROWS;
    t.put("A12:A" + last, "绩\n效\n指\n标", LABEL);
    t.put("B12", "一级指标", LABEL)
        .put("C12", "二级指标", LABEL)
        .put("D12:E12", "三级指标", LABEL)
        .put("F12", "年度指标值", LABEL);
    t.value(Ind.LEVEL1, "B13:B" + last, VALUE)
        .value(Ind.LEVEL2, "C13:C" + last, VALUE)
        .value(Ind.NAME, "D13:D" + last, TEXT)
        .value(Ind.TARGET, "F13:F" + last, VALUE);
    for (int r = head + 1; r <= last; r++) {
      t.put("D" + r + ":E" + r, null, TEXT);
    }
    legend(
        wb,
        "project-declaration",
        "绩效目标申报表",
        List.of(
            field(FieldKeys.TITLE, "表头标题", false, false),
            field(FieldKeys.YEAR, "年度", false, false),
            field(FieldKeys.PROJECT_NAME, "项目名称", true, false),
            field(Declaration.NATURE, "项目性质（经常性项目、一次性项目、阶段性项目）", false, false),
            field(Declaration.CATEGORY, "项目类别", false, false),
            field(FieldKeys.DEPARTMENT, "主管部门", true, false),
            field(FieldKeys.UNIT, "实施单位", true, false),
            field(Declaration.START_DATE, "计划开始日期", true, false),
            field(Declaration.END_DATE, "计划完成日期", true, false),
            field(FieldKeys.MONEY_UNIT, "金额单位（元或万元，写在标签里）", false, false),
            field(Declaration.FUNDS_TOTAL, "项目资金总额", true, false),
            field(Declaration.FUNDS_FISCAL, "其中：财政资金", false, false),
            field(Declaration.FUNDS_OTHER, "其他资金（项目资金）", false, false),
            field(Declaration.ANNUAL_TOTAL, "年度资金申请总额", false, false),
            field(Declaration.APPROPRIATION, "其中：当年财政拨款", false, false),
            field(Declaration.CARRYOVER, "上年结转资金", false, false),
            field(Declaration.ANNUAL_OTHER, "其他资金（年度资金）", false, false),
            field(Declaration.GOAL_TOTAL, "项目总目标", false, false),
            field(Declaration.GOAL_ANNUAL, "年度总体目标", true, false),
            field(Ind.LEVEL1, "一级指标", true, true),
            field(Ind.LEVEL2, "二级指标", true, true),
            field(Ind.NAME, "三级指标", true, false),
            field(Ind.TARGET, "年度指标值，如 ≥95%、=100%、及时", true, false)),
        List.of(
            new String[] {"主管部门", "主管单位"},
            new String[] {"实施单位", "项目单位、项目实施单位"},
            new String[] {"项目类别", "项目类型"},
            new String[] {"计划开始日期", "开始日期"},
            new String[] {"计划完成日期", "完成日期、结束日期"},
            new String[] {"年度资金申请总额", "年度资金总额"},
            new String[] {"财政资金", "财政拨款"},
            new String[] {"年度总体目标", "年度总目标、年度目标、年度绩效目标"},
            new String[] {"项目总目标", "总目标"},
            new String[] {"一级指标", "一级"},
            new String[] {"二级指标", "二级"},
            new String[] {"三级指标", "三级、指标名称"},
            new String[] {"年度指标值", "指标目标值、年度目标值、目标值、指标值"}));
    return wb;
  }

  /** The Wuhan Qiaokou 2020 department-wide layout (seed 004): 20-point budget block, 年度目标 1…n. */
  static Workbook departmentSelfEvaluation() {
    XSSFWorkbook wb = new XSSFWorkbook();
    TemplateSheet t = new TemplateSheet(wb, "整体绩效自评表");
    t.widths(12, 12, 14, 24, 14, 14, 8, 8);
    t.put("A1:H1", "    年度部门整体绩效自评表", TITLE).mark(FieldKeys.TITLE, "A1");
    t.put("A2:H2", "单位名称：                    填报日期：    年  月  日", SUBTITLE);
    t.put("A3:B3", "单位名称", LABEL).value(FieldKeys.UNIT, "C3:H3", TEXT);
    t.put("A4:B4", "基本支出总额", LABEL)
        .value(Department.BASIC_TOTAL, "C4:D4", MONEY)
        .put("E4:F4", "项目支出总额", LABEL)
        .value(Department.PROJECT_TOTAL, "G4:H4", MONEY);
    t.put("A5:A6", "预算执行情况\n（万元）\n（20 分）", LABEL).mark(FieldKeys.MONEY_UNIT, "A5");
    t.put("B5:C5", null, LABEL)
        .put("D5", "预算数（A）", LABEL)
        .put("E5", "执行数（B）", LABEL)
        .put("F5", "执行率（B/A）", LABEL)
        .put("G5:H5", "得分\n（20 分*执行率）", LABEL);
    t.put("B6:C6", "部门整体\n支出总额", LABEL)
        .value(Department.BUDGET_ANNUAL, "D6", MONEY)
        .value(Department.BUDGET_SPENT, "E6", MONEY)
        .value(Department.BUDGET_RATE, "F6", RATE)
        .value(Department.BUDGET_SCORE, "G6:H6", SCORE);
    t.height(4, 45);
    int heading = 8;
    t.put("A" + heading, "年度目标 1：\n（  分）", LABEL).mark(Department.GOAL_HEADING, "A" + heading);
    t.value(Department.GOAL_TEXT, "B" + heading + ":F" + heading, TEXT);
    t.put("G" + heading, "目标资金", LABEL).value(Department.GOAL_FUNDS, "H" + heading, MONEY);
    int head = heading + 1;
    int last = head + 12;
    t.put("A" + head + ":A" + last, "年度\n绩效\n指标", LABEL);
    String[] cols = {"一级指标", "二级指标", "三级指标", "年初目标值\n（A）", "实际完成值\n（B）", "分值", "得分"};
    String[] keys = {
      Ind.LEVEL1, Ind.LEVEL2, Ind.NAME, Ind.TARGET, Ind.ACTUAL, Ind.WEIGHT, Ind.SCORE
    };
    for (int i = 0; i < cols.length; i++) {
      String c = col(1 + i);
      t.put(c + head, cols[i], LABEL);
      t.value(
          Department.indicator(keys[i]), c + (head + 1) + ":" + c + last, i == 2 ? TEXT : VALUE);
    }
    int total = last + 1;
    t.put("A" + total + ":G" + total, "总分", LABEL)
        .value(Department.TOTAL_SCORE, "H" + total, SCORE);
    t.put("A" + (total + 1) + ":B" + (total + 1), "偏差大或\n目标未完成\n原因分析", LABEL)
        .value(Department.DEVIATION, "C" + (total + 1) + ":H" + (total + 1), TEXT);
    t.put("A" + (total + 2) + ":B" + (total + 2), "改进措施及\n结果应用方案", LABEL)
        .value(Department.IMPROVEMENT, "C" + (total + 2) + ":H" + (total + 2), TEXT);
    t.put("A" + (total + 3) + ":B" + (total + 3), "备注", LABEL)
        .value(Department.NOTE, "C" + (total + 3) + ":H" + (total + 3), TEXT);
    t.height(total, 80);
    t.height(total + 1, 80);
    legend(
        wb,
        "department-self-evaluation",
        "整体绩效自评表",
        List.of(
            field(FieldKeys.TITLE, "表头标题", false, false),
            field(FieldKeys.UNIT, "单位名称", true, false),
            field(Department.BASIC_TOTAL, "基本支出总额", false, false),
            field(Department.PROJECT_TOTAL, "项目支出总额", false, false),
            field(FieldKeys.MONEY_UNIT, "预算执行情况标签：金额单位与分值（20 分）", false, false),
            field(Department.BUDGET_ANNUAL, "部门整体支出总额·预算数（A）", true, false),
            field(Department.BUDGET_SPENT, "部门整体支出总额·执行数（B）", true, false),
            field(Department.BUDGET_RATE, "执行率（B/A）", false, false),
            field(Department.BUDGET_SCORE, "预算执行得分 = 20 × 执行率", false, false),
            repeated(Department.GOAL_HEADING, "年度目标 N：（分值）——按“年度目标 数字”识别，可有任意多个", false),
            repeated(Department.GOAL_TEXT, "年度目标内容", false),
            repeated(Department.GOAL_FUNDS, "该目标的资金（与预算执行同一金额单位）；填写时各目标分值按资金占比核对，可不填", false),
            repeated(Department.indicator(Ind.LEVEL1), "一级指标", true),
            repeated(Department.indicator(Ind.LEVEL2), "二级指标", true),
            repeated(Department.indicator(Ind.NAME), "三级指标", false),
            repeated(Department.indicator(Ind.TARGET), "年初目标值（A）", false),
            repeated(Department.indicator(Ind.ACTUAL), "实际完成值（B）", false),
            repeated(Department.indicator(Ind.WEIGHT), "分值（可无此列）", false),
            repeated(Department.indicator(Ind.SCORE), "得分", false),
            field(Department.TOTAL_SCORE, "总分", false, false),
            field(Department.DEVIATION, "偏差大或目标未完成原因分析（有目标未完成时必填）", false, false),
            field(Department.IMPROVEMENT, "改进措施及结果应用方案", false, false),
            field(Department.NOTE, "备注", false, false)),
        List.of(
            new String[] {"单位名称", "部门名称、单位"},
            new String[] {"部门整体支出总额", "整体支出总额、支出总额、部门支出总额"},
            new String[] {"预算数", "全年预算数、调整后预算数"},
            new String[] {"执行数", "全年执行数、实际执行数"},
            new String[] {"一级指标", "一级"},
            new String[] {"二级指标", "二级"},
            new String[] {"三级指标", "三级、指标名称"},
            new String[] {"年初目标值", "年度指标值、指标目标值、目标值、年度目标值"},
            new String[] {"实际完成值", "完成值、实际值"},
            new String[] {"偏差大或目标未完成原因分析", "偏差原因分析、目标未完成原因分析、原因分析"},
            new String[] {"改进措施及结果应用方案", "改进措施、结果应用方案"},
            new String[] {"目标资金", "资金、资金金额、目标资金额"}));
    return wb;
  }

  static Field repeated(String key, String meaning, boolean fillDown) {
    return new Field(key, meaning, false, fillDown, true);
  }

  static final List<String[]> SELF_EVALUATION_ALIASES =
      List.of(
          new String[] {"主管部门", "主管单位、主管部门及代码、主管单位及代码"},
          new String[] {"实施单位", "项目单位、执行单位、项目实施单位"},
          new String[] {"年初预算数", "年初预算、年初数"},
          new String[] {"全年预算数", "全年预算、调整后预算数、调整后预算、调整预算数、全年预算金额"},
          new String[] {"全年执行数", "全年执行、执行数、实际执行数、实际支出数、预算执行数、全年实际支出"},
          new String[] {"分值", "权重、参考分值、指标分值"},
          new String[] {"执行率", "预算执行率"},
          new String[] {"得分", "自评得分"},
          new String[] {"年度资金总额", "资金总额、年度资金合计、总额、资金合计"},
          new String[] {"当年财政拨款", "财政拨款、本年财政拨款、本年度财政拨款、财政资金"},
          new String[] {"上年结转资金", "上年结转、结转资金"},
          new String[] {"其他资金", "其他"},
          new String[] {"年度总体目标", "总体目标、年度目标"},
          new String[] {"预算目标", "预期目标、年度预期目标"},
          new String[] {"预期目标", "预算目标、年度预期目标"},
          new String[] {"实际完成情况", "完成情况"},
          new String[] {"一级指标", "一级"},
          new String[] {"二级指标", "二级"},
          new String[] {"三级指标", "三级、指标名称、指标内容"},
          new String[] {"年度指标值", "指标目标值、年度目标值、目标值、年初目标值、指标值、计划值、预期指标值、预期目标值"},
          new String[] {"实际完成值", "完成值、实际值、全年实际完成值、全年实际值、实际完成指标值"},
          new String[] {
            "偏差原因分析及改进措施",
            "偏差原因分析、偏差原因分析及整改措施、原因分析及改进措施、未完成原因分析及改进措施、未完成原因分析、偏差原因、偏差原因及改进措施、未完成原因及改进措施"
          },
          new String[] {"总分", "总得分、合计得分、自评得分、自评总分、合计、总计"});

  record Field(String key, String meaning, boolean required, boolean fillDown, boolean repeated) {}

  static Field field(String key, String meaning, boolean required, boolean fillDown) {
    return new Field(key, meaning, required, fillDown, false);
  }

  /** The legend sheet the learner reads: form kind, title words, fields, label aliases. */
  static void legend(
      Workbook wb, String kind, String title, List<Field> fields, List<String[]> aliases) {
    TemplateSheet t = new TemplateSheet(wb, "字段说明");
    t.widths(24, 60, 8, 10, 10);
    Sheet s = t.sheet;
    int r = 0;
    row(
        s,
        r++,
        "perfsheet 模板说明：本工作簿是表单模板。带 ps_ 名称（公式 → 名称管理器）的单元格是 perfsheet 读取的字段；"
            + "可以移动、插入行列、修改样式，名称会随之移动。其他地区的版式：复制本文件、改成该版式、保存到 templates 文件夹即可。");
    r++;
    row(s, r++, "表类型", kind);
    row(s, r++, "识别标题", title);
    r++;
    row(s, r++, "名称", "含义", "必填", "向下填充", "重复块");
    for (Field f : fields) {
      row(
          s,
          r++,
          TemplateLearner.NAME_PREFIX + f.key(),
          f.meaning(),
          f.required() ? "是" : "否",
          f.fillDown() ? "是" : "否",
          f.repeated() ? "是" : "");
    }
    r++;
    row(s, r++, "标签", "别名（其他版式中同一标签的写法，用顿号分隔）");
    for (String[] a : aliases) {
      row(s, r++, a[0], a[1]);
    }
  }

  private static void row(Sheet s, int r, String... values) {
    Row row = s.createRow(r);
    for (int i = 0; i < values.length; i++) {
      row.createCell(i).setCellValue(values[i]);
    }
  }

  static String col(int index) {
    return CellRef.columnName(index);
  }

  private static void sourceLine(TemplateSheet t, int row, String label, String line) {
    t.put("B" + row, label, LABEL)
        .value(Funds.key(line, Funds.INITIAL), "C" + row, MONEY)
        .value(Funds.key(line, Funds.ANNUAL), "D" + row, MONEY)
        .value(Funds.key(line, Funds.SPENT), "E" + row, MONEY)
        .put("F" + row, "—", TEXT)
        .put("G" + row, "—", TEXT)
        .put("H" + row + ":I" + row, "—", TEXT);
  }

  private BuildTemplates() {}
}
