package org.perfsheet.samples.foreign;

import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * A Chongqing 部门整体绩效自评表 (2021, a 融媒体中心 of 西部（重庆）科学城), as the Chongqing budget system prints it:
 * 自评总分（分） in the heading block; 部门预算执行情况（万元） with 年初预算数 · 全年（调整）预算数 · 全年执行数 · 执行率（%） · 执行率权重 ·
 * 执行率得分（分） on one row; 当年绩效目标 as 年初 / 全年（调整） / 实际完成情况; and an indicator table with <b>no 一级/二级
 * levels</b>: 指标名称 · 计量单位 · 指标性质 (定量指标/定性指标) · 年初指标值 · 调整指标值 · 全年完成值 · 得分系数（%） · 指标权重（分） · 指标得分（分）
 * · 是否核心指标. Targets are bare numbers with no comparator, the control rates (控制率, 调整率, 结转结余率)
 * included.
 *
 * <p>Rows: 1 title, 2–3 heading block, 4–5 budget, 6–7 goals, 8 header, 9–28 indicators.
 */
final class ChongqingDepartment {

  /**
   * As the OCR'd copy shows them (targets read through its noise: {@code 26次} as {@code ≥6次}); the
   * two 三公 rows' targets and actuals and the last two rows are ours.
   */
  static final List<Row> ROWS =
      List.of(
          new Row("财政供养人员控制率", "%", "定量指标", "100%", "92%", 2, "否"),
          new Row("“三公”经费变动率", "%", "定量指标", "≤0%", "-8.5%", 2, "否"),
          new Row("基础信息完善", "%", "定量指标", "100%", "100%", 1, "否"),
          new Row("预算完成率", "%", "定量指标", "70%", "76%", 2, "是"),
          new Row("预算调整率", "%", "定量指标", "3%", "0", 2, "否"),
          new Row("结转结余率", "%", "定量指标", "2%", "0", 2, "是"),
          new Row("公用经费控制率", "%", "定量指标", "100%", "97%", 2, "是"),
          new Row("“三公”经费控制率", "%", "定量指标", "100%", "85%", 2, "否"),
          new Row("政府采购执行率", "%", "定量指标", "100%", "72.74%", 2, "是"),
          new Row("管理制度健全性", "", "定性指标", "高", "高", 3, "否"),
          new Row("资金使用合规性", "", "定性指标", "好", "好", 5, "否"),
          new Row("预决算信息公开性", "", "定性指标", "高", "高", 1, "否"),
          new Row("资产管理安全", "", "定性指标", "好", "好", 2, "否"),
          new Row("固定资产利用率", "%", "定量指标", "90%", "100%", 2, "否"),
          new Row("党性教育培训次数", "次", "定量指标", "≥6次", "12次", 5, "是"),
          new Row("组织宣传活动次数", "次", "定量指标", "≥30次", "43次", 10, "是"),
          new Row("制作宣传品数量", "份", "定量指标", "≥10份", "20份", 5, "否"),
          new Row("播发稿件数量", "篇", "定量指标", "≥2200篇", "2859篇", 10, "是"),
          new Row("业务保障能力提升", "%", "定量指标", "90%", "95%", 10, "否"),
          new Row("公共服务满意度", "%", "定量指标", "≥90%", "95%", 10, "是"),
          new Row("新闻宣传覆盖率", "%", "定量指标", "≥90%", "96%", 10, "否"));

  record Row(
      String name,
      String unit,
      String nature,
      String target,
      String actual,
      double weight,
      String core) {}

  private ChongqingDepartment() {}

  static Grid write(Workbook wb) {
    Sheet s = wb.createSheet("部门整体绩效自评表");
    Grid g = new Grid(wb, s);
    g.widths(8, 20, 8, 10, 11, 11, 11, 10, 10, 10, 10);
    g.put("A1:K1", "部门整体绩效自评表", g.title);
    g.height(1, 28);
    g.put("A2:B2", "主管部门", g.label);
    g.put("C2:E2", "西部（重庆）科学城融媒体中心", g.text);
    g.put("F2:G2", "财政处室", g.label);
    g.put("H2", "宣传文化处", g.text);
    g.put("I2:J2", "自评总分（分）", g.label);
    g.num("K2", 97.6, g.number);
    g.put("A3:B3", "部门联系人", g.label);
    g.put("C3:E3", "王明", g.text);
    g.put("F3:G3", "联系电话", g.label);
    g.put("H3:K3", "023-65000000", g.text);

    g.put("A4:A5", "部门预算\n执行情况\n（万元）", g.label);
    g.put("B4:C4", "年初预算数", g.label);
    g.put("D4:E4", "全年（调整）\n预算数", g.label);
    g.put("F4:G4", "全年执行数", g.label);
    g.put("H4", "执行率（%）", g.label);
    g.put("I4", "执行率权重", g.label);
    g.put("J4:K4", "执行率得分（分）", g.label);
    g.height(4, 30);
    g.num("B5:C5", 1280, g.money);
    g.num("D5:E5", 1350, g.money);
    g.num("F5:G5", 1026, g.money);
    g.put("H5", "76%", g.number);
    g.num("I5", 10, g.number);
    g.num("J5:K5", 7.6, g.number);
    g.height(5, 30);

    g.put("A6:A7", "当年绩效\n目标", g.label);
    g.put("B6:D6", "年初绩效目标", g.label);
    g.put("E6:G6", "全年（调整）绩效目标", g.label);
    g.put("H6:K6", "全年目标实际完成情况", g.label);
    g.put(
        "B7:D7",
        "通过整合各级各类媒体、户外广告载体、宣传宣讲活动等，为建设成渝地区双城经济圈和西部（重庆）科学城营造良好氛围。"
            + "保障中心正常人事、日常运转，有效承担科学城新闻宣传管理、思想文化领域建设等工作。",
        g.text);
    g.put("E7:G7", "无", g.text);
    g.put("H7:K7", "中心2021年较好地完成了履职任务，有效开展了科学城新闻宣传管理、思想文化领域建设等工作，为建设成渝地区双城经济圈营造了良好氛围。", g.text);
    g.height(7, 110);

    int first = 9;
    int last = first + ROWS.size() - 1;
    g.put("A8:A" + last, "绩\n效\n指\n标", g.label);
    String[] heads = {
      "指标名称",
      "计量\n单位",
      "指标性质",
      "年初指标值",
      "调整指标值",
      "全年完成值",
      "得分系数\n（%）",
      "指标权重\n（分）",
      "指标得分\n（分）",
      "是否核心\n指标"
    };
    for (int i = 0; i < heads.length; i++) {
      g.put(SichuanCounty.col(1 + i) + "8", heads[i], g.label);
    }
    g.height(8, 30);
    for (int i = 0; i < ROWS.size(); i++) {
      Row x = ROWS.get(i);
      int r = first + i;
      g.put("B" + r, x.name(), g.text);
      g.put("C" + r, x.unit(), g.number);
      g.put("D" + r, x.nature(), g.number);
      g.put("E" + r, x.target(), g.number);
      g.put("F" + r, null, g.number);
      g.put("G" + r, x.actual(), g.number);
      g.put("H" + r, "100%", g.number);
      g.num("I" + r, x.weight(), g.number);
      g.num("J" + r, x.weight(), g.number);
      g.put("K" + r, x.core(), g.number);
    }
    return g;
  }
}
