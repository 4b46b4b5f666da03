package org.perfsheet.samples.foreign;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The national 项目支出绩效自评表 of 财预〔2020〕10号 as a Yunnan county bureau (丽江市古城区自然资源局, 2020) published it:
 * the title carries the year (2020年度项目支出绩效自评表), the funds rows are 年度资金总额 / 其中：当年财政拨款 / 上年结转资金 /
 * 其他资金, and the indicator header has <b>two rows</b>: 绩效指标 over 一级/二级/三级 and 年度指标值 over 指标性质 / 指标值
 * / 度量单位, the target thus split into three columns (the comparator printed as the small equals sign
 * {@code ﹦}), 实际完成值 / 分值 / 得分 / 偏差原因分析及改进措施 spanning both header rows. No 一级 carries its points.
 *
 * <p>Rows: 1 title, 2 项目名称, 3 主管部门/实施单位, 4–8 funds, 9–10 goals, 11–12 header, 13–17 indicators, 18
 * 总分.
 */
final class YunnanCounty {

  private YunnanCounty() {}

  /** 一级, 二级, 三级, 指标性质, 指标值, 度量单位, 实际完成值, 分值, 得分. */
  static final Object[][] ROWS = {
    {"产出指标", "数量指标", "卫片执法补助经费", "﹦", 72890, "元", 72890, 10, 9},
    {"产出指标", "质量指标", "项目验收合格率", "﹦", 100, "%", 100, 20, 19},
    {"产出指标", "时效指标", "项目完成及时率", "﹦", 100, "%", 100, 20, 19},
    {"效益指标", "社会效益指标", "违法行为责停率", "≥", 95, "%", 95, 30, 27},
    {"满意度指标", "服务对象满意度指标", "满意度", "≥", 95, "%", 95, 10, 9},
  };

  static Grid write(Workbook wb) {
    Sheet s = wb.createSheet("项目支出绩效自评表");
    Grid g = new Grid(wb, s);
    g.widths(10, 13, 16, 7, 9, 7, 10, 8, 8, 12, 12);
    g.put("A1:K1", "2020年度项目支出绩效自评表", g.title);
    g.height(1, 28);
    g.put("A2:B2", "项目名称", g.label);
    g.put("C2:K2", "2020年省级自然资源卫片执法补助经费支出绩效自评表", g.text);
    g.put("A3:B3", "主管部门", g.label);
    g.put("C3:F3", "丽江市自然资源和规划局", g.text);
    g.put("G3:H3", "实施单位", g.label);
    g.put("I3:K3", "丽江市古城区自然资源局", g.text);

    g.put("A4:B8", "项目资金\n（万元）", g.label);
    g.put("C4:D4", null, g.label);
    g.put("E4", "年初预算数", g.label);
    g.put("F4", "全年预算数", g.label);
    g.put("G4", "全年执行数", g.label);
    g.put("H4", "分值", g.label);
    g.put("I4", "执行率", g.label);
    g.put("J4:K4", "得分", g.label);
    g.height(4, 30);
    g.put("C5:D5", "年度资金总额", g.label);
    g.num("E5", 7.29, g.money);
    g.num("F5", 7.29, g.money);
    g.num("G5", 7.29, g.money);
    g.num("H5", 10, g.money);
    g.num("I5", 1.0, g.percent);
    g.num("J5:K5", 10, g.money);
    g.put("C6:D6", "其中：当年财政拨款", g.label);
    g.num("E6", 7.29, g.money);
    g.num("F6", 7.29, g.money);
    g.num("G6", 7.29, g.money);
    g.put("H6", null, g.money);
    g.num("I6", 1.0, g.percent);
    g.put("J6:K6", null, g.money);
    g.put("C7:D7", "上年结转资金", g.label);
    g.put("C8:D8", "其他资金", g.label);
    for (int r = 7; r <= 8; r++) {
      for (String c : new String[] {"E", "F", "G", "H", "I"}) {
        g.put(c + r, null, g.money);
      }
      g.put("J" + r + ":K" + r, null, g.money);
    }

    g.put("A9:B10", "年度\n总体\n目标", g.label);
    g.put("C9:F9", "预期目标", g.label);
    g.put("G9:K9", "实际完成情况", g.label);
    g.put("C10:F10", "自然资源卫片执法补助经费", g.text);
    g.put("G10:K10", "自然资源卫片执法补助经费", g.text);
    g.height(10, 30);

    g.put("A11:C11", "绩效指标", g.label);
    g.put("D11:F11", "年度指标值", g.label);
    g.put("G11:G12", "实际完成值", g.label);
    g.put("H11:H12", "分值", g.label);
    g.put("I11:I12", "得分", g.label);
    g.put("J11:K12", "偏差原因分析\n及改进措施", g.label);
    g.put("A12", "一级\n指标", g.label);
    g.put("B12", "二级指标", g.label);
    g.put("C12", "三级指标", g.label);
    g.put("D12", "指标性质", g.label);
    g.put("E12", "指标值", g.label);
    g.put("F12", "度量单位", g.label);
    g.height(12, 30);

    int first = 13;
    for (int i = 0; i < ROWS.length; i++) {
      Object[] x = ROWS[i];
      int r = first + i;
      int end = i;
      while (end + 1 < ROWS.length && ROWS[end + 1][0].equals(x[0])) {
        end++;
      }
      if (i == 0 || !ROWS[i - 1][0].equals(x[0])) {
        g.put("A" + r + (end > i ? ":A" + (first + end) : ""), (String) x[0], g.level);
      }
      g.put("B" + r, (String) x[1], g.level);
      g.put("C" + r, (String) x[2], g.text);
      g.put("D" + r, (String) x[3], g.number);
      AnhuiTownship.value(g, "E" + r, x[4], g.number);
      g.put("F" + r, (String) x[5], g.number);
      AnhuiTownship.value(g, "G" + r, x[6], g.number);
      AnhuiTownship.value(g, "H" + r, x[7], g.number);
      AnhuiTownship.value(g, "I" + r, x[8], g.number);
      g.put("J" + r + ":K" + r, null, g.text);
      g.fit(r, x[1], 13);
    }
    int total = first + ROWS.length;
    g.put("A" + total + ":G" + total, "总分", g.label);
    g.num("H" + total, 100, g.number);
    g.num("I" + total, 93, g.number);
    g.put("J" + total + ":K" + total, null, g.text);
    return g;
  }
}
