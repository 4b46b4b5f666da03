package org.perfsheet.samples.foreign;

import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The national 项目支出绩效自评表 of 财预〔2020〕10号 as an Anhui township (池州市贵池区棠溪镇, 2022) published it: 11
 * columns, 项目资金（万元） with 年初预算数 / 全年预算数 / 全年执行数 / 分值 / 执行率 / 得分 over 年度资金总额： / 其中：本年财政拨款 / 上年结转资金 /
 * 其他资金, 一级 printed with its points (`产出指标(50分)`), every 二级 the system offers printed even when it
 * has no indicator, a 总分 row.
 *
 * <p>Rows: 1 附件：, 2 title, 3 year, 4 项目名称, 5 主管部门/实施单位, 6–10 funds, 11–12 goals, 13 the indicator
 * header, 14… indicators, then 总分.
 */
final class AnhuiTownship {

  /** How the budget block's computed cells were saved. */
  enum Amounts {
    /** Formulas written by a script: no stored result (POI without evaluation). */
    FORMULAS_UNCALCULATED,
    /** Numbers typed by the clerk, rate and score included. */
    TYPED
  }

  record Form(
      String sheet,
      String project,
      String department,
      String unit,
      double[] fiscal,
      double[] total,
      double rate,
      double score,
      String goal,
      String achieved,
      List<Ind> rows,
      double totalScore) {}

  private AnhuiTownship() {}

  static Grid write(Workbook wb, Form f, Amounts amounts) {
    Sheet s = wb.createSheet(f.sheet());
    Grid g = new Grid(wb, s);
    g.widths(6, 13, 12, 16, 14, 13, 12, 7, 7, 12, 12);
    g.printed("A1", "附件：", g.note);
    g.put("A2:K2", "项目支出绩效自评表", g.title);
    g.height(2, 28);
    g.put("A3:K3", "（2022年度）", g.plain);
    g.put("A4:B4", "项目名称", g.label);
    g.put("C4:K4", f.project(), g.text);
    g.put("A5:B5", "主管部门", g.label);
    g.put("C5:F5", f.department(), g.text);
    g.put("G5:H5", "实施单位", g.label);
    g.put("I5:K5", f.unit(), g.text);
    funds(g, f, amounts);
    g.put("A11:B12", "年度\n总体\n目标", g.label);
    g.put("C11:G11", "预期目标", g.label);
    g.put("H11:K11", "实际完成情况", g.label);
    g.put("C12:G12", f.goal(), g.text);
    g.put("H12:K12", f.achieved(), g.text);
    g.height(12, 90);
    int last = indicators(g, f.rows());
    int total = last + 1;
    g.put("A" + total + ":G" + total, "总分", g.label);
    if (amounts == Amounts.FORMULAS_UNCALCULATED) {
      g.formula("H" + total, "H7+SUM(H14:H" + last + ")", g.number);
      g.formula("I" + total, "J7+SUM(I14:I" + last + ")", g.number);
      wb.setForceFormulaRecalculation(true);
    } else {
      g.num("H" + total, 100, g.number);
      g.num("I" + total, f.totalScore(), g.number);
    }
    g.put("J" + total + ":K" + total, null, g.text);
    return g;
  }

  /** Rows 6–10: headers in row 6, 年度资金总额： in row 7, its parts below. */
  private static void funds(Grid g, Form f, Amounts amounts) {
    g.put("A6:B10", "项目资金\n（万元）", g.label);
    g.put("C6:D6", null, g.label);
    String[] heads = {"年初预算数", "全年预算数", "全年执行数", "分值", "执行率"};
    for (int i = 0; i < heads.length; i++) {
      g.put(SichuanCounty.col(4 + i) + "6", heads[i], g.label);
    }
    g.put("J6:K6", "得分", g.label);
    g.put("C7:D7", "年度资金总额：", g.label);
    g.put("C8:D8", "其中：本年财政拨款", g.label);
    g.put("C9:D9", "上年结转资金", g.label);
    g.put("C10:D10", "其他资金", g.label);
    for (int i = 0; i < 3; i++) {
      String c = SichuanCounty.col(4 + i);
      if (amounts == Amounts.FORMULAS_UNCALCULATED) {
        g.formula(c + "7", "SUM(" + c + "8:" + c + "10)", g.money);
      } else {
        g.num(c + "7", f.total()[i], g.money);
      }
      g.num(c + "8", f.fiscal()[i], g.money);
      g.put(c + "9", null, g.money);
      g.put(c + "10", null, g.money);
    }
    g.num("H7", 10, g.number);
    if (amounts == Amounts.FORMULAS_UNCALCULATED) {
      g.formula("I7", "IF(F7=0,0,G7/F7)", g.percent);
      g.formula("J7:K7", "ROUND(H7*MIN(I7,1),2)", g.number);
    } else {
      g.num("I7", f.rate(), g.percent);
      g.num("J7:K7", f.score(), g.number);
    }
    for (int r = 8; r <= 10; r++) {
      g.printed("H" + r, "—", g.number);
      g.printed("I" + r, "—", g.number);
      g.printed("J" + r + ":K" + r, "—", g.number);
    }
  }

  /** Row 13 headers, indicators from row 14; returns the last indicator row (1-based). */
  private static int indicators(Grid g, List<Ind> rows) {
    int first = 14;
    int last = first + rows.size() - 1;
    g.put("A13:A" + last, "绩效指标", g.label);
    g.put("B13", "一级指标", g.label);
    g.put("C13", "二级指标", g.label);
    g.put("D13:E13", "三级指标", g.label);
    g.put("F13", "年度指标值", g.label);
    g.put("G13", "实际完成值", g.label);
    g.put("H13", "分值", g.label);
    g.put("I13", "得分", g.label);
    g.put("J13:K13", "偏差原因分析及改进措施", g.label);
    for (int i = 0; i < rows.size(); i++) {
      Ind x = rows.get(i);
      int r = first + i;
      if (Ind.startsRun(rows, i, 1)) {
        g.put("B" + r + ":B" + (first + Ind.runEnd(rows, i, 1)), x.level1(), g.level);
      }
      if (Ind.startsRun(rows, i, 2)) {
        g.put("C" + r + ":C" + (first + Ind.runEnd(rows, i, 2)), x.level2(), g.level);
      }
      g.put("D" + r + ":E" + r, x.name(), g.text);
      g.put("F" + r, x.target(), g.number);
      value(g, "G" + r, x.actual(), g.number);
      value(g, "H" + r, x.weight(), g.number);
      value(g, "I" + r, x.score(), g.number);
      g.put("J" + r + ":K" + r, x.why(), g.text);
      g.fit(r, x.name(), 28);
      g.fit(r, x.target(), 14);
      g.fit(r, x.actual(), 13);
      g.fit(r, x.why(), 24);
    }
    return last;
  }

  static void value(Grid g, String at, Object v, CellStyle st) {
    if (v instanceof Number n) {
      g.num(at, n.doubleValue(), st);
    } else {
      g.put(at, (String) v, st);
    }
  }
}
