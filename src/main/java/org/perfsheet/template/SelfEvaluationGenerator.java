package org.perfsheet.template;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.FontFormatting;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PatternFormatting;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.perfsheet.layout.FieldKeys.Funds;
import org.perfsheet.layout.FieldKeys.Ind;
import org.perfsheet.layout.FieldKeys.SelfEvaluation;
import org.perfsheet.model.DeclarationForm;
import org.perfsheet.model.Indicator;
import org.perfsheet.rules.Taxonomy;

/**
 * A self-evaluation per declared project: the project block and 年初预算数 from the declaration, every
 * declared indicator with its target copied in and locked, weights prefilled by the default split
 * (editable), and 执行率, budget 得分 and 总分 as live formulas that follow the scoring rules. Conditional
 * formats show, as the unit types, an out-of-target actual and an empty deviation explanation in
 * red.
 */
final class SelfEvaluationGenerator {

  static final List<String> INPUTS =
      Stream.of(
              List.of(
                  SelfEvaluation.BUDGET_INITIAL,
                  SelfEvaluation.BUDGET_ANNUAL,
                  SelfEvaluation.BUDGET_SPENT,
                  SelfEvaluation.BUDGET_WEIGHT),
              Funds.keys(Funds.GENERATED, Funds.INITIAL, Funds.ANNUAL, Funds.SPENT),
              List.of(
                  SelfEvaluation.GOAL_EXPECTED,
                  SelfEvaluation.GOAL_ACTUAL,
                  Ind.ACTUAL,
                  Ind.WEIGHT,
                  Ind.SCORE,
                  Ind.EXPLANATION))
          .flatMap(List::stream)
          .toList();

  /** Budget execution points and indicator points of the official split. */
  static final int BUDGET_WEIGHT = 10;

  static final int INDICATOR_POINTS = 90;

  private SelfEvaluationGenerator() {}

  static void generate(DeclarationForm d, Path template, Path target, LiveChecks live)
      throws IOException {
    try (TemplateForm f = TemplateForm.open(template)) {
      FromDeclaration.project(f, d);
      f.set(SelfEvaluation.GOAL_EXPECTED, FromDeclaration.text(d.goalAnnual()));
      FromDeclaration.funds(f, d);
      List<String> inputs = new ArrayList<>(INPUTS);
      for (String column : SelfEvaluation.COLUMNS) {
        if (f.has(Funds.key(Funds.FISCAL, column))) {
          f.sum(
              Funds.key(SelfEvaluation.TOTAL, column),
              Funds.key(Funds.FISCAL, column),
              Funds.key(Funds.CARRYOVER, column),
              Funds.key(Funds.OTHER, column));
          inputs.remove(
              Funds.key(
                  SelfEvaluation.TOTAL, column)); // a total of its sources: locked, not typed over
        }
      }
      if (!f.has(Funds.key(Funds.FISCAL, Funds.INITIAL))) {
        f.set(
            SelfEvaluation.BUDGET_INITIAL,
            FromDeclaration.money(d.annualTotal(), d.moneyUnit(), FromDeclaration.unit(f)));
      }
      f.set(SelfEvaluation.BUDGET_WEIGHT, BUDGET_WEIGHT);
      String annual = f.ref(SelfEvaluation.BUDGET_ANNUAL);
      String spent = f.ref(SelfEvaluation.BUDGET_SPENT);
      String weight = f.ref(SelfEvaluation.BUDGET_WEIGHT);
      String rate = f.ref(SelfEvaluation.BUDGET_RATE);
      // Nested IFs and SUM over text rather than N(): every spreadsheet (and POI) evaluates these
      // the same.
      f.formula(
          SelfEvaluation.BUDGET_RATE,
          "IF(ISNUMBER("
              + annual
              + "),IF("
              + annual
              + ">0,"
              + spent
              + "/"
              + annual
              + ",\"\"),\"\")");
      f.formula(
          SelfEvaluation.BUDGET_SCORE,
          "IF(" + rate + "=\"\",\"\",ROUND(" + weight + "*MIN(" + rate + ",1),2))");
      List<String> level1 = new ArrayList<>();
      d.indicators().forEach(i -> level1.add(FromDeclaration.text(Taxonomy.level1Of(i))));
      List<Double> weights = WeightSplit.split(level1, INDICATOR_POINTS);
      List<Indicator> indicators =
          FromDeclaration.indicators(f, d, (x, i) -> f.set(Ind.WEIGHT, i, weights.get(i)));
      String weights1 = f.field(Ind.WEIGHT).range();
      String scores = f.field(Ind.SCORE).range();
      f.formula(SelfEvaluation.TOTAL_WEIGHT, "SUM(" + weight + "," + weights1 + ")");
      f.formula(
          SelfEvaluation.TOTAL_SCORE,
          "SUM(" + f.ref(SelfEvaluation.BUDGET_SCORE) + "," + scores + ")");
      live.write(f, indicators);
      ClerkView.ruleScores(f, live);
      highlight(f, live);
      ClerkView.validate(f);
      ClerkView.goalRow(f);
      f.prompt(
          Ind.ACTUAL,
          "实际完成值",
          "按年度指标值的写法填写实际完成的数值和单位，如 98.5%、16家、及时；未完成的写实际情况。" + "填写后，未达到目标的显示红色。");
      f.prompt(
          Ind.EXPLANATION, "偏差原因分析及改进措施", "未达到年度指标值、或得分低于分值时必填（为空时显示红色）；" + "大幅超额完成（≥120%）时说明原因。");
      f.unlock(inputs);
      f.protect();
      f.removeLegend();
      f.write(target);
    }
  }

  /**
   * Colours as the unit types, each the check's finding: red on an actual that misses its target
   * and amber on one far above it or not comparable with it; red on an explanation the check
   * requires, amber on one it asks for; red on a self-score above the rule; amber on 总分 when it
   * differs from the 核定总分 beside it.
   */
  private static void highlight(TemplateForm f, LiveChecks live) {
    SheetConditionalFormatting cf = f.sheet.getSheetConditionalFormatting();
    add(cf, f.field(Ind.ACTUAL), live.rule(f, LiveChecks.MISSED), Shade.RED);
    add(cf, f.field(Ind.ACTUAL), live.rule(f, LiveChecks.DOUBTFUL), Shade.AMBER);
    add(cf, f.field(Ind.EXPLANATION), live.rule(f, live.explanationRequired()), Shade.RED);
    add(cf, f.field(Ind.EXPLANATION), live.rule(f, live.explanationAsked()), Shade.AMBER);
    add(cf, f.field(Ind.SCORE), live.rule(f, live.scoreAboveRule()), Shade.RED);
    if (f.has(SelfEvaluation.TOTAL_SCORE)) {
      String total = f.ref(SelfEvaluation.TOTAL_SCORE);
      String computed = ClerkView.computedTotalCell(f);
      add(
          cf,
          f.field(SelfEvaluation.TOTAL_SCORE),
          "AND(ISNUMBER("
              + total
              + "),ISNUMBER("
              + computed
              + "),ABS("
              + total
              + "-"
              + computed
              + ")>0.01)",
          Shade.AMBER);
    }
  }

  /**
   * The two marks of the live checks, as in the returned workbook: red must be fixed, amber looked
   * at.
   */
  enum Shade {
    RED(IndexedColors.ROSE, IndexedColors.DARK_RED),
    AMBER(IndexedColors.LIGHT_YELLOW, IndexedColors.BROWN);

    final IndexedColors fill;
    final IndexedColors font;

    Shade(IndexedColors fill, IndexedColors font) {
      this.fill = fill;
      this.font = font;
    }
  }

  private static void add(
      SheetConditionalFormatting cf, TemplateForm.Field field, String formula, Shade shade) {
    ConditionalFormattingRule rule = cf.createConditionalFormattingRule(formula);
    PatternFormatting p = rule.createPatternFormatting();
    p.setFillBackgroundColor(shade.fill.getIndex());
    p.setFillPattern(PatternFormatting.SOLID_FOREGROUND);
    FontFormatting font = rule.createFontFormatting();
    font.setFontColorIndex(shade.font.getIndex());
    cf.addConditionalFormatting(new CellRangeAddress[] {range(field)}, rule);
  }

  static CellRangeAddress range(TemplateForm.Field f) {
    return new CellRangeAddress(f.row(), f.row() + f.rows() - 1, f.col(), f.col());
  }

  /** The first cell of a column, column absolute and row relative, for rules over the column. */
  static String rel(TemplateForm f, String key) {
    TemplateForm.Field x = f.field(key);
    return "$" + CellReference.convertNumToColString(x.col()) + (x.row() + 1);
  }
}
