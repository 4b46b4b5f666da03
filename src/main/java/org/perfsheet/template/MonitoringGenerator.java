package org.perfsheet.template;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.PatternFormatting;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.perfsheet.layout.FieldKeys.Funds;
import org.perfsheet.layout.FieldKeys.Ind;
import org.perfsheet.layout.FieldKeys.Monitoring;
import org.perfsheet.layout.MonitoringMapping;
import org.perfsheet.model.DeclarationForm;
import org.perfsheet.model.Indicator;
import org.perfsheet.model.Light;
import org.perfsheet.notation.AchievementWords;
import org.perfsheet.notation.Comparator;
import org.perfsheet.notation.Measure;
import org.perfsheet.notation.Notation;
import org.perfsheet.scoring.ScoringProfile;

/**
 * A blank monitoring form (执行监控表) per declared project: the project block, 年初预算数 and every declared
 * indicator with its target carried over and locked; the tick columns as drop-downs; 执行率 as live
 * formulas; and the lights (docs/domain.md §7) as conditional formats on the cells {@code check}
 * lights, from hidden helper columns that judge each actual the way {@link
 * org.perfsheet.scoring.MonitoringLights} does: a number typed as such or with its unit (25次, 85,
 * 98%), or words for a qualitative target (部分达成, 未完成, 达成). Where Excel cannot read an actual the
 * way Java does (a month such as 9月 against 3-10月, a comparator written into the actual), the cell
 * stays unlit and {@code check} decides.
 */
final class MonitoringGenerator {

  static final List<String> INPUTS =
      Stream.of(
              Funds.keys(Funds.GENERATED, Funds.INITIAL, Funds.SPENT, Funds.FORECAST),
              List.of(
                  Monitoring.GOAL,
                  Ind.ACTUAL,
                  Ind.FORECAST,
                  Ind.CAUSES.get(0),
                  Ind.CAUSES.get(1),
                  Ind.CAUSES.get(2),
                  Ind.CAUSES.get(3),
                  Ind.CAUSES.get(4),
                  Ind.REASON,
                  Ind.CERTAIN,
                  Ind.POSSIBLE,
                  Ind.IMPOSSIBLE,
                  Ind.NOTE))
          .flatMap(List::stream)
          .toList();
  static final String TICK = "✔";

  /**
   * Helper columns right of the table: kind, target value, unit, target word, actual read, on
   * target's scale, progress, the actual's words, light.
   */
  static final int HELPERS = 9;

  private MonitoringGenerator() {}

  static void generate(
      DeclarationForm d, Path template, Path target, int month, ScoringProfile.Monitoring m)
      throws IOException {
    try (TemplateForm f = TemplateForm.open(template)) {
      relabelMonth(f, month);
      FromDeclaration.project(f, d);
      f.set(Monitoring.GOAL, FromDeclaration.text(d.goalAnnual()));
      FromDeclaration.funds(f, d);
      for (String column : List.of(Funds.INITIAL, Funds.SPENT, Funds.FORECAST)) {
        f.sum(
            Funds.key(Monitoring.TOTAL, column),
            Funds.key(Funds.FISCAL, column),
            Funds.key(Funds.CARRYOVER, column),
            Funds.key(Funds.OTHER, column));
      }
      for (String line : Monitoring.LINES) {
        String initial = f.ref(Funds.key(line, Funds.INITIAL));
        f.formula(
            Funds.key(line, Funds.RATE),
            "IF(ISNUMBER("
                + initial
                + "),IF("
                + initial
                + ">0,"
                + f.ref(Funds.key(line, Funds.SPENT))
                + "/"
                + initial
                + ",\"\"),\"\")");
      }
      int helper = f.field(Ind.NOTE).col() + 2;
      List<Indicator> indicators =
          FromDeclaration.indicators(
              f, d, (x, i) -> helpers(f, i, helper, Notation.parse(x.target()), month, m));
      for (int c = helper; c < helper + HELPERS; c++) {
        f.sheet.setColumnHidden(c, true);
      }
      lights(f, helper + HELPERS - 1, indicators.size(), month, m);
      ticks(f);
      f.prompt(
          Ind.ACTUAL, month + "月底前完成", "按年度指标值的写法填写截至目前完成的数值和单位，如 25次、98%；定性指标写完成情况，如 达成、部分达成。");
      f.prompt(Ind.REASON, "原因说明", "红灯、黄灯或“完全不可能”时必填：勾选偏差原因并说明。");
      for (String key : Funds.keys(Funds.GENERATED, Funds.INITIAL, Funds.SPENT, Funds.FORECAST)) {
        f.decimal(key, 0, null, "金额", ClerkView.AMOUNT_PROMPT); // SUM would skip 300万 as 0
      }
      f.unlock(INPUTS);
      f.protect();
      f.removeLegend();
      f.write(target);
    }
  }

  /** The template says 1-7月; the form asked for says the month it reports to. */
  private static void relabelMonth(TemplateForm f, int month) {
    for (Row r : f.sheet) {
      for (Cell c : r) {
        if (c.getCellType() == CellType.STRING && c.getStringCellValue().startsWith("1-7月")) {
          c.setCellValue("1-" + month + "月" + c.getStringCellValue().substring("1-7月".length()));
        }
      }
    }
    if (MonitoringMapping.month(f.cell(Monitoring.MONTH, 0).getStringCellValue()) != month) {
      throw new IllegalStateException("month header not relabelled");
    }
  }

  /**
   * One row's hidden helpers, written from the declared target as Java reads it: the kind of
   * target, its value and unit, its word; then formulas reading the actual and setting the light
   * (R, Y, G, B or empty), which the conditional formats show.
   */
  private static void helpers(
      TemplateForm f, int i, int col, Measure target, int month, ScoringProfile.Monitoring m) {
    Row r = f.sheet.getRow(f.field(Ind.ACTUAL).row() + i);
    String kind = "";
    double value = 0;
    String unit = "";
    String word = "";
    if (target instanceof Measure.Quantity q) {
      value = q.value();
      unit = q.unit();
      Comparator c = q.comparator();
      kind =
          value == 0 && (c == Comparator.EQ || c == Comparator.LE)
              ? "zero"
              : c == Comparator.LE
                  ? "le"
                  : c == Comparator.LT
                      ? "lt"
                      : value <= 0 ? "any" : q.percent() && !m.proratePercent() ? "lvl" : "pos";
    } else if (target instanceof Measure.Range g) {
      value = g.low();
      unit = g.unit();
      kind = (g.unit().equals("%") && !m.proratePercent() ? "lvl" : "pos") + "-";
    } else if (target instanceof Measure.Qualitative q) {
      kind = "word";
      word = q.word();
    } else if (target instanceof Measure.Period) {
      kind = "word";
    }
    r.createCell(col).setCellValue(kind);
    r.createCell(col + 1).setCellValue(value);
    r.createCell(col + 2).setCellValue(unit);
    r.createCell(col + 3).setCellValue(word);
    int row = r.getRowNum() + 1;
    String a = "$" + CellReference.convertNumToColString(f.field(Ind.ACTUAL).col()) + row;
    String k0 = cell(col, row);
    String k1 = cell(col + 1, row);
    String k2 = cell(col + 2, row);
    String k3 = cell(col + 3, row);
    String k4 = cell(col + 4, row);
    String k5 = cell(col + 5, row);
    String k6 = cell(col + 6, row);
    String t = "TRIM(" + a + ")";
    r.createCell(col + 4)
        .setCellFormula(
            "IF(ISNUMBER("
                + a
                + "),"
                + a
                + ",IF(LEN("
                + t
                + ")=0,\"\",IFERROR(VALUE(IF(AND(LEN("
                + k2
                + ")>0,RIGHT("
                + t
                + ",LEN("
                + k2
                + "))="
                + k2
                + "),LEFT("
                + t
                + ",LEN("
                + t
                + ")-LEN("
                + k2
                + ")),"
                + t
                + ")),\"\")))");
    r.createCell(col + 5)
        .setCellFormula(
            "IF("
                + k4
                + "=\"\",\"\",IF(AND("
                + k2
                + "=\"%\","
                + k4
                + "<=1.5,"
                + k1
                + ">1.5),"
                + k4
                + "*100,"
                + k4
                + "))");
    r.createCell(col + 6)
        .setCellFormula(
            "IF("
                + k5
                + "=\"\",\"\",IF(LEFT("
                + k0
                + ",3)=\"pos\",IF("
                + k5
                + "<=0,0,ROUND("
                + k5
                + "/("
                + k1
                + "*"
                + month
                + "/12)*100,4)),IF(LEFT("
                + k0
                + ",3)=\"lvl\",IF("
                + k5
                + "<=0,0,ROUND("
                + k5
                + "/"
                + k1
                + "*100,4)),\"\")))");
    String w = cell(col + 7, row);
    r.createCell(col + 7)
        .setCellFormula("IF(ISNUMBER(" + a + "),\"\",SUBSTITUTE(TRIM(" + a + "),\" \",\"\"))");
    String blue =
        m.blueOn()
            ? "IF(AND(RIGHT(" + k0 + ",1)<>\"-\"," + k6 + ">=" + num(m.blue()) + "),\"B\",\"G\")"
            : "\"G\"";
    r.createCell(col + 8)
        .setCellFormula(
            "IF("
                + k0
                + "=\"word\","
                + words(a, w, k3)
                + ",IF("
                + k5
                + "=\"\",\"\",IF("
                + k0
                + "=\"zero\",IF("
                + k5
                + "=0,\"G\",\"R\"),IF("
                + k0
                + "=\"le\",IF("
                + k5
                + "<="
                + k1
                + ",\"G\",\"R\"),IF("
                + k0
                + "=\"lt\",IF("
                + k5
                + "<"
                + k1
                + ",\"G\",\"R\"),IF("
                + k0
                + "=\"any\",IF("
                + k5
                + ">="
                + k1
                + ",\"G\",\"R\"),IF("
                + k6
                + "=\"\",\"\",IF("
                + k6
                + "<"
                + num(m.red())
                + ",\"R\",IF("
                + k6
                + "<"
                + num(m.yellow())
                + ",\"Y\","
                + blue
                + ")))))))))");
  }

  /**
   * The words of an actual judged as {@code Words.achievement} does, after the target repeated
   * counts as met.
   */
  private static String words(String a, String w, String targetWord) {
    String digits = "COUNT(FIND({0,1,2,3,4,5,6,7,8,9}," + w + "))>0";
    String none = "OR(" + w + "=\"无\"," + w + "=\"否\")";
    String not =
        "OR("
            + prefixes(AchievementWords.notPrefixes(), w)
            + ",ISNUMBER(FIND(\"未完成\","
            + w
            + ")),ISNUMBER(FIND(\"未达\","
            + w
            + ")))";
    // The target repeated is met, unless the words deny it (未提高 against 提高), as
    // Measure.Qualitative.repeats.
    String repeats =
        "AND(LEN("
            + targetWord
            + ")>0,OR("
            + w
            + "="
            + targetWord
            + ",AND(ISNUMBER(FIND("
            + targetWord
            + ","
            + w
            + ")),NOT(OR("
            + none
            + ","
            + not
            + ")))))";
    return "IF(OR(ISNUMBER("
        + a
        + "),LEN("
        + w
        + ")=0,"
        + digits
        + "),\"\",IF("
        + repeats
        + ",\"G\",IF("
        + none
        + ",\"R\",IF("
        + any(AchievementWords.late(), w)
        + ",\"Y\",IF("
        + not
        + ",\"R\",IF(OR("
        + prefixes(AchievementWords.partlyPrefixes(), w)
        + "),\"Y\",IF("
        + any(AchievementWords.achieved(), w)
        + ",\"G\",\"\")))))))";
  }

  private static String any(List<String> words, String w) {
    return or(words.stream().map(x -> "ISNUMBER(FIND(\"" + x + "\"," + w + "))").toList());
  }

  private static String prefixes(List<String> words, String w) {
    return or(words.stream().map(x -> "LEFT(" + w + "," + x.length() + ")=\"" + x + "\"").toList());
  }

  /** OR over any number of tests, nested by 20: older Excel (and POI) take at most 30 arguments. */
  private static String or(List<String> tests) {
    if (tests.size() <= 20) {
      return "OR(" + String.join(",", tests) + ")";
    }
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < tests.size(); i += 20) {
      parts.add(or(tests.subList(i, Math.min(tests.size(), i + 20))));
    }
    return or(parts);
  }

  /** The lights as conditional formats: indicators on 执行数 from the light helper, funds on 执行率. */
  private static void lights(
      TemplateForm f, int lightCol, int rows, int month, ScoringProfile.Monitoring m) {
    SheetConditionalFormatting cf = f.sheet.getSheetConditionalFormatting();
    TemplateForm.Field actual = f.field(Ind.ACTUAL);
    CellRangeAddress[] range = {
      new CellRangeAddress(
          actual.row(), actual.row() + actual.rows() - 1, actual.col(), actual.col())
    };
    String code = "$" + CellReference.convertNumToColString(lightCol) + (actual.row() + 1);
    for (Light light : Light.values()) {
      ConditionalFormattingRule rule =
          cf.createConditionalFormattingRule(code + "=\"" + light.name().charAt(0) + "\"");
      paint(rule, light);
      cf.addConditionalFormatting(range, rule);
    }
    String rate =
        "$"
            + CellReference.convertNumToColString(
                f.field(Funds.key(Monitoring.TOTAL, Funds.RATE)).col())
            + "$"
            + (f.field(Funds.key(Monitoring.TOTAL, Funds.RATE)).row() + 1);
    String v = "ROUND(" + rate + "/(" + month + "/12)*100,4)";
    CellRangeAddress[] funds = {
      new CellRangeAddress(
          f.field(Funds.key(Monitoring.TOTAL, Funds.RATE)).row(),
          f.field(Funds.key(Monitoring.TOTAL, Funds.RATE)).row(),
          f.field(Funds.key(Monitoring.TOTAL, Funds.RATE)).col(),
          f.field(Funds.key(Monitoring.TOTAL, Funds.RATE)).col())
    };
    String[][] bands = {
      {"RED", "AND(ISNUMBER(" + rate + ")," + v + "<" + num(m.red()) + ")"},
      {
        "YELLOW",
        "AND(ISNUMBER("
            + rate
            + "),"
            + v
            + ">="
            + num(m.red())
            + ","
            + v
            + "<"
            + num(m.yellow())
            + ")"
      },
      {"GREEN", "AND(ISNUMBER(" + rate + ")," + v + ">=" + num(m.yellow()) + ")"}
    };
    for (String[] b : bands) {
      ConditionalFormattingRule rule = cf.createConditionalFormattingRule(b[1]);
      paint(rule, Light.valueOf(b[0]));
      cf.addConditionalFormatting(funds, rule);
    }
  }

  /**
   * The colours of the annotated workbook's lights (annotate.Marks), so a form looks the same
   * before and after.
   */
  static final Map<Light, byte[]> COLOURS =
      Map.of(
          Light.RED, new byte[] {(byte) 0xFF, (byte) 0x50, (byte) 0x50},
          Light.YELLOW, new byte[] {(byte) 0xFF, (byte) 0xFF, (byte) 0x00},
          Light.GREEN, new byte[] {(byte) 0x00, (byte) 0xB0, (byte) 0x50},
          Light.BLUE, new byte[] {(byte) 0x00, (byte) 0xB0, (byte) 0xF0});

  private static void paint(ConditionalFormattingRule rule, Light light) {
    PatternFormatting p = rule.createPatternFormatting();
    p.setFillBackgroundColor(new XSSFColor(COLOURS.get(light), null));
    p.setFillPattern(PatternFormatting.SOLID_FOREGROUND);
  }

  /** The cause and possibility columns: a drop-down offering ✔ (other ticks are still accepted). */
  private static void ticks(TemplateForm f) {
    DataValidationHelper h = f.sheet.getDataValidationHelper();
    for (String key : Stream.concat(Ind.CAUSES.stream(), Ind.POSSIBILITIES.stream()).toList()) {
      TemplateForm.Field x = f.field(key);
      DataValidation v =
          h.createValidation(
              h.createExplicitListConstraint(new String[] {TICK}),
              new CellRangeAddressList(x.row(), x.row() + x.rows() - 1, x.col(), x.col()));
      v.setShowErrorBox(true);
      v.setErrorStyle(DataValidation.ErrorStyle.INFO);
      v.createErrorBox("勾选", "请选择 ✔ 勾选；✓ √ 是 Y 1 x X 也视为勾选。");
      v.setEmptyCellAllowed(true);
      f.sheet.addValidationData(v);
    }
  }

  private static String cell(int col, int row) {
    return "$" + CellReference.convertNumToColString(col) + row;
  }

  private static String num(double v) {
    return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
  }
}
