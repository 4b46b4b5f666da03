package org.perfsheet.samples.foreign;

import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * 绥阳县太白镇人民政府's published 部门整体支出绩效自评表 (Guizhou, 2021 figures, filed 2022-02-03): a department-wide
 * form with <b>no annual goals</b> — one 年度总体目标 pair of boxes and one indicator table, like a
 * project self-evaluation; the funds block {@code 部门（单位）总体资金（万元）} has 资金来源 · 年初预算数（A） · 全年执行数（B） ·
 * 分值（10分） · 得分 · 得分计算方法 (the method printed in the box) over 年度资金总额： / 基本支出 / 项目支出 / 其他, with 分值
 * and 得分 repeated on the 基本支出 and 项目支出 lines as the published page shows them; the indicator table
 * adds a 得分计算方法 column between 分值 and 得分.
 *
 * <p>Rows: 1 title, 2 unit and date, 3 name, 4–8 funds, 9–10 goals, 11 header, 12–20 indicators, 21
 * 总分.
 */
final class GuizhouTownDepartment {

  private static final String OUT = "产出指标";
  private static final String EFF = "效益指标";
  private static final String SAT = "满意度指标";

  /** Every row ours (the published page is cut after the header), one fault: 财政收入完成率. */
  static final List<Row> ROWS =
      List.of(
          new Row(OUT, "数量指标", "保障在职人员数", "=68人", "68人", 10, "B/A×分值", 10, ""),
          new Row(OUT, "数量指标", "保障村（社区）运转个数", "=11个", "11个", 10, "B/A×分值", 10, ""),
          new Row(OUT, "质量指标", "“三公”经费控制率", "≤100%", "92%", 10, "A/B×分值", 10, ""),
          new Row(OUT, "时效指标", "工资发放及时率", "=100%", "100%", 10, "B/A×分值", 10, ""),
          new Row(OUT, "成本指标", "公用经费支出", "≤150万元", "138万元", 10, "A/B×分值", 10, ""),
          new Row(EFF, "社会效益指标", "森林火灾发生次数", "=0次", "0次", 10, "发生即不得分", 10, ""),
          new Row(EFF, "社会效益指标", "财政收入完成率", "≥100%", "86%", 10, "B/A×分值", 10, ""),
          new Row(EFF, "可持续影响指标", "村级组织正常运转", "正常运转", "正常运转", 10, "达成得满分", 10, ""),
          new Row(SAT, "服务对象满意度指标", "群众满意度", "≥90%", "95%", 10, "B/A×分值", 10, ""));

  record Row(
      String level1,
      String level2,
      String name,
      String target,
      String actual,
      double weight,
      String method,
      double score,
      String why) {}

  private GuizhouTownDepartment() {}

  static Grid write(Workbook wb) {
    Sheet s = wb.createSheet("部门整体支出绩效自评表");
    Grid g = new Grid(wb, s);
    g.widths(6, 12, 14, 22, 13, 13, 9, 16, 9, 20);
    g.put("A1:J1", "部门整体支出绩效自评表", g.title);
    g.height(1, 28);
    g.put("A2:F2", "单位（盖章）：绥阳县太白镇人民政府", g.text);
    g.put("G2:J2", "填报日期：2022年2月3日", g.text);
    g.put("A3:B3", "部门（单位）名称", g.label);
    g.put("C3:J3", "绥阳县太白镇人民政府", g.text);

    g.put("A4:B8", "部门（单位）总体\n资金（万元）", g.label);
    g.put("C4:D4", "资 金 来 源", g.label);
    g.put("E4", "年初预算数\n（A）", g.label);
    g.put("F4", "全年执行数\n（B）", g.label);
    g.put("G4", "分值\n（10分）", g.label);
    g.put("H4", "得分", g.label);
    g.put("I4:J4", "得分计算方法", g.label);
    g.height(4, 30);
    g.put("C5:D5", "年度资金总额：", g.label);
    g.num("E5", 1172.55, g.money);
    g.num("F5", 1268.72, g.money);
    g.num("G5", 10, g.number);
    g.num("H5", 10, g.number);
    g.printed("I5:J8", "执行率*该指标分值，最高不得超过分值上限。", g.text);
    g.put("C6:D6", "基本支出", g.label);
    g.num("E6", 985.19, g.money);
    g.num("F6", 914.97, g.money);
    g.num("G6", 10, g.number);
    g.num("H6", 10, g.number);
    g.put("C7:D7", "项目支出", g.label);
    g.num("E7", 187.36, g.money);
    g.num("F7", 353.75, g.money);
    g.num("G7", 10, g.number);
    g.num("H7", 10, g.number);
    g.put("C8:D8", "其他", g.label);
    for (String c : new String[] {"E8", "F8", "G8", "H8"}) {
      g.put(c, null, g.money);
    }

    g.put("A9:B10", "年度总体\n目标", g.label);
    g.put("C9:F9", "年初设定目标", g.label);
    g.put("G9:J9", "年度总体目标完成情况", g.label);
    g.put(
        "C10:F10",
        "（1）制定和组织实施经济、科技和社会发展计划，组织经济运行，促进经济发展。（2）组织实施村镇建设规划，"
            + "保护土地、林木、水等自然资源和生态环境，做好护林防火工作。（3）按计划组织本级财政收入，管好财政资金。"
            + "（4）完成上级政府交办的其它事项。",
        g.text);
    g.put(
        "G10:J10",
        "（1）积极履职，强化管理，较好地完成本年工作任务。（2）部门整体支出管理水平得到提升。"
            + "（3）做好护林防火工作，全年未发生森林火灾。（4）按计划组织本级财政收入。（5）完成上级政府交办的其它事项。",
        g.text);
    g.height(10, 96);

    int first = 12;
    int last = first + ROWS.size() - 1;
    g.put("A11:A" + last, "绩\n效\n指\n标", g.label);
    String[] heads = {
      "一级指标", "二级指标", "三级指标", "年度指标值\n（A）", "全年实际值\n（B）", "分值", "得分计算方法", "得分", "未完成原因分析"
    };
    for (int i = 0; i < heads.length; i++) {
      g.put(SichuanCounty.col(1 + i) + "11", heads[i], g.label);
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
      if (i == 0
          || !(ROWS.get(i - 1).level1() + ROWS.get(i - 1).level2())
              .equals(x.level1() + x.level2())) {
        int end = i;
        while (end + 1 < ROWS.size()
            && (ROWS.get(end + 1).level1() + ROWS.get(end + 1).level2())
                .equals(x.level1() + x.level2())) {
          end++;
        }
        g.put("C" + r + ":C" + (first + end), x.level2(), g.level);
      }
      g.put("D" + r, x.name(), g.text);
      g.put("E" + r, x.target(), g.number);
      g.put("F" + r, x.actual(), g.number);
      g.num("G" + r, x.weight(), g.number);
      g.put("H" + r, x.method(), g.text);
      g.num("I" + r, x.score(), g.number);
      g.put("J" + r, x.why(), g.text);
      g.fit(r, x.name(), 22);
    }
    int total = last + 1;
    g.put("A" + total + ":F" + total, "总分", g.label);
    g.num("G" + total, 100, g.number);
    g.put("H" + total, null, g.number);
    g.num("I" + total, 100, g.number);
    g.put("J" + total, null, g.text);
    return g;
  }
}
