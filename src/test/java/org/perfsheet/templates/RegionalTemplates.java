package org.perfsheet.templates;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.perfsheet.layout.FieldKeys;
import org.perfsheet.layout.FieldKeys.Declaration;
import org.perfsheet.layout.FieldKeys.Department;
import org.perfsheet.layout.FieldKeys.Funds;
import org.perfsheet.layout.FieldKeys.Ind;
import org.perfsheet.layout.FieldKeys.SelfEvaluation;
import org.perfsheet.workbook.TemplateLearner;

/**
 * Regenerates the regional templates from published forms, the way a finance bureau's IT staff
 * would make one by hand (README, "A new regional layout"): take a filled copy of the form, clear
 * what the unit filled in, name each field {@code ps_…} and add the 字段说明 legend. The forms are the
 * ones under {@code test-workbooks/foreign/} (sources in its README).
 *
 * <p>{@code java -cp target/classes:target/test-classes:$(cat cp.txt)
 * org.perfsheet.templates.RegionalTemplates templates}
 */
public final class RegionalTemplates {

  private static final Path FORMS = Path.of("test-workbooks/foreign");

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "templates");
    national(dir.resolve("self-evaluation-national.xlsx"));
    sichuan(dir.resolve("self-evaluation-sichuan.xlsx"));
    evaluationFramework(dir.resolve("self-evaluation-framework.xlsx"));
    hubeiDeclaration(dir.resolve("declaration-hubei.xlsx"));
    guizhouDepartment(dir.resolve("department-self-evaluation-guizhou.xlsx"));
    chongqingDepartment(dir.resolve("department-self-evaluation-chongqing.xlsx"));
    tianjinMonitoring(dir.resolve("monitoring-tianjin.xlsx"));
    integratedMonitoring(dir.resolve("monitoring-integrated.xlsx"));
    hunanDeclaration(dir.resolve("declaration-hunan.xlsx"));
    gansuDeclaration(dir.resolve("declaration-gansu.xlsx"));
    transitionDeclaration(dir.resolve("declaration-transition.xlsx"));
  }

  /**
   * The Chongqing budget system's 部门整体绩效自评表 (a 融媒体中心, 2021): 自评总分 in the heading block, budget
   * execution on one row with its 执行率权重, an indicator table with no 一级/二级 levels and no explanation
   * column: 指标名称 · 计量单位 · 指标性质 · 年初指标值 · 调整指标值 · 全年完成值 · 得分系数 · 指标权重 · 指标得分 · 是否核心指标. 调整指标值, where
   * filled, is the target; 得分系数 and 是否核心指标 are not read.
   */
  static void chongqingDepartment(Path out) throws IOException {
    Form f = Form.open("2021-重庆科学城融媒体中心-部门整体绩效自评表.xlsx", "部门整体绩效自评表");
    f.clear("C2", "H2", "K2", "C3", "H3", "B5:K5", "B7", "E7", "H7", "B9:K29");
    f.mark(FieldKeys.TITLE, "A1")
        .mark(FieldKeys.UNIT, "C2")
        .mark(Department.TOTAL_SCORE, "K2")
        .mark(FieldKeys.MONEY_UNIT, "A4")
        .mark(Department.BUDGET_ANNUAL, "D5")
        .mark(Department.BUDGET_SPENT, "F5")
        .mark(Department.BUDGET_RATE, "H5")
        .mark(Department.BUDGET_WEIGHT, "I5")
        .mark(Department.BUDGET_SCORE, "J5")
        .mark(Department.indicator(Ind.NAME), "B9:B29")
        .mark(Department.indicator(Ind.TARGET), "E9:E29")
        .mark(Department.indicator(Ind.TARGET_ADJUSTED), "F9:F29")
        .mark(Department.indicator(Ind.ACTUAL), "G9:G29")
        .mark(Department.indicator(Ind.WEIGHT), "I9:I29")
        .mark(Department.indicator(Ind.SCORE), "J9:J29");
    f.legend(
        "department-self-evaluation",
        "整体绩效自评表",
        "重庆市部门整体绩效自评表（无一级、二级指标；预算执行率带权重；填了调整指标值的以其为目标；得分系数、是否核心指标不读取）",
        List.<String[]>of(new String[] {"主管部门", "部门名称、单位名称"}, new String[] {"自评总分（分）", "自评总分、总分"}),
        List.<String[]>of());
    f.save(out);
  }

  /**
   * A Guizhou 部门整体支出绩效自评表 (绥阳县太白镇 2021): no annual goals, one 年度总体目标 and one indicator table for
   * the whole department, like a project form; budget execution worth 分值（10分） in a cell of its own,
   * A = 年初预算数; a 得分计算方法 column, which is not read.
   */
  static void guizhouDepartment(Path out) throws IOException {
    Form f = Form.open("2021-贵州绥阳县太白镇-部门整体支出绩效自评表.xlsx", "部门整体支出绩效自评表");
    f.text("A2", "单位（盖章）：");
    f.text("G2", "填报日期：    年  月  日");
    f.clear("C3", "E5:H8", "C10", "G10", "D12:J20", "G21", "I21");
    f.mark(FieldKeys.TITLE, "A1")
        .mark(FieldKeys.UNIT, "C3")
        .mark(FieldKeys.MONEY_UNIT, "A4")
        .mark(Department.BUDGET_ANNUAL, "E5")
        .mark(Department.BUDGET_SPENT, "F5")
        .mark(Department.BUDGET_WEIGHT, "G5")
        .mark(Department.BUDGET_SCORE, "H5")
        .mark(Department.GOAL_TEXT, "C10");
    String[] cols = {"B", "C", "D", "E", "F", "G", "I", "J"};
    for (int i = 0; i < Ind.SCORED.size(); i++) {
      f.mark(Department.indicator(Ind.SCORED.get(i)), cols[i] + "12:" + cols[i] + "20");
    }
    f.mark(Department.TOTAL_WEIGHT, "G21").mark(Department.TOTAL_SCORE, "I21");
    f.legend(
        "department-self-evaluation",
        "整体支出绩效自评表",
        "贵州省部门整体支出绩效自评表（无分年度目标，全部门一张指标表；预算执行 10 分，A 为年初预算数）",
        List.<String[]>of(
            new String[] {"单位名称", "部门（单位）名称、部门名称"},
            new String[] {"年度指标值", "年度指标值（A）、年初目标值"},
            new String[] {"全年实际值", "全年实际值（B）、实际完成值、完成值"},
            new String[] {"未完成原因分析", "偏差原因分析、未完成原因"}),
        List.<String[]>of());
    f.save(out);
  }

  /**
   * The monitoring record of 预算管理一体化 systems as a form: one 偏差原因分析 text column (no cause ticks),
   * 完成目标可能性 as one column holding the word, 1-7月完成情况 / 全年预计完成情况.
   */
  static void integratedMonitoring(Path out) throws IOException {
    Form f = Form.open("2024-预算管理一体化-农村污水设施运维-绩效运行监控表.xlsx", "项目支出绩效运行监控表");
    f.text("A2", "（    年度）");
    f.clear("C3", "C4", "H4", "E6:J7", "C8", "A10:J18");
    f.mark(FieldKeys.TITLE, "A1")
        .mark(FieldKeys.PROJECT_NAME, "C3")
        .mark(FieldKeys.DEPARTMENT, "C4")
        .mark(FieldKeys.UNIT, "H4")
        .mark(FieldKeys.MONEY_UNIT, "A5")
        .mark(FieldKeys.Monitoring.MONTH, "F5");
    String[] lines = {FieldKeys.Monitoring.TOTAL, Funds.FISCAL};
    String[] columns = {Funds.INITIAL, Funds.SPENT, Funds.RATE, Funds.FORECAST};
    String[] at = {"E", "F", "G", "I"};
    for (int l = 0; l < lines.length; l++) {
      for (int c = 0; c < columns.length; c++) {
        f.mark(Funds.key(lines[l], columns[c]), at[c] + (6 + l));
      }
    }
    f.mark(FieldKeys.Monitoring.GOAL, "C8");
    String[] keys = {
      Ind.LEVEL1, Ind.LEVEL2, Ind.NAME, Ind.TARGET, Ind.ACTUAL, Ind.FORECAST, Ind.REASON
    };
    for (int i = 0; i < keys.length; i++) {
      f.mark(keys[i], BuildTemplates.col(i) + "10:" + BuildTemplates.col(i) + "18");
    }
    f.mark(Ind.POSSIBILITY, "I10:I18").mark(Ind.NOTE, "J10:J18");
    List<BuildTemplates.Field> fields = new ArrayList<>();
    for (BuildTemplates.Field x : MonitoringTemplate.fields()) {
      boolean marked = wantedIn(f, x.key());
      if (marked && x.key().equals(Ind.REASON)) {
        fields.add(
            BuildTemplates.field(x.key(), "偏差原因分析（红灯、黄灯或“完全不可能”时必填；“无偏差”不算说明）", false, false));
      } else if (marked) {
        fields.add(x);
      }
    }
    fields.add(BuildTemplates.field(Ind.POSSIBILITY, "完成目标可能性：填写确定能、有可能或完全不可能", false, false));
    List<String[]> aliases = new ArrayList<>(MonitoringTemplate.aliases());
    aliases.add(new String[] {"主管部门", "主管部门及代码、主管单位、主管单位及代码"});
    aliases.add(new String[] {"预算执行情况", "项目资金、项目资金情况、资金情况、项目预算执行情况"});
    aliases.add(new String[] {"执行率", MonitoringTemplate.months("执行率") + "、预算执行率"});
    aliases.add(new String[] {"年度绩效目标", "年度总体目标、总体目标、年度目标、绩效目标"});
    aliases.add(new String[] {"指标值", "年度指标值、年度目标值、指标目标值、目标值、全年指标值"});
    aliases.add(new String[] {"1-7月完成情况", MonitoringTemplate.months("完成情况") + "、绩效指标完成情况"});
    aliases.add(new String[] {"全年预计完成情况", "绩效指标全年预计完成情况、全年预计完成值"});
    aliases.add(new String[] {"偏差原因分析", "偏差原因、原因分析、偏差原因说明"});
    aliases.add(new String[] {"完成目标可能性", "完成可能性、目标完成可能性"});
    f.legendOf(
        "project-monitoring",
        "监控表",
        "预算管理一体化系统的项目支出绩效运行监控表：偏差原因分析为一栏文字（无勾选栏），完成目标可能性为一栏（填写确定能、有可能或完全不可能）",
        fields,
        aliases);
    f.save(out);
  }

  /** Whether the form being made into a template marks this key. */
  private static boolean wantedIn(Form f, String key) {
    return f.wb.getName(TemplateLearner.NAME_PREFIX + key) != null;
  }

  /**
   * The 预算管理一体化 monitoring form as printed for 天津: 调整后预算数 beside 年初预算数, 1-7月执行率% measured against
   * it, lines 年度资金总额 / 财政资金 / 其他资金; the indicator table is the central one (ticks).
   */
  static void tianjinMonitoring(Path out) throws IOException {
    Form f = Form.open("2023-天津河西区司法局-人民调解工作经费-执行监控表.xlsx", "项目支出绩效目标执行监控");
    f.text("A2", "（    年度）");
    f.clear("D3", "D4", "H4", "G6:Q8", "D9", "B12:Q20");
    f.mark(FieldKeys.TITLE, "A1")
        .mark(FieldKeys.PROJECT_NAME, "D3")
        .mark(FieldKeys.DEPARTMENT, "D4")
        .mark(FieldKeys.UNIT, "H4")
        .mark(FieldKeys.MONEY_UNIT, "A5")
        .mark(FieldKeys.Monitoring.MONTH, "K5");
    String[] lines = {FieldKeys.Monitoring.TOTAL, Funds.FISCAL, Funds.OTHER};
    String[] columns = {Funds.INITIAL, Funds.ANNUAL, Funds.SPENT, Funds.RATE, Funds.FORECAST};
    String[] at = {"G", "I", "K", "M", "O"};
    for (int l = 0; l < lines.length; l++) {
      for (int c = 0; c < columns.length; c++) {
        f.mark(Funds.key(lines[l], columns[c]), at[c] + (6 + l));
      }
    }
    f.mark(FieldKeys.Monitoring.GOAL, "D9");
    String[] keys = {Ind.LEVEL1, Ind.LEVEL2, Ind.NAME, Ind.TARGET, Ind.ACTUAL, Ind.FORECAST};
    for (int i = 0; i < keys.length; i++) {
      f.mark(keys[i], BuildTemplates.col(1 + i) + "12:" + BuildTemplates.col(1 + i) + "20");
    }
    for (int i = 0; i < Ind.CAUSES.size(); i++) {
      f.mark(
          Ind.CAUSES.get(i), BuildTemplates.col(7 + i) + "12:" + BuildTemplates.col(7 + i) + "20");
    }
    f.mark(Ind.REASON, "M12:M20");
    for (int i = 0; i < Ind.POSSIBILITIES.size(); i++) {
      String c = BuildTemplates.col(13 + i);
      f.mark(Ind.POSSIBILITIES.get(i), c + "12:" + c + "20");
    }
    f.mark(Ind.NOTE, "Q12:Q20");
    List<BuildTemplates.Field> fields = new ArrayList<>();
    for (BuildTemplates.Field x : MonitoringTemplate.fields()) {
      String key = x.key().replace(Funds.FISCAL + "_", "");
      if (!x.key().startsWith(Funds.CARRYOVER + "_")) {
        fields.add(
            x.key().startsWith(Funds.FISCAL + "_")
                ? BuildTemplates.field(
                    x.key(), x.meaning().replace("财政拨款", "财政资金"), x.required(), x.fillDown())
                : x);
      }
      if (key.equals(Funds.key(FieldKeys.Monitoring.TOTAL, Funds.INITIAL))) {
        fields.add(
            BuildTemplates.field(
                Funds.key(FieldKeys.Monitoring.TOTAL, Funds.ANNUAL),
                "年度资金总额·调整后预算数（执行率、资金灯按它计算）",
                false,
                false));
      }
    }
    fields.add(
        BuildTemplates.field(Funds.key(Funds.FISCAL, Funds.ANNUAL), "财政资金·调整后预算数", false, false));
    fields.add(
        BuildTemplates.field(Funds.key(Funds.OTHER, Funds.ANNUAL), "其他资金·调整后预算数", false, false));
    List<String[]> aliases = new ArrayList<>(MonitoringTemplate.aliases());
    aliases.add(new String[] {"财政资金", "财政拨款、当年财政拨款、本年财政拨款"});
    aliases.add(new String[] {"调整后预算数", "调整后预算、调整预算数"});
    aliases.add(
        new String[] {
          "1-7月执行率%", MonitoringTemplate.months("执行率%") + "、" + MonitoringTemplate.months("执行率")
        });
    f.legendOf(
        "project-monitoring",
        "监控表",
        "预算管理一体化系统（天津）项目支出绩效目标执行监控表：年初预算数与执行数之间有调整后预算数，执行率 = 执行数 ÷ 调整后预算数；"
            + "资金行为年度资金总额、财政资金、其他资金；指标表同中央表式（勾选偏差原因、完成目标可能性）",
        fields,
        aliases);
    f.save(out);
  }

  /**
   * The national 衔接资金 reference declaration (绩效目标申报表（参考模板）; Yueyang county, Hunan 2022): 项目负责人及电话,
   * 主管部门 beside 实施单位, 资金情况（万元） with 年度资金总额： / 其中：财政拨款 / 其他资金, 总体目标 over 年度目标, the indicator table
   * under a vertical 绩效指标 label.
   */
  static void transitionDeclaration(Path out) throws IOException {
    Form f = Form.open("2022-湖南岳阳县农业农村局-高标准农田-衔接资金绩效目标申报表.xlsx", "绩效目标申报表");
    f.text("A1", "绩效目标申报表");
    f.text("A2", "（    年度）");
    f.clear("C3", "C4", "C5", "E5", "C6:C8", "B10", "B12:E23");
    f.mark(FieldKeys.TITLE, "A1")
        .mark(FieldKeys.PROJECT_NAME, "C3")
        .mark(FieldKeys.DEPARTMENT, "C5")
        .mark(FieldKeys.UNIT, "E5")
        .mark(FieldKeys.MONEY_UNIT, "A6")
        .mark(Declaration.ANNUAL_TOTAL, "C6")
        .mark(Declaration.APPROPRIATION, "C7")
        .mark(Declaration.ANNUAL_OTHER, "C8")
        .mark(Declaration.GOAL_ANNUAL, "B10")
        .mark(Ind.LEVEL1, "B12:B23")
        .mark(Ind.LEVEL2, "C12:C23")
        .mark(Ind.NAME, "D12:D23")
        .mark(Ind.TARGET, "E12:E23");
    f.legend(
        "project-declaration",
        "绩效目标申报表",
        "衔接资金绩效目标申报表（参考模板；湖南岳阳县 2022）：资金情况（万元）分年度资金总额、财政拨款、其他资金；总体目标下为年度目标",
        List.<String[]>of(
            new String[] {"年度资金总额", "年度资金申请总额"},
            new String[] {"其中：财政拨款", "财政拨款、当年财政拨款"},
            new String[] {"实施单位", "项目实施单位"}),
        List.<String[]>of());
    f.save(out);
  }

  /**
   * The Gansu provincial system's 省级部门预算项目支出绩效目标表 (Jiayuguan 2023): 一级/二级项目名称, dates in two cells,
   * 项目总投资 over three sources (中央补助安排, 省级财政安排, 其他资金) of which the declaration model knows one, so
   * the parts are not named and the sum is not checked; 预算申报数 is the year's request; the 101号
   * indicator table with 成本指标 as a 一级.
   */
  static void gansuDeclaration(Path out) throws IOException {
    Form f = Form.open("2023-甘肃嘉峪关城市博物馆-免费开放补助-绩效目标表.xlsx", "项目支出绩效目标表");
    f.text("A2", "（    年度）");
    f.clear(
        "B3", "E3", "B4", "D4", "F4", "B5", "D5", "F5", "B6", "D6", "F6", "B7", "D7", "F7",
        "B8:B10", "C11", "E11", "C12", "B13:B16", "C18:F27");
    f.mark(FieldKeys.TITLE, "A1")
        .mark(FieldKeys.PROJECT_NAME, "E3")
        .mark(FieldKeys.DEPARTMENT, "B5")
        .mark(FieldKeys.UNIT, "C12")
        .mark(Declaration.CATEGORY, "B4")
        .mark(Declaration.START_DATE, "D5")
        .mark(Declaration.END_DATE, "F5")
        .mark(Declaration.FUNDS_TOTAL, "B6")
        .mark(Declaration.ANNUAL_TOTAL, "D7")
        .mark(Declaration.GOAL_ANNUAL, "B16")
        .mark(Ind.LEVEL1, "A18:A27")
        .mark(Ind.LEVEL2, "B18:B27")
        .mark(Ind.NAME, "C18:C27")
        .mark(Ind.TARGET, "F18:F27");
    f.legend(
        "project-declaration",
        "绩效目标表",
        "甘肃省预算管理一体化系统的省级部门预算项目支出绩效目标表（项目总投资分中央补助、省级财政、其他资金；成本指标为一级指标）",
        List.<String[]>of(
            new String[] {"二级项目名称", "项目名称"},
            new String[] {"项目实施单位", "实施单位"},
            new String[] {"项目类型", "项目类别"},
            new String[] {"项目总投资", "项目资金总额"},
            new String[] {"预算申报数", "年度资金申请总额"},
            new String[] {"指标目标值", "指标值、年度指标值"}),
        List.<String[]>of());
    f.save(out);
  }

  /**
   * A Hunan city 项目支出绩效目标申报表 (Xiangtan 2023): 项目支出名称 / 预算部门, 年度本级预算金额 beside 该项目支出上级资金 (no total,
   * no 实施单位), one 项目支出实施期 cell that may span two years (not a pair of dates: not named), 实施期绩效目标
   * over 本年度绩效目标, the indicator table under a vertical 本年度绩效指标 label with a 绩效标准 column.
   */
  static void hunanDeclaration(Path out) throws IOException {
    Form f = Form.open("2023-湖南湘潭市环卫处-雾炮车降尘-绩效目标申报表.xlsx", "项目支出绩效目标申报表");
    f.text("A1", "    年项目支出绩效目标申报表");
    f.clear("B3", "E3", "B4", "E4", "B5", "B6", "B7", "D9:F18", "B19");
    f.mark(FieldKeys.TITLE, "A1")
        .mark(FieldKeys.PROJECT_NAME, "B3")
        .mark(FieldKeys.DEPARTMENT, "E3")
        .mark(FieldKeys.MONEY_UNIT, "D2")
        .mark(Declaration.APPROPRIATION, "B4")
        .mark(Declaration.GOAL_TOTAL, "B6")
        .mark(Declaration.GOAL_ANNUAL, "B7")
        .mark(Ind.LEVEL1, "B9:B18")
        .mark(Ind.LEVEL2, "C9:C18")
        .mark(Ind.NAME, "D9:D18")
        .mark(Ind.TARGET, "E9:E18");
    f.legend(
        "project-declaration",
        "绩效目标申报表",
        "湖南省湘潭市项目支出绩效目标申报表（年度本级预算金额、上级资金；实施期与本年度绩效目标；指标值及单位、绩效标准）",
        List.<String[]>of(
            new String[] {"项目支出名称", "项目名称"},
            new String[] {"预算部门", "主管部门、主管单位"},
            new String[] {"年度本级预算金额", "本级预算金额"},
            new String[] {"实施期绩效目标", "中期目标、长期目标"},
            new String[] {"本年度绩效目标", "年度绩效目标、年度目标"}),
        List.<String[]>of());
    f.save(out);
  }

  /**
   * A Wuhan district 项目支出绩效目标表 (a declaration): 中期 and 年度 targets side by side, so the indicator
   * table has 二级/三级/指标值 twice (长期, 年度); the 年度 ones are read. 项目起止时间 is one cell (202001-202012),
   * so no start and end dates are named.
   */
  static void hubeiDeclaration(Path out) throws IOException {
    Form f = Form.open("2020-湖北武汉青山区教育局-绩效目标表.xlsx", "项目支出绩效目标表");
    f.text("A2", "（    年度）");
    f.clear("B3", "B4", "E4", "B5", "E5", "C6:C8", "F6:G8", "B10", "E10", "A13:G19");
    f.mark(FieldKeys.TITLE, "A1")
        .mark(FieldKeys.PROJECT_NAME, "B3")
        .mark(FieldKeys.DEPARTMENT, "B4")
        .mark(FieldKeys.UNIT, "E4")
        .mark(Declaration.NATURE, "B5")
        .mark(Declaration.FUNDS_TOTAL, "C6")
        .mark(Declaration.FUNDS_FISCAL, "C7")
        .mark(Declaration.FUNDS_OTHER, "C8")
        .mark(Declaration.ANNUAL_TOTAL, "F6")
        .mark(Declaration.APPROPRIATION, "F7")
        .mark(Declaration.ANNUAL_OTHER, "F8")
        .mark(Declaration.GOAL_TOTAL, "B10")
        .mark(Declaration.GOAL_ANNUAL, "E10")
        .mark(Ind.LEVEL1, "A13:A19")
        .mark(Ind.LEVEL2, "E13:E19")
        .mark(Ind.NAME, "F13:F19")
        .mark(Ind.TARGET, "G13:G19");
    f.legend(
        "project-declaration",
        "绩效目标表",
        "湖北省武汉市区级项目支出绩效目标表（中期、年度目标并列；读取年度指标）",
        List.<String[]>of(
            new String[] {"主管部门及编码", "主管部门、主管部门及代码、主管单位"},
            new String[] {"项目性质", "项目属性"},
            new String[] {"实施单位", "项目实施单位"}),
        List.<String[]>of());
    f.save(out);
  }

  /**
   * 财预〔2020〕10号 annex: the national project self-evaluation (Anhui township copy): 11 columns, 万元.
   */
  static void national(Path out) throws IOException {
    Form f = Form.open("2022-安徽棠溪镇-委托业务项目-自评表.xlsx", "项目支出绩效自评表");
    f.text("A3", "（    年度）");
    f.clear("C4", "C5", "I5", "E7:J7", "E8:G10", "C12", "H12", "D14:J24", "H25:I25");
    f.mark(FieldKeys.TITLE, "A2")
        .mark(FieldKeys.PROJECT_NAME, "C4")
        .mark(FieldKeys.DEPARTMENT, "C5")
        .mark(FieldKeys.UNIT, "I5")
        .mark(FieldKeys.MONEY_UNIT, "A6")
        .mark(SelfEvaluation.BUDGET_INITIAL, "E7")
        .mark(SelfEvaluation.BUDGET_ANNUAL, "F7")
        .mark(SelfEvaluation.BUDGET_SPENT, "G7")
        .mark(SelfEvaluation.BUDGET_WEIGHT, "H7")
        .mark(SelfEvaluation.BUDGET_RATE, "I7")
        .mark(SelfEvaluation.BUDGET_SCORE, "J7")
        .sources(8, Funds.FISCAL, 'E')
        .sources(9, Funds.CARRYOVER, 'E')
        .sources(10, Funds.OTHER, 'E')
        .mark(SelfEvaluation.GOAL_EXPECTED, "C12")
        .mark(SelfEvaluation.GOAL_ACTUAL, "H12");
    f.table(14, 24, "B", "C", "D", "F", "G", "H", "I", "J");
    f.mark(SelfEvaluation.TOTAL_WEIGHT, "H25").mark(SelfEvaluation.TOTAL_SCORE, "I25");
    f.legend("财政部 财预〔2020〕10号 附件的项目支出绩效自评表（安徽省乡镇填报版，11 栏，万元）", List.of(), List.of());
    f.save(out);
  }

  /**
   * A Sichuan provincial-system form (部门预算项目支出绩效自评表, 报表编号 510000_0013zp): values under their
   * headers, the target over 指标性质 | 指标值 | 度量单位, a 合计 row, then 评价结论 and the signatures.
   */
  static void sichuan(Path out) throws IOException {
    Form f = Form.open("2023-四川青神县-农村公路养护-项目自评表.xlsx", "项目支出绩效自评表");
    f.text("A2", "部门预算项目支出绩效自评表（    年度）");
    f.clear(
        "C3", "C4", "H4", "B7", "G7", "B9", "C11:H11", "C12:F15", "D17:K24", "I25:J25", "C26:C28",
        "C29", "H29");
    f.mark(FieldKeys.TITLE, "A2")
        .mark(FieldKeys.PROJECT_NAME, "C3")
        .mark(FieldKeys.DEPARTMENT, "C4")
        .mark(FieldKeys.UNIT, "H4")
        .mark(SelfEvaluation.GOAL_EXPECTED, "B7")
        .mark(SelfEvaluation.GOAL_ACTUAL, "G7")
        .mark(FieldKeys.MONEY_UNIT, "B10")
        .mark(SelfEvaluation.BUDGET_INITIAL, "C11")
        .mark(SelfEvaluation.BUDGET_ANNUAL, "D11")
        .mark(SelfEvaluation.BUDGET_SPENT, "E11")
        .mark(SelfEvaluation.BUDGET_RATE, "F11")
        .mark(SelfEvaluation.BUDGET_WEIGHT, "G11")
        .mark(SelfEvaluation.BUDGET_SCORE, "H11")
        .sources(12, Funds.FISCAL, 'C')
        .sources(13, Funds.SPECIAL, 'C')
        .sources(14, Funds.UNIT_FUNDS, 'C')
        .sources(15, Funds.OTHER, 'C');
    f.table(17, 24, "B", "C", "D", "F", "H", "I", "J", "K");
    f.mark(SelfEvaluation.TOTAL_WEIGHT, "I25").mark(SelfEvaluation.TOTAL_SCORE, "J25");
    f.legend(
        "四川省预算绩效管理系统导出的项目支出绩效自评表（指标值分三栏：指标性质、指标值、度量单位）",
        List.<String[]>of(new String[] {"财政专户管理资金", "专户资金"}),
        List.<String[]>of());
    f.save(out);
  }

  /**
   * The 决策 / 过程 (管理) / 产出 / 效益 evaluation framework (Ningxia, Yinchuan 2021): budget execution is
   * an indicator row (预算执行率), 产出/效益 rows are printed as placeholders 指标1：, the total is 自评得分 at the
   * top of the form.
   */
  static void evaluationFramework(Path out) throws IOException {
    Form f = Form.open("2021-宁夏银川第六中学-初中公用经费-自评表.xlsx", "项目支出绩效自评表");
    f.text("A2", "（    年）");
    f.clear("C3", "C4", "C5", "H4", "E7:H7", "C9", "F9", "F11:I36");
    f.mark(FieldKeys.TITLE, "A1")
        .mark(FieldKeys.PROJECT_NAME, "C3")
        .mark(FieldKeys.DEPARTMENT, "C4")
        .mark(FieldKeys.UNIT, "C5")
        .mark(SelfEvaluation.TOTAL_SCORE, "H4")
        .mark(FieldKeys.MONEY_UNIT, "A6")
        .mark(SelfEvaluation.BUDGET_INITIAL, "E7")
        .mark(SelfEvaluation.BUDGET_ANNUAL, "F7")
        .mark(SelfEvaluation.BUDGET_SPENT, "G7")
        .mark(SelfEvaluation.BUDGET_RATE, "H7")
        .mark(SelfEvaluation.GOAL_EXPECTED, "C9")
        .mark(SelfEvaluation.GOAL_ACTUAL, "F9");
    f.table(11, 36, "A", "B", "C", "F", "G", "E", "H", "I");
    f.legend(
        "项目支出绩效评价指标框架（决策、管理、产出、效益；宁夏银川市本级版）：预算执行率是指标表中的一行",
        List.<String[]>of(new String[] {"自评得分", "自评总分"}),
        List.<String[]>of(
            new String[] {"项目决策", "项目目标、决策过程、资金分配、项目立项、绩效目标、资金投入"},
            new String[] {"项目管理", "投入管理、财务管理、项目实施、业务管理、资金管理、组织实施"}));
    f.save(out);
  }

  /** A published form being turned into a template. */
  private static final class Form {
    final Workbook wb;
    final Sheet sheet;
    final List<BuildTemplates.Field> fields = new ArrayList<>();

    private Form(Workbook wb, Sheet sheet) {
      this.wb = wb;
      this.sheet = sheet;
    }

    static Form open(String file, String sheetName) throws IOException {
      try (InputStream in = Files.newInputStream(FORMS.resolve(file))) {
        XSSFWorkbook wb = new XSSFWorkbook(in);
        wb.setSheetName(0, sheetName);
        while (wb.getNumberOfSheets() > 1) {
          wb.removeSheetAt(1);
        }
        for (Name n : new ArrayList<>(wb.getAllNames())) {
          wb.removeName(n);
        }
        return new Form(wb, wb.getSheetAt(0));
      }
    }

    void text(String at, String text) {
      cell(new CellReference(at).getRow(), new CellReference(at).getCol()).setCellValue(text);
    }

    /** Empties what the unit filled in (values and formulas); printed dashes stay. */
    void clear(String... ranges) {
      for (String range : ranges) {
        CellRangeAddress r = CellRangeAddress.valueOf(range);
        for (int row = r.getFirstRow(); row <= r.getLastRow(); row++) {
          for (int col = r.getFirstColumn(); col <= r.getLastColumn(); col++) {
            Cell c = cell(row, col);
            if (!"—".equals(text(c)) && !"/".equals(text(c))) {
              c.setBlank();
            }
          }
        }
      }
    }

    private static String text(Cell c) {
      return c.getCellType() == CellType.STRING ? c.getStringCellValue().strip() : "";
    }

    Form mark(String key, String range) {
      CellRangeAddress r = CellRangeAddress.valueOf(range);
      String ref =
          "'"
              + sheet.getSheetName()
              + "'!"
              + new CellReference(r.getFirstRow(), r.getFirstColumn(), true, true).formatAsString();
      if (r.getLastRow() > r.getFirstRow() || r.getLastColumn() > r.getFirstColumn()) {
        ref +=
            ":" + new CellReference(r.getLastRow(), r.getLastColumn(), true, true).formatAsString();
      }
      Name n = wb.createName();
      n.setNameName(TemplateLearner.NAME_PREFIX + key);
      n.setRefersToFormula(ref);
      return this;
    }

    /** A funds source line: its 年初预算数, 全年预算数 and 全年执行数 in three columns from {@code firstCol}. */
    Form sources(int row, String line, char firstCol) {
      return mark(Funds.key(line, Funds.INITIAL), "" + firstCol + row)
          .mark(Funds.key(line, Funds.ANNUAL), "" + (char) (firstCol + 1) + row)
          .mark(Funds.key(line, Funds.SPENT), "" + (char) (firstCol + 2) + row);
    }

    /** The indicator table's columns: 一级, 二级, 三级, target, actual, weight, score, explanation. */
    void table(int first, int last, String... cols) {
      for (int i = 0; i < Ind.SCORED.size(); i++) {
        mark(Ind.SCORED.get(i), cols[i] + first + ":" + cols[i] + last);
      }
    }

    /** The legend: the shipped self-evaluation fields and aliases, plus the region's own. */
    void legend(String description, List<String[]> moreAliases, List<String[]> levels) {
      List<String[]> aliases = new ArrayList<>(BuildTemplates.SELF_EVALUATION_ALIASES);
      aliases.addAll(moreAliases);
      legend("project-self-evaluation", "项目支出绩效自评表", description, aliases, levels);
    }

    /** The legend with these fields and aliases, and a line naming the layout. */
    void legendOf(
        String kind,
        String title,
        String description,
        List<BuildTemplates.Field> fields,
        List<String[]> aliases) {
      BuildTemplates.legend(wb, kind, title, fields, aliases);
      Sheet legend = wb.getSheet("字段说明");
      legend.createRow(legend.getLastRowNum() + 2).createCell(0).setCellValue("版式：" + description);
    }

    /** The legend with exactly these aliases (the form's own labels need no others). */
    void legend(
        String kind,
        String title,
        String description,
        List<String[]> aliases,
        List<String[]> levels) {
      List<BuildTemplates.Field> fields = new ArrayList<>();
      for (Name n : wb.getAllNames()) {
        String key = n.getNameName().substring(TemplateLearner.NAME_PREFIX.length());
        boolean fillDown = key.endsWith(Ind.LEVEL1) || key.endsWith(Ind.LEVEL2);
        fields.add(BuildTemplates.field(key, meaning(key), required(key), fillDown));
      }
      BuildTemplates.legend(wb, kind, title, fields, aliases);
      Sheet legend = wb.getSheet("字段说明");
      int r = legend.getLastRowNum() + 2;
      legend.createRow(r++).createCell(0).setCellValue("版式：" + description);
      if (!levels.isEmpty()) {
        Row head = legend.createRow(r++);
        head.createCell(0).setCellValue("指标层级");
        head.createCell(1).setCellValue("二级指标（顿号分隔；一级、二级之外本版式另有的层级）");
        for (String[] l : levels) {
          Row row = legend.createRow(r++);
          row.createCell(0).setCellValue(l[0]);
          row.createCell(1).setCellValue(l[1]);
        }
      }
    }

    private static boolean required(String key) {
      return List.of(
              FieldKeys.PROJECT_NAME,
              FieldKeys.DEPARTMENT,
              FieldKeys.UNIT,
              SelfEvaluation.BUDGET_ANNUAL,
              SelfEvaluation.BUDGET_SPENT,
              SelfEvaluation.BUDGET_WEIGHT,
              Ind.LEVEL1,
              Ind.LEVEL2,
              Ind.NAME,
              Ind.TARGET,
              Ind.ACTUAL,
              Ind.WEIGHT,
              Ind.SCORE)
          .contains(key);
    }

    /** What each field means, for the legend; a funds source line's columns by their suffix. */
    private static final Map<String, String> MEANINGS =
        Map.ofEntries(
            Map.entry(FieldKeys.TITLE, "表头标题"),
            Map.entry(FieldKeys.PROJECT_NAME, "项目名称"),
            Map.entry(FieldKeys.DEPARTMENT, "主管部门"),
            Map.entry(FieldKeys.UNIT, "实施单位"),
            Map.entry(FieldKeys.MONEY_UNIT, "金额单位（万元）"),
            Map.entry(SelfEvaluation.BUDGET_INITIAL, "年初预算数"),
            Map.entry(SelfEvaluation.BUDGET_ANNUAL, "全年预算数（调整后预算数）"),
            Map.entry(SelfEvaluation.BUDGET_SPENT, "全年执行数"),
            Map.entry(SelfEvaluation.BUDGET_WEIGHT, "预算执行分值"),
            Map.entry(SelfEvaluation.BUDGET_RATE, "执行率"),
            Map.entry(SelfEvaluation.BUDGET_SCORE, "预算执行得分"),
            Map.entry(SelfEvaluation.GOAL_EXPECTED, "预期目标"),
            Map.entry(Declaration.NATURE, "项目性质"),
            Map.entry(Declaration.FUNDS_TOTAL, "项目资金总额"),
            Map.entry(Declaration.FUNDS_FISCAL, "其中：财政拨款"),
            Map.entry(Declaration.FUNDS_OTHER, "其他资金"),
            Map.entry(Declaration.ANNUAL_TOTAL, "当年资金总额"),
            Map.entry(Declaration.APPROPRIATION, "其中：当年财政拨款"),
            Map.entry(Declaration.ANNUAL_OTHER, "当年其他资金"),
            Map.entry(Declaration.GOAL_TOTAL, "中期目标"),
            Map.entry(Declaration.GOAL_ANNUAL, "年度目标"),
            Map.entry(SelfEvaluation.GOAL_ACTUAL, "实际完成情况"),
            Map.entry(Ind.LEVEL1, "一级指标"),
            Map.entry(Ind.LEVEL2, "二级指标"),
            Map.entry(Ind.NAME, "三级指标"),
            Map.entry(Ind.TARGET, "年度指标值"),
            Map.entry(Ind.ACTUAL, "实际完成值"),
            Map.entry(Ind.WEIGHT, "分值"),
            Map.entry(Ind.SCORE, "得分"),
            Map.entry(Ind.EXPLANATION, "偏差原因分析及改进措施"),
            Map.entry(SelfEvaluation.TOTAL_WEIGHT, "总分·分值"),
            Map.entry(SelfEvaluation.TOTAL_SCORE, "总分·得分"),
            Map.entry(Department.GOAL_TEXT, "年度总体目标（年初设定目标）"),
            Map.entry(Department.indicator(Ind.LEVEL1), "一级指标"),
            Map.entry(Department.indicator(Ind.LEVEL2), "二级指标"),
            Map.entry(Department.indicator(Ind.NAME), "三级指标"),
            Map.entry(Department.indicator(Ind.TARGET), "年度指标值（年初指标值）"),
            Map.entry(Department.indicator(Ind.ACTUAL), "全年实际值（B）"),
            Map.entry(Department.indicator(Ind.TARGET_ADJUSTED), "调整指标值（填写时以其为目标）"),
            Map.entry(Department.indicator(Ind.WEIGHT), "分值"),
            Map.entry(Department.indicator(Ind.SCORE), "得分"),
            Map.entry(Department.indicator(Ind.EXPLANATION), "未完成原因分析"));

    private static String meaning(String key) {
      String meaning = MEANINGS.get(key);
      if (meaning != null) {
        return meaning;
      }
      return key.endsWith(Funds.INITIAL)
          ? "资金来源·年初预算数"
          : key.endsWith(Funds.ANNUAL) ? "资金来源·全年预算数" : "资金来源·全年执行数";
    }

    private Cell cell(int row, int col) {
      Row r = sheet.getRow(row);
      if (r == null) {
        r = sheet.createRow(row);
      }
      Cell c = r.getCell(col);
      return c == null ? r.createCell(col) : c;
    }

    void save(Path out) throws IOException {
      try (wb;
          OutputStream o = Files.newOutputStream(out)) {
        wb.write(o);
      }
    }
  }
}
