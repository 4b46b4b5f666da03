package org.perfsheet.samples.foreign;

import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * A 项目支出绩效运行监控表 laid out from the fields of the 预算管理一体化 performance-monitoring record (the national
 * data standard's 绩效监控信息: 绩效目标, 项目预算执行情况, 项目预算全年预计执行情况, 一/二/三级绩效指标, 指标值, 绩效指标完成情况, 绩效指标全年预计完成情况,
 * 偏差原因分析, 完成目标可能性): one free-text 偏差原因分析 column instead of five cause ticks, and 完成目标可能性 as one
 * column holding the word instead of three tick columns. The system writes 无偏差 where the unit left
 * the analysis empty.
 *
 * <p>Rows: 1 title, 2 year, 3–4 project block, 5–7 funds, 8 goal, 9 header, 10–18 indicators.
 */
final class IntegratedMonitoring {

  /** One indicator row: levels, name, target, 1-7月完成情况, 全年预计, 偏差原因分析, 完成目标可能性. */
  record Row(
      String level1,
      String level2,
      String name,
      String target,
      String actual,
      String forecast,
      String reason,
      String possibility) {}

  private static final String OUT = "产出指标";
  private static final String EFF = "效益指标";
  private static final String SAT = "满意度指标";
  private static final String NONE = "无偏差";

  static final List<Row> ROWS =
      List.of(
          new Row(OUT, "数量指标", "运维污水处理设施座数", "≥45座", "45座", "45座", NONE, "确定能"),
          new Row(OUT, "数量指标", "设施巡检次数", "≥540次", "280次", "540次", NONE, "确定能"),
          new Row(OUT, "质量指标", "出水水质达标率", "≥90%", "92%", "≥90%", NONE, "确定能"),
          new Row(
              OUT, "质量指标", "设施正常运行率", "≥95%", "72%", "95%", "5座设施提升泵故障停运，已申请维修资金，预计9月底前修复。", "有可能"),
          new Row(OUT, "时效指标", "故障处置及时率", "=100%", "100%", "100%", NONE, "确定能"),
          new Row(OUT, "成本指标", "单座设施年运维成本", "≤3.3万元", "1.9万元", "3.3万元", NONE, "确定能"),
          new Row(EFF, "生态效益指标", "农村生活污水治理率", "≥40%", "38%", "40%", NONE, ""),
          new Row(EFF, "社会效益指标", "出水水质检测结果公开次数", "≥4次", "1次", "4次", NONE, "确定能"),
          new Row(SAT, "服务对象满意度指标", "受益群众满意度", "≥90%", "93%", "≥90%", NONE, "确定能"));

  private IntegratedMonitoring() {}

  static Grid write(Workbook wb) {
    Sheet s = wb.createSheet("项目支出绩效运行监控表");
    Grid g = new Grid(wb, s);
    g.widths(10, 12, 20, 10, 11, 11, 14, 14, 10, 10);
    g.put("A1:J1", "项目支出绩效运行监控表", g.title);
    g.height(1, 28);
    g.put("A2:J2", "（2024年度）", g.plain);
    g.put("A3:B3", "项目名称", g.label);
    g.put("C3:J3", "农村生活污水处理设施运行维护经费", g.text);
    g.put("A4:B4", "主管部门", g.label);
    g.put("C4:E4", "某县生态环境局", g.text);
    g.put("F4:G4", "实施单位", g.label);
    g.put("H4:J4", "某县生态环境局污染防治股", g.text);

    g.put("A5:B7", "预算执行情况\n（万元）", g.label);
    g.put("C5:D5", null, g.label);
    g.put("E5", "年初预算数", g.label);
    g.put("F5", "1-7月执行数", g.label);
    g.put("G5:H5", "执行率", g.label);
    g.put("I5:J5", "全年预计执行数", g.label);
    g.height(5, 30);
    g.put("C6:D6", "年度资金总额", g.label);
    money(g, 6);
    g.put("C7:D7", "其中：财政拨款", g.label);
    money(g, 7);

    g.put("A8:B8", "年度绩效目标", g.label);
    g.put("C8:J8", "保障全县45座农村生活污水处理设施正常运行，出水水质达标率不低于90%，农村生活污水治理率达到40%，改善农村人居环境。", g.text);
    g.height(8, 36);

    String[] heads = {"一级指标", "二级指标", "三级指标", "指标值", "1-7月完成情况", "全年预计完成情况"};
    for (int i = 0; i < heads.length; i++) {
      g.put(SichuanCounty.col(i) + "9", heads[i], g.label);
    }
    g.put("G9:H9", "偏差原因分析", g.label);
    g.put("I9", "完成目标可能性", g.label);
    g.put("J9", "备注", g.label);
    g.height(9, 30);
    int first = 10;
    for (int i = 0; i < ROWS.size(); i++) {
      Row x = ROWS.get(i);
      int r = first + i;
      if (i == 0 || !ROWS.get(i - 1).level1().equals(x.level1())) {
        int end = i;
        while (end + 1 < ROWS.size() && ROWS.get(end + 1).level1().equals(x.level1())) {
          end++;
        }
        g.put("A" + r + ":A" + (first + end), x.level1(), g.level);
      }
      if (i == 0 || !ROWS.get(i - 1).level2().equals(x.level2())) {
        int end = i;
        while (end + 1 < ROWS.size() && ROWS.get(end + 1).level2().equals(x.level2())) {
          end++;
        }
        g.put("B" + r + ":B" + (first + end), x.level2(), g.level);
      }
      g.put("C" + r, x.name(), g.text);
      g.put("D" + r, x.target(), g.number);
      g.put("E" + r, x.actual(), g.number);
      g.put("F" + r, x.forecast(), g.number);
      g.put("G" + r + ":H" + r, x.reason(), g.text);
      g.put("I" + r, x.possibility(), g.number);
      g.put("J" + r, null, g.text);
      g.fit(r, x.reason(), 26);
      g.fit(r, x.level2(), 12);
      g.fit(r, x.name(), 20);
    }
    return g;
  }

  private static void money(Grid g, int r) {
    g.num("E" + r, 150, g.money);
    g.num("F" + r, 84, g.money);
    g.num("G" + r + ":H" + r, 0.56, g.percent);
    g.num("I" + r + ":J" + r, 150, g.money);
  }
}
