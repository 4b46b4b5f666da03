package org.perfsheet.samples.foreign;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The national 项目支出绩效自评表 as a Hebei school (廊坊市食品工程学校, 2019) published it: {@code 附件1}, the blank
 * form's {@code 指标1} / {@code 指标2} / {@code ……} rows kept under every 二级 with the indicator written
 * straight after the printed {@code 指标1} (no colon: {@code 指标1工程资金金额}); the 一级 {@code 效益指标} printed
 * again over 可持续影响指标 (a second box), {@code 满意度\n指标}; the unit's {@code 0} in 偏差原因分析 where nothing
 * deviated; the 年度总体目标 given as the amounts (43.2 / 37.24).
 *
 * <p>Rows: 1 附件1, 2 title, 3 year, 4 项目名称, 5 主管部门/实施单位, 6–10 funds, 11–12 goals, 13 header, 14–40
 * indicators, 41 总分.
 */
final class HebeiSchool {

  private HebeiSchool() {}

  private static final String OUT = "产出指标";
  private static final String EFF = "效益指标";
  private static final String EFF2 = "效益指标 ";
  private static final String SAT = "满意度\n指标";

  /** 一级, 二级, 三级 as printed, 年度指标值, 实际完成值, 分值, 得分, 偏差原因分析及改进措施. */
  static final Object[][] ROWS = {
    {OUT, "数量指标", "指标1工程资金金额", 43.2, 37.24, 10, 9, "已完工，剩余3%尾款未付，且最高限价低于预算金额。提高预算准确度。"},
    {OUT, "数量指标", "指标2", null, null, null, null, null},
    {OUT, "数量指标", "……", null, null, null, null, null},
    {OUT, "质量指标", "指标1工程完工率", 100, 100, 10, 10, null},
    {OUT, "质量指标", "指标2工程验收合格率", 100, 100, 10, 10, null},
    {OUT, "质量指标", "……", null, null, null, null, null},
    {OUT, "时效指标", "指标1项目完成及时率", 100, 100, 10, 10, null},
    {OUT, "时效指标", "指标2", null, null, null, null, null},
    {OUT, "时效指标", "……", null, null, null, null, null},
    {OUT, "成本指标", "指标1成本控制率", 100, 100, 10, 10, null},
    {OUT, "成本指标", "指标2", null, null, null, null, null},
    {OUT, "成本指标", "……", null, null, null, null, null},
    {EFF, "经济效益\n指标", "指标1安全率", 100, 100, 10, 10, 0},
    {EFF, "经济效益\n指标", "指标2", null, null, null, null, null},
    {EFF, "经济效益\n指标", "……", null, null, null, null, null},
    {EFF, "社会效益\n指标", "指标1学校发展能力", 100, 100, 10, 10, 0},
    {EFF, "社会效益\n指标", "指标2", null, null, null, null, null},
    {EFF, "社会效益\n指标", "……", null, null, null, null, null},
    {EFF, "生态效益\n指标", "指标1", null, null, null, null, null},
    {EFF, "生态效益\n指标", "指标2", null, null, null, null, null},
    {EFF, "生态效益\n指标", "……", null, null, null, null, null},
    {EFF2, "可持续影响\n指标", "指标1长期使用性", 100, 100, 10, 10, null},
    {EFF2, "可持续影响\n指标", "指标2", null, null, null, null, null},
    {EFF2, "可持续影响\n指标", "……", null, null, null, null, null},
    {SAT, "服务对象满意度指标", "指标1学生满意度", 100, 100, 10, 10, 0},
    {SAT, "服务对象满意度指标", "指标2", null, null, null, null, null},
    {SAT, "服务对象满意度指标", "……", null, null, null, null, null},
  };

  static Grid write(Workbook wb) {
    Sheet s = wb.createSheet("项目支出绩效自评表");
    Grid g = new Grid(wb, s);
    g.widths(9, 11, 12, 14, 10, 10, 7, 7, 14, 14);
    g.printed("A1", "附件1", g.note);
    g.put("A2:J2", "项目支出绩效自评表", g.title);
    g.height(2, 28);
    g.put("A3:J3", "（2019年度）", g.plain);
    g.put("A4:B4", "项目名称", g.label);
    g.put("C4:J4", "办公宿舍楼、食堂及餐厅暖通改造经费", g.text);
    g.put("A5:B5", "主管部门", g.label);
    g.put("C5:E5", "廊坊市发改委", g.text);
    g.put("F5:G5", "实施单位", g.label);
    g.put("H5:J5", "廊坊市食品工程学校", g.text);

    g.put("A6:B10", "项目资金\n（万元）", g.label);
    g.put("C6:D6", null, g.label);
    g.put("E6", "年初\n预算数", g.label);
    g.put("F6", "全年\n预算数", g.label);
    g.put("G6", "全年\n执行数", g.label);
    g.put("H6", "分值", g.label);
    g.put("I6", "执行率", g.label);
    g.put("J6", "得分", g.label);
    g.height(6, 30);
    g.put("C7:D7", "年度资金总额", g.label);
    g.num("E7", 43.2, g.money);
    g.num("F7", 43.2, g.money);
    g.num("G7", 37.24, g.money);
    g.num("H7", 10, g.number);
    // Typed as 86%: a number shown in whole percent.
    CellStyle whole = wb.createCellStyle();
    whole.cloneStyleFrom(g.percent);
    whole.setDataFormat(wb.createDataFormat().getFormat("0%"));
    g.num("I7", 0.86, whole);
    g.num("J7", 9, g.number);
    g.put("C8:D8", "其中：当年财政拨款", g.label);
    g.num("E8", 43.2, g.money);
    g.num("F8", 43.2, g.money);
    g.num("G8", 37.24, g.money);
    g.put("C9:D9", "上年结转资金", g.label);
    g.put("C10:D10", "其他资金", g.label);
    for (int r = 8; r <= 10; r++) {
      if (r > 8) {
        g.put("E" + r, null, g.money);
        g.put("F" + r, null, g.money);
        g.put("G" + r, null, g.money);
      }
      g.put("H" + r, null, g.number);
      g.put("I" + r, null, g.number);
      g.put("J" + r, null, g.number);
    }
    g.put("A11:B12", "年度\n总体\n目标", g.label);
    g.put("C11:F11", "预期目标", g.label);
    g.put("G11:J11", "实际完成情况", g.label);
    g.put("C12:F12", "43.2", g.text);
    g.put("G12:J12", "37.24", g.text);

    String[] heads = {"一级指标", "二级指标", "三级指标"};
    g.put("A13", heads[0], g.label);
    g.put("B13", heads[1], g.label);
    g.put("C13:D13", heads[2], g.label);
    g.put("E13", "年度\n指标值", g.label);
    g.put("F13", "实际\n完成值", g.label);
    g.put("G13", "分值", g.label);
    g.put("H13", "得分", g.label);
    g.put("I13:J13", "偏差原因分析及改进措施", g.label);
    g.height(13, 30);
    int first = 14;
    for (int i = 0; i < ROWS.length; i++) {
      Object[] x = ROWS[i];
      int r = first + i;
      if (i == 0 || !ROWS[i - 1][0].equals(x[0])) {
        g.put("A" + r + ":A" + (first + runEnd(i, 0)), ((String) x[0]).strip(), g.level);
      }
      if (i == 0 || !ROWS[i - 1][1].equals(x[1])) {
        g.put("B" + r + ":B" + (first + runEnd(i, 1)), (String) x[1], g.level);
      }
      String name = (String) x[2];
      if (name.equals("……") || name.matches("指标[0-9]")) {
        g.printed("C" + r + ":D" + r, name, g.text);
      } else {
        g.put("C" + r + ":D" + r, name, g.text);
      }
      for (int k = 0; k < 4; k++) {
        String at = SichuanCounty.col(4 + k) + r;
        if (x[3 + k] == null) {
          g.put(at, null, g.number);
        } else {
          AnhuiTownship.value(g, at, x[3 + k], g.number);
        }
      }
      if (x[7] == null) {
        g.put("I" + r + ":J" + r, null, g.text);
      } else {
        AnhuiTownship.value(g, "I" + r + ":J" + r, x[7], g.text);
      }
      g.fit(r, x[7], 28);
    }
    int total = first + ROWS.length;
    g.put("A" + total + ":F" + total, "总分", g.label);
    g.num("G" + total, 100, g.number);
    g.num("H" + total, 98, g.number);
    g.put("I" + total + ":J" + total, null, g.text);
    return g;
  }

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
