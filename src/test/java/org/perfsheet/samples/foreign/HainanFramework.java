package org.perfsheet.samples.foreign;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * 服务贸易项目绩效自评表 as 海南省商务厅 filled it in: the older 财预〔2011〕285号 common framework, scored only — no
 * targets, no actuals. 一、项目基本情况 (实施单位, 主管部门, 负责人, 联系电话, 地址, 邮编, 项目类型 as ticks in one cell) with the
 * money as three totals side by side — 计划投资额 / 实际到位资金 / 实际使用情况 (万元) — the first two broken down
 * under {@code 其中：} into 中央财政 / 省财政 / 市县财政 / 其他; then 二、绩效评价指标评分 with <b>a weight column after
 * every level</b>: 一级指标 | 分值 | 二级指标 | 分值 | 三级指标 | 分值 | 得分 (项目决策 20, 项目管理 25, 项目绩效 55).
 *
 * <p>Rows: 1 title, 2 section 一, 3–6 project block, 7–11 money, 12 section 二, 13 header, 14–33
 * indicators, 34 合计. The rows of 项目效益 and 合计 are filled in (the source is cut off after 项目效益 40).
 */
final class HainanFramework {

  private HainanFramework() {}

  /** 一级, 一级分值, 二级, 二级分值, 三级, 分值, 得分. */
  static final Object[][] ROWS = {
    {"项目决策", 20, "项目目标", 4, "目标内容", 4, 4},
    {"项目决策", 20, "决策过程", 8, "决策依据", 3, 3},
    {"项目决策", 20, "决策过程", 8, "决策程序", 5, 5},
    {"项目决策", 20, "资金分配", 8, "分配办法", 2, 2},
    {"项目决策", 20, "资金分配", 8, "分配结果", 6, 6},
    {"项目管理", 25, "资金到位", 5, "到位率", 3, 3},
    {"项目管理", 25, "资金到位", 5, "到位时效", 2, 2},
    {"项目管理", 25, "资金管理", 10, "资金使用", 7, 7},
    {"项目管理", 25, "资金管理", 10, "财务管理", 3, 3},
    {"项目管理", 25, "组织实施", 10, "组织机构", 1, 1},
    {"项目管理", 25, "组织实施", 10, "管理制度", 9, 9},
    {"项目绩效", 55, "项目产出", 15, "产出数量", 5, 5},
    {"项目绩效", 55, "项目产出", 15, "产出质量", 4, 4},
    {"项目绩效", 55, "项目产出", 15, "产出时效", 3, 3},
    {"项目绩效", 55, "项目产出", 15, "产出成本", 3, 3},
    {"项目绩效", 55, "项目效益", 40, "经济效益", 10, 8},
    {"项目绩效", 55, "项目效益", 40, "社会效益", 10, 9},
    {"项目绩效", 55, "项目效益", 40, "环境效益", 5, 5},
    {"项目绩效", 55, "项目效益", 40, "可持续影响", 5, 5},
    {"项目绩效", 55, "项目效益", 40, "服务对象满意度", 10, 9},
  };

  static Grid write(Workbook wb) {
    Sheet s = wb.createSheet("服务贸易项目绩效自评表");
    Grid g = new Grid(wb, s);
    g.widths(11, 10, 12, 8, 12, 10, 14, 10);
    g.put("A1:H1", "服务贸易项目绩效自评表", g.title);
    g.height(1, 28);
    g.put("A2:H2", "一、项目基本情况", g.label);
    g.put("A3:B3", "项目实施单位", g.label);
    g.put("C3:E3", "省商务厅服务贸易和商贸服务业处", g.text);
    g.put("F3", "主管部门", g.label);
    g.put("G3:H3", "省商务厅", g.text);
    g.put("A4:B4", "项目负责人", g.label);
    g.put("C4:E4", "李鹏", g.text);
    g.put("F4", "联系电话", g.label);
    g.put("G4:H4", null, g.text);
    g.put("A5:B5", "地址", g.label);
    g.put("C5:E5", "海口市国兴大道省政府办公楼2楼", g.text);
    g.put("F5", "邮编", g.label);
    g.put("G5:H5", "570204", g.text);
    g.put("A6:B6", "项目类型", g.label);
    g.put("C6:H6", "经常性项目（√）一次性项目（）", g.text);

    g.put("A7:B7", "计划投资额\n（万元）", g.label);
    g.num("C7", 570, g.money);
    g.put("D7:E7", "实际到位资金\n（万元）", g.label);
    g.num("F7", 398.88, g.money);
    g.put("G7", "实际使用情况\n（万元）", g.label);
    g.num("H7", 395.86, g.money);
    g.height(7, 30);
    g.put("A8:A11", "其中：", g.label);
    g.put("D8:D11", "其中：", g.label);
    String[] lines = {"中央财政", "省财政", "市县财政", "其他"};
    double[] planned = {0, 570, 0, 0};
    double[] arrived = {0, 398.88, 0, 0};
    for (int i = 0; i < lines.length; i++) {
      int r = 8 + i;
      g.put("B" + r, lines[i], g.label);
      g.num("C" + r, planned[i], g.money);
      g.put("E" + r, lines[i], g.label);
      g.num("F" + r, arrived[i], g.money);
    }
    g.put("G8:H11", null, g.text);

    g.put("A12:H12", "二、绩效评价指标评分", g.label);
    g.put("A13", "一级指标", g.label);
    g.put("B13", "分值", g.label);
    g.put("C13", "二级指标", g.label);
    g.put("D13", "分值", g.label);
    g.put("E13:F13", "三级指标", g.label);
    g.put("G13", "分值", g.label);
    g.put("H13", "得分", g.label);

    int first = 14;
    for (int i = 0; i < ROWS.length; i++) {
      Object[] x = ROWS[i];
      int r = first + i;
      if (i == 0 || !ROWS[i - 1][0].equals(x[0])) {
        int end = run(i, 0);
        String span = end > i ? ":A" + (first + end) : "";
        g.put("A" + r + span, (String) x[0], g.level);
        g.num("B" + r + (end > i ? ":B" + (first + end) : ""), (Integer) x[1], g.number);
      }
      if (i == 0 || !ROWS[i - 1][2].equals(x[2])) {
        int end = run(i, 2);
        g.put("C" + r + (end > i ? ":C" + (first + end) : ""), (String) x[2], g.level);
        g.num("D" + r + (end > i ? ":D" + (first + end) : ""), (Integer) x[3], g.number);
      }
      g.put("E" + r + ":F" + r, (String) x[4], g.text);
      g.num("G" + r, (Integer) x[5], g.number);
      g.num("H" + r, (Integer) x[6], g.number);
    }
    int total = first + ROWS.length;
    g.put("A" + total + ":F" + total, "合计", g.label);
    g.num("G" + total, 100, g.number);
    g.num("H" + total, 96, g.number);
    return g;
  }

  /** The last row index of the run of equal values in column {@code col} starting at {@code i}. */
  private static int run(int i, int col) {
    int end = i;
    while (end + 1 < ROWS.length && ROWS[end + 1][col].equals(ROWS[i][col])) {
      end++;
    }
    return end;
  }
}
