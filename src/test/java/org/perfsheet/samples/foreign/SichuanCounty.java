package org.perfsheet.samples.foreign;

import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The Sichuan provincial-system 部门预算项目支出绩效自评表 (报表编号 510000_0013zp), as a county department exports
 * it: budget headers 年初预算 / 调整后预算数 / 预算执行数 / 预算执行率 / 权重 / 得分 / 原因 with the values one row below;
 * the 原因 column carrying the printed instructions; targets split into 指标性质 | 指标值 | 度量单位; actuals in
 * one column 完成值; a 合计 row whose 权重 is 100 (budget included) ending the table; then 评价结论 / 存在问题 /
 * 改进措施 and the signature line.
 *
 * <p>Layout from 青神县发展和改革局's published 2023 form (www.scqs.gov.cn/info/13206/211004.htm); the
 * project and its values are filled in (test-workbooks/README.md says which). The budget cells are
 * formulas saved with their results, as Excel or WPS saves them.
 */
final class SichuanCounty {

  static final String SHEET = "项目支出绩效自评表";

  private SichuanCounty() {}

  static Grid write(Workbook wb) {
    Sheet s = wb.createSheet(SHEET);
    Grid g = new Grid(wb, s);
    g.widths(8, 12, 12, 20, 8, 9, 8, 10, 8, 8, 26);
    g.printed("H1:K1", "报表编号：510000_0013zp", g.note);
    g.put("A2:K2", "部门预算项目支出绩效自评表（2023年度）", g.title);
    g.height(2, 30);
    g.put("A3:B3", "项目名称", g.label);
    g.put("C3:K3", "51142521R000000031206-农村公路日常养护经费", g.text);
    g.put("A4:B4", "主管部门", g.label);
    g.put("C4:E4", "青神县交通运输局", g.text);
    g.put("F4:G4", "实施单位\n（盖章）", g.label);
    g.put("H4:K4", "青神县农村公路养护中心", g.text);
    g.height(4, 28);

    g.put("A5:A9", "项目基本情况", g.label);
    g.put("B5:K5", "1.项目年度目标完成情况", g.label);
    g.put("B6:F6", "项目年度目标", g.label);
    g.put("G6:K6", "年度目标完成情况", g.label);
    g.put(
        "B7:F7", "完成全县420公里农村公路日常养护和35座桥梁定期检查，路面优良路率不低于75%，" + "水毁路段48小时内抢通，保障农村群众安全便捷出行。", g.text);
    g.put(
        "G7:K7",
        "全年养护农村公路426公里，完成桥梁定期检查35座，优良路率78.6%，水毁路段平均36小时抢通；" + "外包服务费用35万元，超出年初测算。",
        g.text);
    g.height(7, 62);
    g.put("B8:K8", "2.项目实施内容及过程概述", g.label);
    g.put("B9:K9", "按季度开展路面保洁、边沟清理、路肩修整和坑槽修补，汛期组织水毁抢修；" + "日常养护外包服务通过政府采购确定服务单位，项目中心按月考核。", g.text);
    g.height(9, 44);

    budget(g);
    indicators(g);

    g.put("A26:B26", "评价结论", g.label);
    g.put("C26:K26", "项目自评得分99.5分，等级为优。全年完成农村公路日常养护426公里，路况保持良好，" + "群众出行条件明显改善。", g.text);
    g.put("A27:B27", "存在问题", g.label);
    g.put("C27:K27", "受材料价格上涨影响，日常养护外包服务费用超出年初测算；预算执行率95%，年末有6.75万元未支付。", g.text);
    g.put("A28:B28", "改进措施", g.label);
    g.put("C28:K28", "下年度按市场价格重新测算外包服务费用，加快养护费用结算进度。", g.text);
    for (int r = 26; r <= 28; r++) {
      g.height(r, 40);
    }
    g.printed("A29:B29", "项目负责人：", g.note);
    g.put("C29:E29", "王志勇", g.note);
    g.printed("F29:G29", "财务负责人：", g.note);
    g.put("H29:K29", "李晓梅", g.note);

    FormulaEvaluator ev = wb.getCreationHelper().createFormulaEvaluator();
    ev.evaluateAll();
    return g;
  }

  /** Rows 10–15: headers in row 10, values under them; formulas with cached results. */
  private static void budget(Grid g) {
    g.put("A10:A15", "预算执行情况\n（10分）", g.label);
    String[] heads = {"年度预算数\n（万元）", "年初预算", "调整后预算数", "预算执行数", "预算执行率", "权重", "得分"};
    for (int i = 0; i < heads.length; i++) {
      g.put(col(1 + i) + "10", heads[i], g.label);
    }
    g.put("I10:K10", "原因", g.label);
    g.height(10, 30);
    g.put("B11", "总额", g.label);
    for (String c : new String[] {"C", "D", "E"}) {
      g.formula(c + "11", "SUM(" + c + "12:" + c + "15)", g.money);
    }
    g.formula("F11", "IF(D11=0,0,E11/D11)", g.percent);
    g.num("G11", 10, g.number);
    g.formula("H11", "ROUND(G11*MIN(F11,1),2)", g.number);
    g.printed(
        "I11:K15",
        "1.预算执行率=预算执行数/调整后预算数，预算执行率未达到90%的需说明原因（100字以内）；"
            + "2.年中发生预算调整的（追加或调减），应单独说明理由；3.其他资金包括：社会投入资金、银行贷款。",
        g.text);
    String[] lines = {"其中：财政资金", "财政专户管理资金", "单位资金", "其他资金"};
    double[][] v = {{135, 135, 128.25}, {0, 0, 0}, {0, 0, 0}};
    for (int i = 0; i < lines.length; i++) {
      int r = 12 + i;
      g.put("B" + r, lines[i], g.label);
      if (i < v.length) {
        g.num("C" + r, v[i][0], g.money);
        g.num("D" + r, v[i][1], g.money);
        g.num("E" + r, v[i][2], g.money);
        g.formula("F" + r, "IF(D" + r + "=0,0,E" + r + "/D" + r + ")", g.percent);
      } else {
        for (String c : new String[] {"C", "D", "E", "F"}) {
          g.put(c + r, null, g.money);
        }
      }
      g.printed("G" + r, "/", g.number);
      g.printed("H" + r, "/", g.number);
    }
  }

  /** Rows 16–25: header, eight indicators, 合计. */
  private static void indicators(Grid g) {
    g.put("A16:A24", "绩效指标\n（90分）", g.label);
    String[] heads = {"一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "完成值", "权重", "得分", "未完成原因分析"};
    for (int i = 0; i < heads.length; i++) {
      g.put(col(1 + i) + "16", heads[i], g.label);
    }
    g.put("B17:B21", "产出指标", g.level);
    g.put("C17:C18", "数量指标", g.level);
    g.put("C19", "质量指标", g.level);
    g.put("C20", "时效指标", g.level);
    g.put("C21", "成本指标", g.level);
    g.put("B22:B23", "效益指标", g.level);
    g.put("C22", "社会效益指标", g.level);
    g.put("C23", "可持续影响指标", g.level);
    g.put("B24", "满意度指标", g.level);
    g.put("C24", "服务对象满意度指标", g.level);
    g.fit(24, "服务对象满意度指标", 12);
    row(g, 17, "养护农村公路里程", "≥", 420, "公里", 426, 15, 15, "");
    row(g, 18, "桥梁定期检查数量", "≥", 35, "座", 35, 10, 10, "");
    row(g, 19, "路面技术状况指数（PQI）优良路率", "≥", 75, "%", 78.6, 10, 10, "");
    row(g, 20, "水毁路段抢通时间", "≤", 48, "小时", 36, 5, 5, "");
    row(
        g,
        21,
        "日常养护外包服务费用",
        "≤",
        30,
        "万元",
        35,
        10,
        10,
        "受砂石、沥青等材料价格上涨影响，外包服务单价上调，费用超出年初测算。下年度按市场价格重新测算，通过政府采购控制成本。");
    qualitative(g, 22, "农村群众出行条件改善情况", "明显改善", 15);
    qualitative(g, 23, "农村公路管养长效机制", "健全", 15);
    row(g, 24, "沿线群众满意度", "≥", 90, "%", 93.5, 10, 10, "");
    g.put("A25:H25", "合计", g.label);
    g.formula("I25", "G11+SUM(I17:I24)", g.number);
    g.formula("J25", "H11+SUM(J17:J24)", g.number);
    g.put("K25", null, g.text);
  }

  private static void row(
      Grid g,
      int r,
      String name,
      String cmp,
      double target,
      String unit,
      double actual,
      double weight,
      double score,
      String why) {
    g.put("D" + r, name, g.text);
    g.put("E" + r, cmp, g.number);
    g.num("F" + r, target, g.number);
    g.put("G" + r, unit, g.number);
    g.num("H" + r, actual, g.number);
    g.num("I" + r, weight, g.number);
    g.num("J" + r, score, g.number);
    g.put("K" + r, why, g.text);
    g.fit(r, name, 20);
    g.fit(r, why, 26);
  }

  private static void qualitative(Grid g, int r, String name, String target, double weight) {
    g.put("D" + r, name, g.text);
    g.put("E" + r, "定性", g.number);
    g.put("F" + r, target, g.number);
    g.put("G" + r, null, g.number);
    g.put("H" + r, target, g.number);
    g.num("I" + r, weight, g.number);
    g.num("J" + r, weight, g.number);
    g.put("K" + r, null, g.text);
    g.fit(r, name, 20);
  }

  static String col(int i) {
    return String.valueOf((char) ('A' + i));
  }
}
