package org.perfsheet.template;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.FontFormatting;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PatternFormatting;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.perfsheet.model.DeclarationForm;
import org.perfsheet.model.FieldValue;
import org.perfsheet.model.Indicator;

/**
 * A self-evaluation per declared project: the project block and 年初预算数 from the declaration,
 * every declared indicator with its target copied in and locked, weights prefilled by the default
 * split (editable), and 执行率, budget 得分 and 总分 as live formulas that follow the scoring rules.
 * Conditional formats show, as the unit types, an out-of-target actual and an empty deviation
 * explanation in red.
 */
final class SelfEvaluationGenerator {

  static final List<String> INPUTS = List.of("budget_initial", "budget_annual", "budget_spent", "budget_weight",
      "fiscal_initial", "fiscal_annual", "fiscal_spent", "carryover_initial", "carryover_annual", "carryover_spent",
      "other_initial", "other_annual", "other_spent", "goal_expected", "goal_actual", "ind_actual", "ind_weight",
      "ind_score", "ind_explanation");

  /** Budget execution points and indicator points of the official split. */
  static final int BUDGET_WEIGHT = 10;
  static final int INDICATOR_POINTS = 90;

  private SelfEvaluationGenerator() {}

  static void generate(DeclarationForm d, Path template, Path target, LiveChecks live) throws IOException {
    try (TemplateForm f = TemplateForm.open(template)) {
      f.year(d.project().year());
      f.set("project_name", text(d.project().name()));
      f.set("department", text(d.project().department()));
      f.set("unit", text(d.project().unit()));
      f.set("goal_expected", text(d.goalAnnual()));
      f.set("fiscal_initial", number(d.appropriation()));
      f.set("carryover_initial", number(d.carryover()));
      f.set("other_initial", number(d.annualOther()));
      List<String> inputs = new ArrayList<>(INPUTS);
      for (String column : List.of("initial", "annual", "spent")) {
        if (f.has("fiscal_" + column)) {
          f.formula("budget_" + column, "SUM(" + ref(f, "fiscal_" + column) + "," + ref(f, "carryover_" + column) + ","
              + ref(f, "other_" + column) + ")");
          inputs.remove("budget_" + column); // a total of its sources: locked, not typed over
        }
      }
      if (!f.has("fiscal_initial")) {
        f.set("budget_initial", number(d.annualTotal()));
      }
      f.set("budget_weight", BUDGET_WEIGHT);
      String annual = ref(f, "budget_annual");
      String spent = ref(f, "budget_spent");
      String weight = ref(f, "budget_weight");
      String rate = ref(f, "budget_rate");
      // Nested IFs and SUM over text rather than N(): every spreadsheet (and POI) evaluates these the same.
      f.formula("budget_rate", "IF(ISNUMBER(" + annual + "),IF(" + annual + ">0," + spent + "/" + annual + ",\"\"),\"\")");
      f.formula("budget_score", "IF(" + rate + "=\"\",\"\",ROUND(" + weight + "*MIN(" + rate + ",1),2))");
      List<Indicator> indicators = d.indicators();
      if (indicators.size() > f.field("ind_name").rows()) {
        throw new IOException("项目“" + text(d.project().name()) + "”有 " + indicators.size() + " 个指标，模板只有 "
            + f.field("ind_name").rows() + " 行。请在模板的指标表中插入行后重试 / the template has too few indicator rows");
      }
      List<String> level1 = new ArrayList<>();
      indicators.forEach(i -> level1.add(text(i.level1())));
      List<Double> weights = WeightSplit.split(level1, INDICATOR_POINTS);
      for (int i = 0; i < indicators.size(); i++) {
        Indicator x = indicators.get(i);
        f.set("ind_level1", i, text(x.level1()));
        f.set("ind_level2", i, text(x.level2()));
        f.set("ind_name", i, text(x.name()));
        f.set("ind_target", i, text(x.target()));
        f.set("ind_weight", i, weights.get(i));
      }
      String weights1 = f.field("ind_weight").range();
      String scores = f.field("ind_score").range();
      f.formula("total_weight", "SUM(" + weight + "," + weights1 + ")");
      f.formula("total_score", "SUM(" + ref(f, "budget_score") + "," + scores + ")");
      live.write(f, indicators);
      ClerkView.ruleScores(f, live);
      highlight(f, live);
      ClerkView.validate(f);
      ClerkView.goalRow(f);
      f.prompt("ind_actual", "实际完成值", "按年度指标值的写法填写实际完成的数值和单位，如 98.5%、16家、及时；未完成的写实际情况。"
          + "填写后，未达到目标的显示红色。");
      f.prompt("ind_explanation", "偏差原因分析及改进措施", "未达到年度指标值、或得分低于分值时必填（为空时显示红色）；"
          + "大幅超额完成（≥120%）时说明原因。");
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
    add(cf, f.field("ind_actual"), live.rule(f, LiveChecks.MISSED), Shade.RED);
    add(cf, f.field("ind_actual"), live.rule(f, LiveChecks.DOUBTFUL), Shade.AMBER);
    add(cf, f.field("ind_explanation"), live.rule(f, live.explanationRequired()), Shade.RED);
    add(cf, f.field("ind_explanation"), live.rule(f, live.explanationAsked()), Shade.AMBER);
    add(cf, f.field("ind_score"), live.rule(f, live.scoreAboveRule()), Shade.RED);
    if (f.has("total_score")) {
      String total = ref(f, "total_score");
      String computed = ClerkView.computedTotalCell(f);
      add(cf, f.field("total_score"), "AND(ISNUMBER(" + total + "),ISNUMBER(" + computed + "),ABS(" + total + "-" + computed
          + ")>0.01)", Shade.AMBER);
    }
  }

  /** The two marks of the live checks, as in the returned workbook: red must be fixed, amber looked at. */
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

  private static void add(SheetConditionalFormatting cf, TemplateForm.Field field, String formula, Shade shade) {
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

  static String ref(TemplateForm f, String key) {
    return f.field(key).a1(0);
  }

  private static String text(FieldValue v) {
    return v == null || v.text().isBlank() ? null : v.text();
  }

  private static Double number(FieldValue v) {
    java.util.OptionalDouble n = org.perfsheet.notation.Notation.number(v);
    return n.isPresent() ? n.getAsDouble() : null;
  }
}
