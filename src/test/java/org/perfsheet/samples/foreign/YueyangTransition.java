package org.perfsheet.samples.foreign;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * 岳阳县农业农村局's published 乡村振兴衔接资金 绩效目标申报表（基础设施建设类）(2022年度): the national 衔接资金 reference form
 * (绩效目标申报表（参考模板）) as a Hunan county fills it: 项目负责人及电话, 主管部门 beside 实施单位, 资金情况（万元） with 年度资金总额： /
 * 其中：财政拨款 / 其他资金 written as text with a breakdown in brackets, 总体目标 over 年度目标, the indicator table
 * under a vertical 绩效指标 label, 二级 names broken over two lines (`社会效益\n指标`), and the printed 注：
 * under the table.
 *
 * <p>Rows: 1 title, 2 year, 3–5 project, 6–8 funds, 9–10 goal, 11 header, 12–23 indicators, 24
 * note.
 */
final class YueyangTransition {

  private YueyangTransition() {}

  static Grid write(Workbook wb) {
    Sheet s = wb.createSheet("绩效目标申报表");
    Grid g = new Grid(wb, s);
    g.widths(10, 12, 14, 34, 14);
    g.put("A1:E1", "绩效目标申报表（基础设施建设类）", g.title);
    g.height(1, 28);
    g.put("A2:E2", "（2022年度）", g.plain);
    g.put("A3:B3", "项目名称", g.label);
    g.put("C3:E3", "岳阳县2022年高标准农田建设项目", g.text);
    g.put("A4:B4", "项目负责人及电话", g.label);
    g.put("C4:E4", "（已隐去）", g.text);
    g.put("A5:B5", "主管部门", g.label);
    g.put("C5", "岳阳县农业农村局", g.text);
    g.put("D5", "实施单位", g.label);
    g.put("E5", "农田建设服务中心", g.text);
    g.height(5, 30);
    g.put("A6:A8", "资金情况\n（万元）", g.label);
    g.put("B6", "年度资金总额：", g.label);
    g.put("C6:E6", "854万(高标准农田建设400万元,示范建设295万元,畅通工程159万元)", g.text);
    g.put("B7", "其中：财政拨款", g.label);
    g.put("C7:E7", "854万854万(高标准农田建设400万元,示范建设295万元,畅通工程159万元)", g.text);
    g.put("B8", "其他资金", g.label);
    g.put("C8:E8", null, g.text);
    g.height(6, 30);
    g.height(7, 30);
    g.put("A9:A10", "总体\n目标", g.label);
    g.put("B9:E9", "年度目标", g.label);
    g.put("B10:E10", "完成项目主体工程70%", g.text);
    g.height(10, 30);
    g.put("A11:A23", "绩效\n指标", g.label);
    g.put("B11", "一级指标", g.label);
    g.put("C11", "二级指标", g.label);
    g.put("D11", "三级指标", g.label);
    g.put("E11", "指标值", g.label);
    g.put("B12:B16", "产出指标", g.level);
    g.put("C12:C13", "数量指标", g.level);
    row(g, 12, "脱贫村村内道路硬化里程", "≥100公里");
    row(g, 13, "脱贫户供水设施数量", "≥20座");
    g.put("C14", "质量指标", g.level);
    row(g, 14, "项目（工程）验收合格率", "100%");
    g.put("C15", "时效指标", g.level);
    row(g, 15, "项目（工程）完成及时率", "≥100%");
    g.put("C16", "成本指标", g.level);
    row(g, 16, "财政资金补助", "1600元/亩");
    g.put("B17:B22", "效益指标", g.level);
    g.put("C17", "经济效益\n指标", g.level);
    row(g, 17, "年增粮食", "3500公斤");
    g.put("C18:C19", "社会效益\n指标", g.level);
    row(g, 18, "受益脱贫（监测）人口数", "≥500人");
    row(g, 19, "解决脱贫（监测）饮水安全问题人数", "≥1000人");
    g.put("C20:C21", "生态效益\n指标", g.level);
    row(g, 20, "新增和改善灌溉达标面积", "≥500亩");
    row(g, 21, "新增和改善排水达标面积", "≥200亩");
    g.put("C22", "可持续影响\n指标", g.level);
    row(g, 22, "工程设计使用年限", "≥20年");
    g.put("B23", "满意度指标", g.level);
    g.put("C23", "服务对象满意度指标", g.level);
    row(g, 23, "受益脱贫（监测）户满意度", "≥95%");
    for (int r : new int[] {17, 18, 20, 22, 23}) {
      g.height(r, 30);
    }
    g.printed(
        "A24:E24",
        "注：各地请根据实际情况，从上述绩效指标中选择适合的填报（其中三颗星为必填的核心绩效指标，可结合已下达的中央对地方专项转移支付绩效指标），也可自行增加或适当调整。",
        g.note);
    g.height(24, 42);
    return g;
  }

  private static void row(Grid g, int r, String name, String target) {
    g.put("D" + r, name, g.text);
    g.put("E" + r, target, g.text);
  }
}
