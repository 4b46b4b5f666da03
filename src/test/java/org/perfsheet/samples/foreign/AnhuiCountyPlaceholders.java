package org.perfsheet.samples.foreign;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The national 项目支出绩效自评表 as a county bureau (天长市水利局, Anhui, 2022) published it from the blank form:
 * every 二级 keeps the printed rows {@code 指标1：} / {@code 指标2：} / {@code ……}, and the unit wrote its
 * indicator <i>after</i> the printed {@code 指标1：} in the same cell; the headers carry {@code （A）}
 * and {@code （B）}; the indicator block is labelled 年度绩效指标完成情况 and the goals 年度总体目标完成情况; 二级 names
 * break mid-word ({@code 可持续影\n响指标}); the 其中 rows print {@code -} under 分值 and 得分; a footnote (注：)
 * under 总分.
 *
 * <p>Rows: 1 title, 2 year, 3 项目名称, 4 主管部门/实施单位, 5–9 funds, 10–11 goals, 12 header, 13–39
 * indicators, 40 总分, 41 footnote.
 */
final class AnhuiCountyPlaceholders {

  private AnhuiCountyPlaceholders() {}

  private static final String OUT = "产出指标\n（50分）";
  private static final String EFF = "效益指标\n（30分）";
  private static final String SAT = "满意度指标\n（10分）";

  /**
   * 一级, 二级, then per printed row: name, 年度指标值, 实际完成值, 分值, 得分 (null = blank). Each 二级 prints 指标1：,
   * 指标2：, ……; what the unit wrote follows 指标1： in the same cell.
   */
  static final Object[][] ROWS = {
    {OUT, "数量指标", "指标1：完成中型灌区节水改造项目数量", 1, 1, 10, 10},
    {OUT, "数量指标", "指标2：完成农业综合水价改革项目", 1, 1, 10, 10},
    {OUT, "数量指标", "……", null, null, null, null},
    {OUT, "质量指标", "指标1：工程质量合格", null, null, 10, 10},
    {OUT, "质量指标", "指标2：", null, null, null, null},
    {OUT, "质量指标", "……", null, null, null, null},
    {OUT, "时效指标", "指标1：年度资金支付完成率100%", null, null, 10, 10},
    {OUT, "时效指标", "指标2：", null, null, null, null},
    {OUT, "时效指标", "……", null, null, null, null},
    {OUT, "成本指标", "指标1：资金执行在预算范围内", null, null, 10, 10},
    {OUT, "成本指标", "指标2：", null, null, null, null},
    {OUT, "成本指标", "……", null, null, null, null},
    {EFF, "经济效益\n指标", "指标1：全市安全度汛", null, null, 10, 10},
    {EFF, "经济效益\n指标", "指标2：", null, null, null, null},
    {EFF, "经济效益\n指标", "……", null, null, null, null},
    {EFF, "社会效益\n指标", "指标1：保护全市人口财产不受损失", null, null, 10, 10},
    {EFF, "社会效益\n指标", "指标2：", null, null, null, null},
    {EFF, "社会效益\n指标", "……", null, null, null, null},
    {EFF, "生态效益\n指标", "指标1：", "/", "/", "/", null},
    {EFF, "生态效益\n指标", "指标2：", null, null, null, null},
    {EFF, "生态效益\n指标", "……", null, null, null, null},
    {EFF, "可持续影\n响指标", "指标1：已建工程良性运行", null, null, 10, 10},
    {EFF, "可持续影\n响指标", "指标2：", null, null, null, null},
    {EFF, "可持续影\n响指标", "……", null, null, null, null},
    {SAT, "服务对象\n满意度指标", "指标1：服务对象满意度", "90%", "100%", 10, 10},
    {SAT, "服务对象\n满意度指标", "指标2：", null, null, null, null},
    {SAT, "服务对象\n满意度指标", "……", null, null, null, null},
  };

  static Grid write(Workbook wb) {
    Sheet s = wb.createSheet("项目支出绩效自评表");
    Grid g = new Grid(wb, s);
    g.widths(6, 10, 11, 30, 11, 11, 7, 7, 12, 12);
    g.put("A1:J1", "项目支出绩效自评表", g.title);
    g.height(1, 28);
    g.put("A2:J2", "（2022年度）", g.plain);
    g.put("A3:B3", "项目名称", g.label);
    g.put("C3:J3", "水旱灾害防御经费", g.text);
    g.put("A4:B4", "主管部门", g.label);
    g.put("C4:E4", null, g.text);
    g.put("F4:G4", "实施单位", g.label);
    g.put("H4:J4", "天长市水利局", g.text);

    g.put("A5:B9", "项目资金\n（万元）", g.label);
    g.put("C5:D5", null, g.label);
    g.put("E5", "年初预算数", g.label);
    g.put("F5", "全年预算数\n（A）", g.label);
    g.put("G5", "全年执行数\n（B）", g.label);
    g.put("H5", "分值", g.label);
    g.put("I5", "执行率\n（B/A）", g.label);
    g.put("J5", "得分", g.label);
    g.height(5, 30);
    g.put("C6:D6", "年度资金总额：", g.label);
    g.num("E6", 880, g.money);
    g.num("F6", 880, g.money);
    g.num("G6", 880, g.money);
    g.num("H6", 10, g.number);
    g.put("I6", null, g.percent);
    g.num("J6", 10, g.number);
    g.put("C7:D7", "其中：本年财政拨款", g.label);
    g.num("E7", 880, g.money);
    g.num("F7", 880, g.money);
    g.num("G7", 880, g.money);
    g.put("C8:D8", "上年结转资金", g.label);
    g.put("C9:D9", "其他资金", g.label);
    for (int r = 7; r <= 9; r++) {
      if (r > 7) {
        g.put("E" + r, null, g.money);
        g.put("F" + r, null, g.money);
        g.put("G" + r, null, g.money);
      }
      g.printed("H" + r, "-", g.number);
      g.put("I" + r, null, g.number);
      g.printed("J" + r, "-", g.number);
    }

    g.put("A10:B11", "年度总体目标\n完成情况", g.label);
    g.put("C10:F10", "预期目标", g.label);
    g.put("G10:J10", "实际完成情况", g.label);
    g.put("C11:F11", "完成年度防汛工作，完成中型灌区节水改造项目和农业综合水价改革项目。", g.text);
    g.put("G11:J11", "完成年度目标。", g.text);
    g.height(11, 40);

    int first = 13;
    int last = first + ROWS.length - 1;
    g.put("A12:A" + last, "年\n度\n绩\n效\n指\n标\n完\n成\n情\n况", g.label);
    String[] heads = {"一级\n指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"};
    for (int i = 0; i < heads.length; i++) {
      g.put(SichuanCounty.col(1 + i) + "12", heads[i], g.label);
    }
    g.put("I12:J12", "偏差原因分析\n及改进措施", g.label);
    g.height(12, 30);
    for (int i = 0; i < ROWS.length; i++) {
      Object[] x = ROWS[i];
      int r = first + i;
      if (i == 0 || !ROWS[i - 1][0].equals(x[0])) {
        g.put("B" + r + ":B" + (first + runEnd(i, 0)), (String) x[0], g.level);
      }
      if (i == 0 || !ROWS[i - 1][1].equals(x[1])) {
        g.put("C" + r + ":C" + (first + runEnd(i, 1)), (String) x[1], g.level);
      }
      String name = (String) x[2];
      boolean placeholder = name.equals("……") || name.endsWith("：");
      if (placeholder) {
        g.printed("D" + r, name, g.text);
      } else {
        g.put("D" + r, name, g.text);
      }
      for (int k = 0; k < 4; k++) {
        String at = SichuanCounty.col(4 + k) + r;
        if (x[3 + k] == null) {
          g.put(at, null, g.number);
        } else {
          AnhuiTownship.value(g, at, x[3 + k], g.number);
        }
      }
      g.put("I" + r + ":J" + r, null, g.text);
    }
    int total = last + 1;
    g.put("A" + total + ":F" + total, "总分", g.label);
    g.num("G" + total, 100, g.number);
    g.num("H" + total, 100, g.number);
    g.put("I" + total + ":J" + total, null, g.text);
    int note = total + 1;
    g.printed(
        "A" + note + ":J" + note,
        "注：1.一级指标分值统一设置为：产出指标50分、效益指标30分、服务对象满意度指标10分、预算资金执行率10分。",
        g.note);
    g.height(note, 30);
    return g;
  }

  /** Last index of the run sharing row {@code i}'s value in column {@code c} (一级 0, 二级 1). */
  private static int runEnd(int i, int c) {
    int end = i;
    while (end + 1 < ROWS.length
        && ROWS[end + 1][c].equals(ROWS[i][c])
        && ROWS[end + 1][0].equals(ROWS[i][0])) {
      end++;
    }
    return end;
  }
}
