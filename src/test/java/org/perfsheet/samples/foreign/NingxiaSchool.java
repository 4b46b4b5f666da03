package org.perfsheet.samples.foreign;

import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * 银川市本级部门项目支出绩效自评表 (2021, 初中公用经费, 银川市第六中学): the 10号 evaluation framework — 项目决策 / 项目管理 / 项目产出 /
 * 项目效益 with their points — where budget execution is an indicator row (投入管理 · 预算执行率, 10 分) and the
 * funds block has no 分值 or 得分; the stated total is 自评得分 beside 主管部门; unused printed rows read
 * {@code 指标1：} / {@code 指标2：}.
 *
 * <p>Rows: 1 title, 2 year, 3–5 project block, 6–7 funds (values under their headers), 8–9 goals,
 * 10 indicator header, 11–36 indicators. Columns A 一级, B 二级, C:D 三级, E 参考分值, F 指标值（A）, G 全年实际值（B）,
 * H 得分, I 未完成原因分析及改进措施.
 */
final class NingxiaSchool {

  private static final String DECISION = "项目决策（10分）";
  private static final String MANAGEMENT = "项目管理（25分）";
  private static final String OUTPUT = "项目产出（30分）";
  private static final String EFFECT = "项目效益（35分）";

  static final List<Ind> ROWS =
      List.of(
          Ind.of(DECISION, "项目目标", "完整性", "—", "目标明确、内容细化、目标量化", 4, 4),
          Ind.of(DECISION, "项目立项", "相关性", "—", "按照学校管理标准对学校进行管理", 2, 2),
          Ind.of(DECISION, "项目立项", "可行性", "—", "实际工作需求", 2, 2),
          Ind.of(DECISION, "项目立项", "适当性", "—", "有资金测算标准", 2, 2),
          Ind.of(MANAGEMENT, "投入管理", "预算执行率", "—", "100%", 10, 9),
          Ind.of(MANAGEMENT, "财务管理", "财务管理制度有效性", "—", "财务制度健全，严格执行制度，会计核算规范", 7, 7),
          Ind.of(MANAGEMENT, "项目实施", "绩效监控有效性", "—", "持续有效", 2, 2),
          Ind.of(MANAGEMENT, "项目实施", "管理制度有效性", "—", "严格执行相关管理制度", 6, 6),
          Ind.of(OUTPUT, "数量指标（10分）", "保障人数", "2370人", "2370人", 10, 10),
          Ind.empty(OUTPUT, "数量指标（10分）", "指标2："),
          Ind.of(OUTPUT, "质量指标（5分）", "公用经费标准", "符合相关文件要求", "符合相关文件要求", 5, 5),
          Ind.empty(OUTPUT, "质量指标（5分）", "指标2："),
          Ind.of(OUTPUT, "时效指标（5分）", "公用经费完成时间", "2021年12月完成", "2021年12月完成", 5, 4),
          Ind.empty(OUTPUT, "时效指标（5分）", "指标2："),
          Ind.of(OUTPUT, "成本指标（10分）", "办公所需成本", "15万元", "15万元", 4, 4),
          Ind.of(OUTPUT, "成本指标（10分）", "维修（维护）所需成本", "35万元", "35万元", 3, 3),
          Ind.of(OUTPUT, "成本指标（10分）", "绿化、水电费等成本", "14.8万元", "14.8万元", 3, 3),
          Ind.empty(EFFECT, "经济效益指标", "指标1："),
          Ind.empty(EFFECT, "经济效益指标", "指标2："),
          Ind.of(EFFECT, "社会效益指标", "效果显著", "改善学校的办学条件", "改善学校的办学条件", 15, 13),
          Ind.empty(EFFECT, "社会效益指标", "指标2："),
          Ind.empty(EFFECT, "生态效益指标", "指标1："),
          Ind.empty(EFFECT, "生态效益指标", "指标2："),
          Ind.of(EFFECT, "可持续影响指标", "使学生和老师有个更好的学习和工作环境，做到", "社会认可的办学环境。", "社会认可的办学环境。", 10, 8),
          Ind.empty(EFFECT, "可持续影响指标", "指标2："),
          Ind.of(EFFECT, "服务对象满意度指标（10分）", "学生和老师满意度", "≥90%", "96%", 10, 10));

  private NingxiaSchool() {}

  static Grid write(Workbook wb) {
    Sheet s = wb.createSheet("项目支出绩效自评表");
    Grid g = new Grid(wb, s);
    g.widths(12, 14, 12, 12, 7, 16, 16, 7, 18);
    g.put("A1:I1", "银川市本级部门项目支出绩效自评表", g.title);
    g.height(1, 28);
    g.put("A2:I2", "（2021年）", g.plain);
    g.put("A3:B3", "项目名称", g.label);
    g.put("C3:I3", "初中公用经费", g.text);
    g.put("A4:B4", "主管部门", g.label);
    g.put("C4:E4", "银川市教育局", g.text);
    g.put("F4:G4", "自评得分", g.label);
    g.num("H4:I4", 98, g.number);
    g.put("A5:B5", "实施单位", g.label);
    g.put("C5:E5", "银川市第六中学", g.text);
    g.put("F5:G5", "财政审核评分", g.label);
    g.put("H5:I5", null, g.number);

    g.put("A6:B7", "项目资金\n（万元）", g.label);
    g.put("C6:D6", null, g.label);
    g.put("E6", "年初预算数", g.label);
    g.put("F6", "调整预算数\n（A）", g.label);
    g.put("G6", "全年执行数\n（B）", g.label);
    g.put("H6:I6", "执行率\n（B/A）", g.label);
    g.height(6, 30);
    g.put("C7:D7", "年度资金总额", g.label);
    g.num("E7", 64.8, g.money);
    g.num("F7", 64.8, g.money);
    g.num("G7", 64.8, g.money);
    g.num("H7:I7", 1.0, g.percent);

    g.put("A8:B9", "年度总体\n目标", g.label);
    g.put("C8:E8", "年初设定目标", g.label);
    g.put("F8:I8", "年度总体目标完成情况综述", g.label);
    g.put("C9:E9", "保障学校正常工作运行", g.text);
    g.put("F9:I9", "公用经费64.8万元全部按计划支出，保障了全校2370名学生的教学和学校日常运转。", g.text);
    g.height(9, 44);

    String[] heads = {
      "一级指标", "二级指标", "三级指标", null, "参考\n分值", "指标值\n（A）", "全年实际值\n（B）", "得分", "未完成原因分析\n及改进措施"
    };
    g.put("A10", heads[0], g.label);
    g.put("B10", heads[1], g.label);
    g.put("C10:D10", heads[2], g.label);
    for (int i = 4; i < heads.length; i++) {
      g.put(SichuanCounty.col(i) + "10", heads[i], g.label);
    }
    g.height(10, 30);
    int first = 11;
    for (int i = 0; i < ROWS.size(); i++) {
      Ind x = ROWS.get(i);
      int r = first + i;
      if (Ind.startsRun(ROWS, i, 1) && Ind.runEnd(ROWS, i, 1) == i) {
        g.fit(r, x.level1(), 12);
      }
      if (Ind.startsRun(ROWS, i, 1)) {
        g.put("A" + r + ":A" + (first + Ind.runEnd(ROWS, i, 1)), x.level1(), g.level);
      }
      if (Ind.startsRun(ROWS, i, 2)) {
        g.put("B" + r + ":B" + (first + Ind.runEnd(ROWS, i, 2)), x.level2(), g.level);
      }
      if (x.target() == null) {
        g.printed("C" + r + ":D" + r, x.name(), g.text);
      } else {
        g.put("C" + r + ":D" + r, x.name(), g.text);
      }
      AnhuiTownship.value(g, "E" + r, x.weight(), g.number);
      if ("—".equals(x.target())) {
        g.printed("F" + r, x.target(), g.text);
      } else {
        g.put("F" + r, x.target(), g.text);
      }
      AnhuiTownship.value(g, "G" + r, x.actual(), g.text);
      AnhuiTownship.value(g, "H" + r, x.score(), g.number);
      g.put("I" + r, x.why(), g.text);
      g.fit(r, x.name(), 24);
      g.fit(r, x.target(), 16);
      g.fit(r, x.actual(), 16);
      g.fit(r, x.level2(), 14);
    }
    return g;
  }
}
