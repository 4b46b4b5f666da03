package org.perfsheet.samples.foreign;

import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * 中江县水利局's published 绩效目标自评表 (2022年度) for a 衔接资金 project: 分值 stands before 年度指标值, the actual is
 * 全年实际值, the explanation 未完成原因及拟采取的改进措施, 项目负责人及电话 sits in the project block, the funds block has no
 * 年初预算数, a {@code ……} row is printed under the last indicator, and a footnote (注：) under 总分 prints
 * the scoring rules — 50/30/10/10 and tiers 100–80 / 80–60 / 60–0 — which the form itself does not
 * follow (产出指标（70分）, weights add to 110).
 *
 * <p>Rows: 1 title, 2 year, 3–4 project block, 5–8 funds, 9–10 goals, 11 header, 12–22 indicators,
 * 23 总分, 24 footnote.
 */
final class ZhongjiangTransition {

  private static final String OUT = "产出指标（70分）";
  private static final String EFF = "效益指标（20分）";
  private static final String SAT = "满意度指标（10分）";

  static final List<Ind> ROWS =
      List.of(
          Ind.of(OUT, "数量指标", "安装坡面水标尺", "≥266米", "≥266米", 10, 10),
          Ind.of(OUT, "数量指标", "水标尺宽度", "≥50厘米", "≥50厘米", 10, 10),
          Ind.of(OUT, "质量指标", "项目（工程）验收合格率", "100%", "100%", 20, 20),
          Ind.of(OUT, "时效指标", "及时（按期）开工率", "≥90%", "≥90%", 10, 10),
          Ind.of(OUT, "时效指标", "及时（按期）完工率", "≥90%", "≥90%", 10, 10),
          Ind.of(OUT, "成本指标", "项目计划总投资", "20万元", "20万元", 10, 10),
          Ind.empty(EFF, "经济效益指标", null),
          Ind.of(EFF, "社会效益指标", "受益脱贫（含监测对象）户人口数", "≥1000人", "≥1000人", 10, 10),
          Ind.of(EFF, "社会效益指标", "群众生产生活条件改善状况", "显著提升", "显著提升", 10, 10),
          Ind.of(SAT, "服务对象满意度指标", "受益脱贫（含监测对象）户满意度", "≥95%", "≥95%", 10, 10),
          Ind.empty(SAT, "服务对象满意度指标", "……"));

  private ZhongjiangTransition() {}

  static Grid write(Workbook wb) {
    Sheet s = wb.createSheet("绩效目标自评表");
    Grid g = new Grid(wb, s);
    g.widths(6, 12, 12, 22, 9, 12, 12, 7, 12, 12);
    g.put("A1:J1", "绩效目标自评表", g.title);
    g.height(1, 28);
    g.put("A2:J2", "（2022年度）", g.plain);
    g.put("A3:B3", "项目名称", g.label);
    g.put("C3:F3", "中江县农业水价综合改革精准补贴和节水奖励项目小型水库水标尺制作安装项目", g.text);
    g.put("G3:H3", "项目负责人\n及电话", g.label);
    g.put("I3:J3", "谢凯13990260322（办公）", g.text);
    g.height(3, 40);
    g.put("A4:B4", "主管部门", g.label);
    g.put("C4:F4", "中江县水利局", g.text);
    g.put("G4:H4", "实施单位", g.label);
    g.put("I4:J4", "中江县水利局", g.text);

    g.put("A5:B8", "资金情况\n（万元）", g.label);
    g.put("C5:D5", null, g.label);
    g.put("E5", "全年预算数\n（A）", g.label);
    g.put("F5", "全年执行数\n（B）", g.label);
    g.put("G5", "分值", g.label);
    g.put("H5", "执行率\n（B/A）", g.label);
    g.put("I5:J5", "得分", g.label);
    g.height(5, 36);
    g.put("C6:D6", "年度资金总额：", g.label);
    g.num("E6", 20, g.money);
    g.num("F6", 20, g.money);
    g.num("G6", 10, g.number);
    g.num("H6", 1.0, g.percent);
    g.num("I6:J6", 10, g.number);
    g.put("C7:D7", "其中：本年财政拨款", g.label);
    g.num("E7", 20, g.money);
    g.num("F7", 20, g.money);
    g.put("C8:D8", "其他资金", g.label);
    for (int r = 7; r <= 8; r++) {
      if (r == 8) {
        g.put("E8", null, g.money);
        g.put("F8", null, g.money);
      }
      g.printed("G" + r, "—", g.number);
      g.printed("H" + r, "—", g.number);
      g.printed("I" + r + ":J" + r, "—", g.number);
    }

    g.put("A9:B10", "年度总体\n目标", g.label);
    g.put("C9:F9", "年初设定目标", g.label);
    g.put("G9:J9", "年度总体目标完成情况综述", g.label);
    g.put("C10:F10", "对农村地区供水计量设施设备进行改进，对项目区农业用水计量，为项目区农业生产夯实基础", g.text);
    g.put("G10:J10", "对项目区农业用水计量，为项目区农业生产夯实基础", g.text);
    g.height(10, 48);

    int first = 12;
    int last = first + ROWS.size() - 1;
    g.put("A11:A" + last, "绩\n效\n指\n标", g.label);
    String[] heads = {"一级指标", "二级指标", "三级指标", "分值", "年度指标值", "全年实际值", "得分"};
    for (int i = 0; i < heads.length; i++) {
      g.put(SichuanCounty.col(1 + i) + "11", heads[i], g.label);
    }
    g.put("I11:J11", "未完成原因及拟采取\n的改进措施", g.label);
    g.height(11, 30);
    for (int i = 0; i < ROWS.size(); i++) {
      Ind x = ROWS.get(i);
      int r = first + i;
      if (Ind.startsRun(ROWS, i, 1)) {
        g.put("B" + r + ":B" + (first + Ind.runEnd(ROWS, i, 1)), x.level1(), g.level);
      }
      if (Ind.startsRun(ROWS, i, 2)) {
        g.put("C" + r + ":C" + (first + Ind.runEnd(ROWS, i, 2)), x.level2(), g.level);
      }
      g.put("D" + r, x.name(), g.text);
      if (x.target() == null && x.name() != null) {
        g.printed("D" + r, x.name(), g.text);
      }
      AnhuiTownship.value(g, "E" + r, x.weight(), g.number);
      g.put("F" + r, x.target(), g.number);
      AnhuiTownship.value(g, "G" + r, x.actual(), g.number);
      AnhuiTownship.value(g, "H" + r, x.score(), g.number);
      g.put("I" + r + ":J" + r, x.why(), g.text);
      g.fit(r, x.name(), 22);
    }
    int total = last + 1;
    g.put("A" + total + ":D" + total, "总分", g.label);
    g.num("E" + total, 100, g.number);
    g.put("F" + total + ":G" + total, null, g.number);
    g.num("H" + total, 100, g.number);
    g.put("I" + total + ":J" + total, null, g.text);
    int note = total + 1;
    g.printed(
        "A" + note + ":J" + note,
        "注：1.一级指标分值统一设置为：产出指标50分、效益指标30分、满意度指标10分、预算资金执行率10分，"
            + "各部门根据各项指标重要程度确定三级指标的分值，得分最高不能超过该指标分值上限，"
            + "分别按照该指标对应分值区间100-80%（含80%）、80-60%（含60%）、60-0%合理确定得分，"
            + "3.定量指标若为正向指标，则得分=全年实际值（B）/年度指标值（A）×该指标分值；"
            + "若为反向指标，则得分=年度指标值（A）/全年实际值（B）×该指标分值。",
        g.note);
    g.height(note, 66);
    return g;
  }
}
