package org.perfsheet.samples.foreign;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * 武汉市青山区教育局's published 项目支出绩效目标表 (2020年度, 教育系统基础设施建设和设备购置): a Hubei city (Wuhan) declaration whose
 * layout is not Putuo's: 主管部门及编码, 项目属性, 项目起止时间 as one text (202001-202012), 项目资金 as text with its
 * unit (10000万元) in two columns (资金总额 / 当年资金总额), 中期目标 beside 年度目标, and an indicator table with 长期
 * and 年度 columns, 一级 repeated on every row.
 *
 * <p>Rows: 1 title, 2 year, 3 项目名称, 4 主管部门及编码/实施单位, 5 项目属性/项目起止时间, 6–8 项目资金, 9–10 总体目标, 11 caption
 * 绩效项目指标表, 12 header, 13–19 indicators.
 */
final class HubeiDeclaration {

  private static final String[][] ROWS = {
    {"产出指标", "数量指标", "重点建设工程安排数量", "2"},
    {"产出指标", "质量指标", "重点建设工程验收合格率", "100%"},
    {"产出指标", "成本指标", "建设项目成本", "参照政府采购成本控制"},
    {"产出指标", "时效指标", "重点建设工程按期完成率", "100%"},
    {"效益指标", "可持续影响指标", "基础教育巩固提高情况", "巩固提高"},
    {"效益指标", "社会效益指标", "基础教育学校办学条件", "持续改善"},
    {"满意度指标", "服务对象满意度指标", "学生、家长、社会满意度", "≥90%"}
  };

  private HubeiDeclaration() {}

  static Grid write(Workbook wb) {
    Sheet s = wb.createSheet("项目支出绩效目标表");
    Grid g = new Grid(wb, s);
    g.widths(12, 14, 14, 12, 14, 22, 14);
    g.put("A1:G1", "项目支出绩效目标表", g.title);
    g.height(1, 28);
    g.put("A2:G2", "（2020年度）", g.plain);
    g.put("A3", "项目名称", g.label);
    g.put("B3:G3", "教育系统基础设施建设和设备购置", g.text);
    g.put("A4", "主管部门\n及编码", g.label);
    g.put("B4:C4", "[015001]武汉市青山区教育局", g.text);
    g.put("D4", "实施单位", g.label);
    g.put("E4:G4", "武汉市青山区教育局", g.text);
    g.height(4, 30);
    g.put("A5", "项目属性", g.label);
    g.put("B5:C5", "基础建设、修缮类", g.text);
    g.put("D5", "项目起止时间", g.label);
    g.put("E5:G5", "202001-202012", g.text);
    g.put("A6:A8", "项目资金", g.label);
    g.put("B6", "资金总额", g.label);
    g.put("C6", "10000万元", g.text);
    g.put("D6:E6", "当年资金总额：", g.label);
    g.put("F6:G6", "10000万元", g.text);
    g.put("B7", "其中：财政拨款", g.label);
    g.put("C7", "10000万元", g.text);
    g.put("D7:E7", "其中：当年财政拨款", g.label);
    g.put("F7:G7", "10000万元", g.text);
    g.put("B8", "其他资金", g.label);
    g.put("C8", null, g.text);
    g.put("D8:E8", "当年其他资金", g.label);
    g.put("F8:G8", null, g.text);
    g.put("A9:A10", "总体目标", g.label);
    g.put("B9:D9", "中期目标", g.label);
    g.put("E9:G9", "年度目标", g.label);
    g.put("B10:D10", "优化教育布局，推进教育领域综合改革全面提升育人质量实现基础教育持续发展", g.text);
    g.put("E10:G10", "按工作计划完成教育局重点项目建设经费预算安排", g.text);
    g.height(10, 48);
    g.put("A11:G11", "绩效项目指标表", g.label);
    String[] heads = {
      "一级指标", "二级指标\n（长期）", "三级指标\n（长期）", "指标值\n（长期）", "二级指标\n（年度）", "三级指标\n（年度）", "指标值\n（年度）"
    };
    for (int i = 0; i < heads.length; i++) {
      g.put(SichuanCounty.col(i) + "12", heads[i], g.label);
    }
    g.height(12, 30);
    for (int i = 0; i < ROWS.length; i++) {
      int r = 13 + i;
      String[] x = ROWS[i];
      g.put("A" + r, x[0], g.text);
      g.put("B" + r, x[1], g.text);
      g.put("C" + r, null, g.text);
      g.put("D" + r, null, g.text);
      g.put("E" + r, x[1], g.text);
      g.put("F" + r, x[2], g.text);
      g.put("G" + r, x[3], g.text);
      g.fit(r, x[1], 14);
      g.fit(r, x[3], 14);
    }
    return g;
  }
}
