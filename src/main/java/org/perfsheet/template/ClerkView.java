package org.perfsheet.template;

import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.perfsheet.layout.FieldKeys.Funds;
import org.perfsheet.layout.FieldKeys.Ind;
import org.perfsheet.layout.FieldKeys.SelfEvaluation;
import org.perfsheet.workbook.RowHeights;

/**
 * What a generated self-evaluation shows a clerk beyond the official form: the rule score beside
 * each self-score (参考得分), the computed total beside the stated one (核定总分, with 总分 labelled as the
 * self-evaluated total), input rules on amounts, weights and scores, and a goal row tall enough for
 * its text.
 */
final class ClerkView {

  static final String RULE_HEAD = "参考得分";
  static final String TOTAL_LABEL = "总分（自评）";
  static final String COMPUTED_LABEL = "核定总分（按评分规则）";

  /** The funds block's amounts: the total and the lines a generated form has, in each column. */
  private static final List<String> AMOUNTS =
      Stream.of(SelfEvaluation.TOTAL, Funds.FISCAL, Funds.CARRYOVER, Funds.OTHER)
          .flatMap(line -> SelfEvaluation.COLUMNS.stream().map(column -> Funds.key(line, column)))
          .toList();

  /**
   * What an amount cell of a generated form accepts: a number, in the unit its header states. An
   * amount typed with a unit word (43.2万元) is read in the form's unit by {@code check}, but the
   * form's own formulas (执行率, the totals, the funds light) cannot read it: they would judge it as 0
   * or show #VALUE!.
   */
  static final String AMOUNT_PROMPT = "填写数字，不带单位；单位见表头（元或万元）。";

  private ClerkView() {}

  /** 参考得分 right of the table, and 核定总分 on the total row; 总分 says it is the self-evaluated one. */
  static void ruleScores(TemplateForm f, LiveChecks live) {
    int col = LiveChecks.ruleColumn(f);
    TemplateForm.Field score = f.field(Ind.SCORE);
    Row head = f.sheet.getRow(score.row() - 1);
    Cell headCell = head.createCell(col);
    headCell.setCellValue(RULE_HEAD);
    Cell explanationHead = head.getCell(f.field(Ind.EXPLANATION).col());
    if (explanationHead != null) {
      headCell.setCellStyle(explanationHead.getCellStyle());
    }
    CellStyle number = null;
    for (int i = 0; i < score.rows(); i++) {
      Cell c = f.sheet.getRow(score.row() + i).getCell(col);
      if (number == null) {
        number = f.wb.createCellStyle();
        number.cloneStyleFrom(f.cell(Ind.SCORE, i).getCellStyle());
        number.setDataFormat(f.wb.createDataFormat().getFormat("0.00"));
        number.setLocked(true);
      }
      c.setCellStyle(number);
    }
    f.sheet.setColumnWidth(col, 10 * 256);
    if (!f.has(SelfEvaluation.TOTAL_SCORE)) {
      return;
    }
    Row total = f.sheet.getRow(f.field(SelfEvaluation.TOTAL_SCORE).row());
    for (Cell c : total) {
      if (c.getCellType() == CellType.STRING && c.getStringCellValue().strip().equals("总分")) {
        c.setCellValue(TOTAL_LABEL); // read as 总分 still: brackets are a label's note
      }
    }
    Cell label =
        total.getCell(f.field(Ind.EXPLANATION).col()) == null
            ? total.createCell(f.field(Ind.EXPLANATION).col())
            : total.getCell(f.field(Ind.EXPLANATION).col());
    label.setCellValue(COMPUTED_LABEL);
    Cell computed = total.createCell(col);
    f.rawFormula(computed, live.computedTotal(f));
    computed.setCellStyle(number);
  }

  /** The cell of 核定总分. */
  static String computedTotalCell(TemplateForm f) {
    return "$"
        + CellReference.convertNumToColString(LiveChecks.ruleColumn(f))
        + "$"
        + (f.field(SelfEvaluation.TOTAL_SCORE).row() + 1);
  }

  /** Numbers where numbers belong: amounts ≥ 0, weights 0–100, 0 ≤ 得分 ≤ 分值. */
  static void validate(TemplateForm f) {
    for (String key : AMOUNTS) {
      if (f.has(key) && f.cell(key, 0).getCellType() != CellType.FORMULA) {
        f.decimal(key, 0, null, "金额", AMOUNT_PROMPT);
      }
    }
    f.decimal(SelfEvaluation.BUDGET_WEIGHT, 0, 100.0, "分值", "预算执行的分值，一般为 10 分。");
    f.decimal(Ind.WEIGHT, 0, 100.0, "分值", "各指标分值合计应为 90 分（100 − 预算执行分值）。");
    String s = SelfEvaluationGenerator.rel(f, Ind.SCORE);
    String w = SelfEvaluationGenerator.rel(f, Ind.WEIGHT);
    f.custom(
        Ind.SCORE,
        "AND(ISNUMBER(" + s + ")," + s + ">=0,OR(NOT(ISNUMBER(" + w + "))," + s + "<=" + w + "))",
        "得分",
        "0 ≤ 得分 ≤ 分值。右侧“参考得分”是按评分规则算出的得分，自评得分高于它时显示红色。",
        "得分应为 0 至该指标分值之间的数字。");
  }

  /** The 预算目标 / 实际完成情况 row: tall enough for the declared goal and a paragraph typed beside it. */
  static void goalRow(TemplateForm f) {
    if (!f.has(SelfEvaluation.GOAL_EXPECTED)) {
      return;
    }
    TemplateForm.Field goal = f.field(SelfEvaluation.GOAL_EXPECTED);
    Row row = f.sheet.getRow(goal.row());
    Cell c = f.cell(SelfEvaluation.GOAL_EXPECTED, 0);
    String text = c.getCellType() == CellType.STRING ? c.getStringCellValue() : "";
    int width = 0;
    CellRangeAddress merged = null;
    for (CellRangeAddress r : f.sheet.getMergedRegions()) {
      if (r.isInRange(goal.row(), goal.col())) {
        merged = r;
      }
    }
    int last = merged == null ? goal.col() : merged.getLastColumn();
    for (int col = goal.col(); col <= last; col++) {
      width += f.sheet.getColumnWidth(col) / 256;
    }
    // The goal, a line to spare, and at least four lines for the paragraph typed beside it.
    double needed =
        Math.max(
            RowHeights.points(text, width) + RowHeights.LINE,
            4 * RowHeights.LINE + RowHeights.PADDING);
    row.setHeightInPoints((float) Math.max(row.getHeightInPoints(), needed));
  }
}
