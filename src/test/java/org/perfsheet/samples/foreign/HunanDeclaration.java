package org.perfsheet.samples.foreign;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * 湘潭市环境卫生管理处's published 2023年项目支出绩效目标申报表 (雾炮车降尘抑尘服务): a Hunan city declaration whose layout is
 * neither Putuo's nor Wuhan's: 项目支出名称 / 预算部门, 年度本级预算金额 as text with its unit (250万) beside
 * 该项目支出上级资金, one 项目支出实施期 cell spanning two years (2023.07-2024.01), 实施期绩效目标 over 本年度绩效目标, an
 * indicator table under a vertical 本年度绩效指标 label with 指标值及单位 and 绩效标准 (计划标准) columns, the unused 二级
 * rows printed empty, and 财政部门审核意见 at the foot.
 *
 * <p>Rows: 1 title, 2 填报单位 / 单位：万元, 3 项目支出名称, 4 预算金额, 5 实施期, 6–7 goals, 8 header, 9–18 indicators,
 * 19 审核意见, 20 signatures.
 */
final class HunanDeclaration {

  private HunanDeclaration() {}

  static Grid write(Workbook wb) {
    Sheet s = wb.createSheet("项目支出绩效目标申报表");
    Grid g = new Grid(wb, s);
    g.widths(12, 12, 16, 30, 14, 12);
    g.put("A1:F1", "2023年项目支出绩效目标申报表", g.title);
    g.height(1, 28);
    g.put("A2:C2", "填报单位：（盖章）", g.plain);
    g.put("D2:F2", "单位：万元", g.plain);
    g.put("A3", "项目支出名称", g.label);
    g.put("B3:C3", "雾炮车降尘抑尘服务", g.text);
    g.put("D3", "预算部门", g.label);
    g.put("E3:F3", "湘潭市环境卫生管理处", g.text);
    g.put("A4", "年度本级\n预算金额", g.label);
    g.put("B4:C4", "250万", g.text);
    g.put("D4", "该项目支出上级资金", g.label);
    g.put("E4:F4", "0", g.text);
    g.height(4, 30);
    g.put("A5", "项目支出实施期", g.label);
    g.put("B5:F5", "2023.07-2024.01", g.text);
    g.put("A6", "实施期绩效目标", g.label);
    g.put("B6:F6", "通过采购雾炮车降尘抑尘服务，服务周期2023.07-2024.01，全市空气质量达到优良", g.text);
    g.height(6, 30);
    g.put("A7", "本年度绩效目标", g.label);
    g.put("B7:F7", "通过采购雾炮车降尘抑尘服务，服务周期2023.07-2024.01，全市空气质量达到优良", g.text);
    g.height(7, 30);
    g.put("A8:A18", "本年度\n绩效指标", g.label);
    g.put("B8", "一级指标", g.label);
    g.put("C8", "二级指标", g.label);
    g.put("D8", "三级指标", g.label);
    g.put("E8", "指标值及单位", g.label);
    g.put("F8", "绩效标准", g.label);
    g.put("B9:B13", "产出指标", g.level);
    g.put("C9:C10", "数量指标", g.level);
    row(g, 9, "雾炮车降尘抑尘服务配备车辆数", "10辆");
    row(g, 10, "雾炮车风炮射程", "≥80M");
    g.put("C11", "质量指标", g.level);
    row(g, 11, "服务周期内空气质量", "优良");
    g.put("C12", "时效指标", g.level);
    row(g, 12, "服务周期", "2023.07-2024.01");
    g.put("C13", "成本指标", g.level);
    row(g, 13, "控制在预算成本内", "≥250万");
    g.put("B14:B17", "效益指标", g.level);
    g.put("C14", "经济效益指标", g.level);
    row(g, 14, null, null);
    g.put("C15", "社会效益指标", g.level);
    row(g, 15, "服务周期内，市民对空气质量改善的满意程度", "≥85%");
    g.put("C16", "生态效益指标", g.level);
    row(g, 16, null, null);
    g.put("C17", "可持续影响指标", g.level);
    row(g, 17, null, null);
    g.put("B18:C18", "社会公众或服务对象满意度指标", g.level);
    row(g, 18, "市民满意度", "≥90%");
    g.height(18, 30);
    g.put("A19", "财政部门\n审核意见", g.label);
    g.put("B19:F19", null, g.text);
    g.height(19, 40);
    g.put("A20:F20", "填表人：（已隐去）    联系电话：（已隐去）    填报日期：        单位负责人签字：", g.plain);
    return g;
  }

  /** 三级, 指标值及单位 and, on a filled row, the printed 绩效标准 计划标准. */
  private static void row(Grid g, int r, String name, String target) {
    g.put("D" + r, name, g.text);
    g.put("E" + r, target, g.text);
    if (name == null) {
      g.put("F" + r, null, g.text);
    } else {
      g.put("F" + r, "计划标准", g.text);
    }
    g.fit(r, name, 30);
  }
}
