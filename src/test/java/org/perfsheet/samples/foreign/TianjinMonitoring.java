package org.perfsheet.samples.foreign;

import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * A 项目支出绩效目标执行监控表 as the 财政部 预算管理一体化 performance module (pmkpi) prints it for 天津: its 预算执行情况 block
 * has <b>调整后预算数</b> between 年初预算数 and 1-7月执行数, the 执行率 is 1-7月执行数 ÷ 调整后预算数 (the system's own
 * definition), the header reads {@code 1-7月执行率%}, and the lines are 年度资金总额 / 其中：财政资金 / 其他资金 (no
 * 上年结转资金). The indicator table is the central form's (财预〔2019〕136号): ticks for the five causes and
 * the three possibilities.
 *
 * <p>Rows: 1 title, 2 year, 3–4 project block, 5–8 funds, 9 goal, 10–11 header, 12–20 indicators.
 */
final class TianjinMonitoring {

  /**
   * One indicator row: levels, name, target, 1-7月执行数, 全年预计, the ticked cause (0–4, or -1), 原因说明,
   * the ticked possibility (0–2, or -1).
   */
  record Row(
      String level1,
      String level2,
      String name,
      String target,
      Object actual,
      Object forecast,
      int cause,
      String reason,
      int possibility) {}

  private static final String OUT = "产出指标";
  private static final String EFF = "效益指标";
  private static final String SAT = "满意度指标";

  static final List<Row> ROWS =
      List.of(
          new Row(OUT, "数量指标", "调解矛盾纠纷件数", "≥1200件", "760件", "1300件", -1, "", 0),
          new Row(
              OUT,
              "数量指标",
              "人民调解员培训人次",
              "≥300人次",
              "120人次",
              "300人次",
              4,
              "全区集中培训安排在第三季度，已报名并落实场地。",
              1),
          new Row(OUT, "数量指标", "人民调解宣传活动场次", "≥24场", "6场", "24场", -1, "", 0),
          new Row(OUT, "质量指标", "调解成功率", "≥95%", "97%", "96%", -1, "", 0),
          new Row(OUT, "时效指标", "纠纷受理及时率", "=100%", "100%", "100%", -1, "", 0),
          new Row(OUT, "成本指标", "个案补贴标准", "≤200元/件", "200元/件", "200元/件", -1, "", 0),
          new Row(EFF, "社会效益指标", "民间纠纷引发刑事案件数", "=0件", "0件", "0件", -1, "", 0),
          new Row(EFF, "可持续影响指标", "村居人民调解组织覆盖率", "=100%", "100%", "100%", -1, "", 0),
          new Row(SAT, "服务对象满意度指标", "纠纷当事人满意度", "≥90%", "94%", "≥90%", -1, "", 0));

  private TianjinMonitoring() {}

  static Grid write(Workbook wb) {
    Sheet s = wb.createSheet("项目支出绩效目标执行监控");
    Grid g = new Grid(wb, s);
    g.widths(5, 9, 11, 18, 11, 10, 10, 6, 6, 6, 7, 6, 20, 6, 6, 7, 10);
    g.put("A1:Q1", "项目支出绩效目标执行监控表", g.title);
    g.height(1, 28);
    g.put("A2:Q2", "（2023年度）", g.plain);
    g.put("A3:C3", "项目名称", g.label);
    g.put("D3:Q3", "12010323T000000412378-人民调解工作经费", g.text);
    g.put("A4:C4", "主管部门及代码", g.label);
    g.put("D4:F4", "[103]天津市河西区司法局", g.text);
    g.put("G4", "实施单位", g.label);
    g.put("H4:Q4", "天津市河西区司法局", g.text);

    g.put("A5:C8", "项目资金\n（万元）", g.label);
    g.put("D5:F5", null, g.label);
    g.put("G5:H5", "年初预算数", g.label);
    g.put("I5:J5", "调整后预算数", g.label);
    g.put("K5:L5", "1-7月执行数", g.label);
    g.put("M5:N5", "1-7月执行率%", g.label);
    g.put("O5:Q5", "全年预计执行数", g.label);
    g.height(5, 30);
    g.put("D6:F6", "年度资金总额", g.label);
    money(g, 6, 80, 96, 52.8, 0.55, 96);
    g.put("D7:F7", "其中：财政资金", g.label);
    money(g, 7, 80, 96, 52.8, 0.55, 96);
    g.put("D8:F8", "其他资金", g.label);
    money(g, 8, 0, 0, 0, 0, 0);

    g.put("A9:C9", "年度总体目标", g.label);
    g.put(
        "D9:Q9",
        "全年调解各类矛盾纠纷1200件以上，调解成功率不低于95%；培训人民调解员300人次，开展普法宣传活动24场，" + "村居人民调解组织全覆盖，防止民间纠纷激化引发刑事案件。",
        g.text);
    g.height(9, 42);

    int first = 12;
    int last = first + ROWS.size() - 1;
    g.put("A10:A" + last, "绩\n效\n指\n标", g.label);
    g.put("B10:B11", "一级指标", g.label);
    g.put("C10:C11", "二级指标", g.label);
    g.put("D10:D11", "三级指标", g.label);
    g.put("E10:E11", "年度指标值", g.label);
    g.put("F10:F11", "1-7月执行数", g.label);
    g.put("G10:G11", "全年预计执行数", g.label);
    g.put("H10:M10", "偏差原因分析", g.label);
    g.put("N10:P10", "完成目标可能性", g.label);
    g.put("Q10:Q11", "备注", g.label);
    String[] causes = {"经费保障", "制度保障", "人员保障", "硬件条件保障", "其他", "原因说明"};
    for (int i = 0; i < causes.length; i++) {
      g.put(SichuanCounty.col(7 + i) + "11", causes[i], g.label);
    }
    String[] possibilities = {"确定能", "有可能", "完全不可能"};
    for (int i = 0; i < possibilities.length; i++) {
      g.put(SichuanCounty.col(13 + i) + "11", possibilities[i], g.label);
    }
    g.height(11, 30);
    for (int i = 0; i < ROWS.size(); i++) {
      Row x = ROWS.get(i);
      int r = first + i;
      if (i == 0 || !ROWS.get(i - 1).level1().equals(x.level1())) {
        int end = i;
        while (end + 1 < ROWS.size() && ROWS.get(end + 1).level1().equals(x.level1())) {
          end++;
        }
        g.put("B" + r + ":B" + (first + end), x.level1(), g.level);
      }
      if (i == 0 || !ROWS.get(i - 1).level2().equals(x.level2())) {
        int end = i;
        while (end + 1 < ROWS.size() && ROWS.get(end + 1).level2().equals(x.level2())) {
          end++;
        }
        g.put("C" + r + ":C" + (first + end), x.level2(), g.level);
      }
      g.put("D" + r, x.name(), g.text);
      g.put("E" + r, x.target(), g.number);
      AnhuiTownship.value(g, "F" + r, x.actual(), g.number);
      AnhuiTownship.value(g, "G" + r, x.forecast(), g.number);
      for (int k = 0; k < 5; k++) {
        g.put(SichuanCounty.col(7 + k) + r, k == x.cause() ? "√" : null, g.number);
      }
      g.put("M" + r, x.reason(), g.text);
      for (int k = 0; k < 3; k++) {
        g.put(SichuanCounty.col(13 + k) + r, k == x.possibility() ? "√" : null, g.number);
      }
      g.put("Q" + r, null, g.text);
      g.fit(r, x.reason(), 20);
      g.fit(r, x.level2(), 11);
      g.fit(r, x.name(), 18);
    }
    return g;
  }

  private static void money(
      Grid g, int r, double initial, double adjusted, double spent, double rate, double forecast) {
    g.num("G" + r + ":H" + r, initial, g.money);
    g.num("I" + r + ":J" + r, adjusted, g.money);
    g.num("K" + r + ":L" + r, spent, g.money);
    g.num("M" + r + ":N" + r, rate, g.percent);
    g.num("O" + r + ":Q" + r, forecast, g.money);
  }
}
