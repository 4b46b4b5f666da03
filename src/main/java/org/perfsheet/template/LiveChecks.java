package org.perfsheet.template;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.perfsheet.layout.FieldKeys.Ind;
import org.perfsheet.layout.FieldKeys.SelfEvaluation;
import org.perfsheet.model.Indicator;
import org.perfsheet.notation.Measure;
import org.perfsheet.notation.Notation;
import org.perfsheet.notation.Words;
import org.perfsheet.scoring.ScoringProfile;

/**
 * The check, as formulas, on each indicator row of a generated self-evaluation, so that the form
 * warns as the unit types. The declared target is parsed once, by the same {@link Notation} as the
 * check, and written into hidden columns right of the table (kind, comparator, value as written,
 * unit, word or last month); formulas beside it read the actual however a clerk writes it (a
 * number, {@code 25次}, {@code 85%}, {@code 0.85}, {@code 部分达成}, {@code 9月}), judge it by the
 * scoring rules and the profile, and give the rule score, the tier's floor, whether the target is
 * missed or far exceeded, and what the row counts for in the computed total. The conditional
 * formats and the 参考得分 and 核定总分 cells read those columns.
 *
 * <p>Excel 2007 functions only, no arrays: Excel, WPS, LibreOffice and POI's evaluator compute them
 * alike (SelfEvaluationLiveChecksTest compares them with the Java check).
 */
final class LiveChecks {

  /** The hidden columns, in order from {@link #column}. */
  enum Col {
    KIND,
    CMP,
    VALUE,
    UNIT,
    WORD,
    TEXT,
    CLAIM,
    BARE,
    MULT,
    DIGITS,
    WORDY,
    RAW,
    NUM,
    MONTH,
    TIER,
    MET,
    RULE,
    LOWER,
    EXCEEDED,
    COUNTED
  }

  /**
   * What the generator knows of a declared target: Q quantity, R range (by its floor), P period (by
   * its last month), W words; empty when the check cannot judge it either.
   */
  record Target(String kind, String comparator, double value, String unit, String word) {}

  private final ScoringProfile profile;

  LiveChecks(ScoringProfile profile) {
    this.profile = profile;
  }

  static Optional<Target> target(String text) {
    Measure m = Notation.parse(text);
    if (m instanceof Measure.Quantity q) {
      String c =
          switch (q.comparator()) {
            case GE -> ">=";
            case GT -> ">";
            case LE -> "<=";
            case LT -> "<";
            case EQ -> "=";
          };
      return Optional.of(new Target("Q", c, q.value(), q.unit(), ""));
    }
    if (m instanceof Measure.Range r) {
      return Optional.of(new Target("R", ">=", r.low(), r.unit(), ""));
    }
    if (m instanceof Measure.Period p) {
      return Optional.of(new Target("P", "", p.toMonth(), "", ""));
    }
    if (m instanceof Measure.Qualitative w) {
      return Optional.of(new Target("W", "", 0, "", w.word()));
    }
    return Optional.empty();
  }

  /** The first hidden column: right of the form, past a visible 参考得分 column. */
  static int column(TemplateForm f) {
    return f.field(Ind.EXPLANATION).col() + 3;
  }

  /** The visible column of rule scores (参考得分) and the computed total (核定总分). */
  static int ruleColumn(TemplateForm f) {
    return f.field(Ind.EXPLANATION).col() + 1;
  }

  /**
   * Writes each row's target facts and formulas, hides the columns, and returns nothing to undo.
   */
  void write(TemplateForm f, List<Indicator> indicators) {
    TemplateForm.Field actual = f.field(Ind.ACTUAL);
    int first = column(f);
    for (int i = 0; i < actual.rows(); i++) {
      int r = actual.row() + i;
      Row row = f.sheet.getRow(r) == null ? f.sheet.createRow(r) : f.sheet.getRow(r);
      Optional<Target> t =
          i < indicators.size() && indicators.get(i).target() != null
              ? target(indicators.get(i).target().text())
              : Optional.empty();
      Target x = t.orElse(new Target("", "", 0, "", ""));
      row.createCell(first + Col.KIND.ordinal()).setCellValue(x.kind());
      row.createCell(first + Col.CMP.ordinal()).setCellValue(x.comparator());
      row.createCell(first + Col.VALUE.ordinal()).setCellValue(x.value());
      row.createCell(first + Col.UNIT.ordinal()).setCellValue(x.unit());
      Cell word = row.createCell(first + Col.WORD.ordinal());
      if (x.kind().equals("P")) {
        word.setCellValue(x.value());
      } else {
        word.setCellValue(x.word());
      }
      Map<String, String> refs = refs(f, r);
      for (Col c : Col.values()) {
        String formula = formula(c);
        if (formula != null) {
          f.rawFormula(row.createCell(first + c.ordinal()), fill(formula, refs));
        }
      }
      f.rawFormula(row.createCell(ruleColumn(f)), fill("IF(ISNUMBER({RULE}),{RULE},\"\")", refs));
    }
    for (Col c : Col.values()) {
      f.sheet.setColumnHidden(first + c.ordinal(), true);
    }
  }

  /** The computed total: the budget score and what each row counts for, as the check adds them. */
  String computedTotal(TemplateForm f) {
    TemplateForm.Field actual = f.field(Ind.ACTUAL);
    String col = CellReference.convertNumToColString(column(f) + Col.COUNTED.ordinal());
    String budget = f.field(SelfEvaluation.BUDGET_SCORE).a1(0);
    String rows =
        "$" + col + "$" + (actual.row() + 1) + ":$" + col + "$" + (actual.row() + actual.rows());
    return "IF(OR(NOT(ISNUMBER("
        + budget
        + ")),COUNTIF("
        + rows
        + ",\"NA\")>0),\"\",ROUND(SUM("
        + budget
        + ","
        + rows
        + "),2))";
  }

  /** A conditional-format formula for the first row of the table (references row-relative). */
  String rule(TemplateForm f, String template) {
    return fill(template, refs(f, f.field(Ind.ACTUAL).row()));
  }

  /** The actual misses its target (TARGET_NOT_MET). */
  static final String MISSED = "{MET}=FALSE";

  /**
   * The actual is far above its target, or cannot be judged against it (warnings on the actual).
   */
  static final String DOUBTFUL =
      "OR({EXCEEDED}=TRUE,AND(OR(ISNUMBER({X}),LEN({TEXT})>0),{KIND}<>\"\",ISNUMBER({W}),{MET}=\"\"))";

  /** An explanation the check requires (EXPLANATION_MISSING as an error). */
  String explanationRequired() {
    return "AND(LEN(TRIM({E}&\"\"))=0,ISNUMBER({W}),OR({MET}=FALSE,AND(ISNUMBER({S}),{S}<{W}-"
        + tol()
        + "),IF(ISNUMBER({RULE}),AND({TIER}=\"\",{RULE}<{W}-"
        + tol()
        + "),FALSE)))";
  }

  /** An explanation the check asks for as a warning: the target far exceeded. */
  String explanationAsked() {
    return "AND(NOT("
        + explanationRequired()
        + "),LEN(TRIM({E}&\"\"))=0,ISNUMBER({W}),{EXCEEDED}=TRUE)";
  }

  /** A self-score above the weight or the rule (SCORE_EXCEEDS_WEIGHT, SCORE_ABOVE_RULE). */
  String scoreAboveRule() {
    // IF, not AND: AND evaluates every argument, and "" + 0.01 is an error that would hide the
    // mark.
    return "AND(ISNUMBER({S}),ISNUMBER({W}),OR({S}>{W}+"
        + tol()
        + ",IF(ISNUMBER({RULE}),{S}>{RULE}+"
        + tol()
        + ",FALSE)))";
  }

  private String tol() {
    return num(profile.scoreTolerance() + 1e-9);
  }

  private String formula(Col c) {
    String quantity = "AND(OR({KIND}=\"Q\",{KIND}=\"R\"),ISNUMBER({NUM}))";
    String zero = "AND({VALUE}=0,OR({CMP}=\"=\",{CMP}=\"<=\"))";
    String reverse = "OR({CMP}=\"<=\",{CMP}=\"<\")";
    return switch (c) {
      case KIND, CMP, VALUE, UNIT, WORD -> null;
      // Dashes alone (—, /, -) are a blank to the check.
      case TEXT ->
          "IF(OR(ISNUMBER({X}),LEN("
              + dashesRemoved("TRIM({X}&\"\")")
              + ")=0),\"\","
              + clean("TRIM({X}&\"\")")
              + ")";
      // An actual written as a bound (≥5家) claims at least (or at most) that value.
      case CLAIM ->
          "IF(ISNUMBER({X}),\"\",IF(OR(LEFT("
              + ORIGINAL
              + ",1)=\"≥\",LEFT("
              + ORIGINAL
              + ",1)=\">\",LEFT("
              + ORIGINAL
              + ",1)=\"＞\",LEFT("
              + ORIGINAL
              + ",1)=\"≧\"),\">\",IF(OR(LEFT("
              + ORIGINAL
              + ",1)=\"≤\",LEFT("
              + ORIGINAL
              + ",1)=\"<\",LEFT("
              + ORIGINAL
              + ",1)=\"＜\",LEFT("
              + ORIGINAL
              + ",1)=\"≦\"),\"<\",\"\")))";
      case BARE -> "IF({UNIT}=\"\",{TEXT},SUBSTITUTE({TEXT},{UNIT},\"\"))";
      case MULT ->
          "IF(RIGHT({BARE},1)=\"万\",10000,IF(RIGHT({BARE},1)=\"亿\",100000000,IF(RIGHT({BARE},1)=\"千\",1000,1)))";
      // Without the multiplier; a % is dropped only against a target without unit (85% of "=100"
      // reads 85).
      case DIGITS ->
          "IF({UNIT}=\"\",SUBSTITUTE(IF({MULT}=1,{BARE},LEFT({BARE},LEN({BARE})-1)),\"%\",\"\"),"
              + "IF({MULT}=1,{BARE},LEFT({BARE},LEN({BARE})-1)))";
      // As the check reads words: text without digits, or a word with a bracketed note (部分达成（80%）).
      case WORDY ->
          "AND(NOT(ISNUMBER({X})),LEN({TEXT})>0,OR("
              + noDigit("{TEXT}")
              + ",IF("
              + OPEN
              + ">1,AND(OR(RIGHT("
              + ORIGINAL
              + ",1)=\")\",RIGHT("
              + ORIGINAL
              + ",1)=\"）\"),"
              + noDigit("LEFT(" + ORIGINAL + "," + OPEN + "-1)")
              + "),FALSE)))";
      // A number, or the number in the text (25次 → 25, 完成25次 → 25, 3655人 where the target has no
      // unit).
      case RAW ->
          "IF(ISNUMBER({X}),{X},IF(OR({WORDY},{DIGITS}=\"\",ISNUMBER(FIND(\"/\",{DIGITS})),ISNUMBER(FIND(\":\",{DIGITS})),"
              + "ISNUMBER(FIND(\"-\",{DIGITS},2)),ISNUMBER(FIND(\"%\",{DIGITS})),ISNUMBER(FIND(\"月\",{DIGITS})),ISNUMBER(FIND(\"年\",{DIGITS}))),\"\",IFERROR(VALUE({DIGITS}),"
              + nested(
                  "RIGHT",
                  "{DIGITS}",
                  "IF({UNIT}=\"\"," + nested("LEFT", "{DIGITS}", "\"\"") + ",\"\")")
              + ")))";
      // In the target's scale, as Measure.Quantity.onScaleOf: a bare 0.85 against a percentage (or
      // a range of them) is 85 %.
      case NUM ->
          "IF(ISNUMBER({RAW}),IF(AND(OR({KIND}=\"Q\",{KIND}=\"R\"),{UNIT}=\"%\",ISERROR(FIND(\"%\",{TEXT})),{RAW}*{MULT}<=1.5,{VALUE}>1.5),"
              + "{RAW}*{MULT}*100,{RAW}*{MULT}),\"\")";
      case MONTH ->
          "IF(AND({KIND}=\"P\",NOT(ISNUMBER({X})),ISNUMBER(FIND(\"月\",{TEXT}))),IFERROR(IF(AND(LEN({TEXT})-FIND(\"月\",{TEXT})<=1,"
              + "VALUE(LEFT({TEXT},FIND(\"月\",{TEXT})-1))>=1,VALUE(LEFT({TEXT},FIND(\"月\",{TEXT})-1))<=12,OR(FIND(\"月\",{TEXT})=LEN({TEXT}),"
              + "RIGHT({TEXT},1)=\"份\",RIGHT({TEXT},1)=\"底\",RIGHT({TEXT},1)=\"末\",RIGHT({TEXT},1)=\"前\",RIGHT({TEXT},1)=\"内\")),"
              + "VALUE(LEFT({TEXT},FIND(\"月\",{TEXT})-1)),\"\"),\"\"),\"\")";
      case TIER ->
          "IF(OR({KIND}=\"\","
              + quantity
              + "),\"\",IF(ISNUMBER({MONTH}),IF({MONTH}<={WORD},\"A\",\"P\"),IF(NOT({WORDY}),\"\","
              + "IF(AND({KIND}=\"W\",OR({TEXT}={WORD},AND(ISNUMBER(FIND({WORD},{TEXT})),NOT("
              + negated("{TEXT}")
              + ")))),\"A\","
              + words("{TEXT}")
              + "))))";
      case MET ->
          "IF(NOT(ISNUMBER({W})),\"\",IF("
              + quantity
              + ",IF("
              + zero
              + ",{NUM}=0,IF({CMP}=\"<=\",{NUM}<={VALUE},"
              + "IF({CMP}=\"<\",OR({NUM}<{VALUE},AND({CLAIM}=\"<\",{NUM}<={VALUE})),IF({CMP}=\">\",OR({NUM}>{VALUE},AND({CLAIM}=\">\","
              + "{NUM}>={VALUE})),{NUM}>={VALUE})))),IF({TIER}=\"\",\"\",{TIER}=\"A\")))";
      case RULE ->
          "IF({MET}=\"\",\"\",IF("
              + quantity
              + ",IF({MET},{W},IF("
              + zero
              + ",0,IF("
              + reverse
              + ","
              + reverseScore()
              + ",IF({VALUE}>0,MAX(0,MIN({W},ROUND({W}*{NUM}/{VALUE},2))),0)))),IF({TIER}=\"A\",{W},IF({TIER}=\"P\",ROUND({W}*"
              + num(profile.achievedMin())
              + ",2),ROUND({W}*"
              + num(profile.partlyMin())
              + ",2)))))";
      case LOWER ->
          "IF({MET}=\"\",\"\",IF({TIER}=\"\",{RULE},IF({TIER}=\"A\",ROUND({W}*"
              + num(profile.achievedMin())
              + ",2),IF({TIER}=\"P\",ROUND({W}*"
              + num(profile.partlyMin())
              + ",2),0))))";
      case EXCEEDED ->
          "AND({KIND}=\"Q\",ISNUMBER({NUM}),ISNUMBER({W}),NOT("
              + zero
              + "),NOT("
              + reverse
              + "),{VALUE}>0,{NUM}>="
              + num(profile.overAchievement())
              + "*{VALUE})";
      // What the row counts for in the computed total: the rule score; the self-score within its
      // tier; else the self-score.
      // "NA" where the rule cannot score the row (no weight, an actual that cannot be judged): the
      // check then computes no total (无法核定), and neither does the form. (Not "?": COUNTIF reads
      // it as a wildcard, and LibreOffice then counts every one-digit score.)
      case COUNTED ->
          "IF(AND({KIND}=\"\",NOT(ISNUMBER({W})),NOT(ISNUMBER({S}))),0,IF(NOT(ISNUMBER({W})),\"NA\","
              + "IF({MET}=\"\",\"NA\",IF({TIER}=\"\",{RULE},IF(ISNUMBER({S}),MIN({S},{RULE}),{RULE})))))";
    };
  }

  private String reverseScore() {
    return switch (profile.reverse()) {
      case NATIONAL -> "IFERROR(MAX(0,MIN({W},ROUND({W}*{VALUE}/{NUM},2))),0)";
      case LINEAR -> "IFERROR(MAX(0,MIN({W},ROUND({W}*(1-({NUM}-{VALUE})/{VALUE}),2))),0)";
    };
  }

  /**
   * The text as the check normalises it before reading a number: no spaces, comparators or
   * brackets, full-width digits and signs half-width (so {@code ≥ ２５ 次} reads {@code 25次}).
   */
  private static String clean(String inner) {
    String s = inner;
    String[][] swaps = {
      {" ", ""},
      {"\u3000", ""},
      {"≥", ""},
      {"≤", ""},
      {"≧", ""},
      {"≦", ""},
      {">", ""},
      {"<", ""},
      {"=", ""},
      {"＞", ""},
      {"＜", ""},
      {"＝", ""},
      {"(", ""},
      {")", ""},
      {"（", ""},
      {"）", ""},
      {",", ""},
      {"，", ""},
      {"以上", ""},
      {"以下", ""},
      {"以内", ""},
      {"％", "%"},
      {"．", "."},
      {"０", "0"},
      {"１", "1"},
      {"２", "2"},
      {"３", "3"},
      {"４", "4"},
      {"５", "5"},
      {"６", "6"},
      {"７", "7"},
      {"８", "8"},
      {"９", "9"}
    };
    for (String[] w : swaps) {
      s = "SUBSTITUTE(" + s + ",\"" + w[0] + "\",\"" + w[1] + "\")";
    }
    return s;
  }

  /** The typed text, trimmed, and where its bracket opens (0: none). */
  private static final String ORIGINAL = "TRIM({X}&\"\")";

  private static final String OPEN =
      "IFERROR(FIND(\"(\"," + ORIGINAL + "),IFERROR(FIND(\"（\"," + ORIGINAL + "),0))";

  private static String dashesRemoved(String text) {
    String s = text;
    for (String d : List.of("-", "—", "–", "/", "\\", "、", ".")) {
      s = "SUBSTITUTE(" + s + ",\"" + d + "\",\"\")";
    }
    return s;
  }

  private static String noDigit(String text) {
    String s = text;
    for (int d = 0; d <= 9; d++) {
      s = "SUBSTITUTE(" + s + ",\"" + d + "\",\"\")";
    }
    return "LEN(" + s + ")=LEN(" + text + ")";
  }

  /** The longest number at the right (or left) of the text, else {@code otherwise}: 完成25 → 25. */
  private static String nested(String side, String text, String otherwise) {
    String s = otherwise;
    for (int k = 1; k <= 12; k++) {
      s =
          "IFERROR(IF(LEN("
              + text
              + ")<"
              + k
              + ",NA(),VALUE("
              + side
              + "("
              + text
              + ","
              + k
              + "))),"
              + s
              + ")";
    }
    return s;
  }

  /** The tier words say, by {@link Words}' lists in the check's order: A, P, N or "". */
  /** As {@code Words.negated}: words that deny what follows (未提高 never repeats 提高). */
  private static String negated(String t) {
    return "OR(" + none(t) + "," + not(t) + ")";
  }

  private static String none(String t) {
    return "OR(" + t + "=\"无\"," + t + "=\"否\")";
  }

  private static String not(String t) {
    return "OR("
        + any(Words.not(), w -> starts(t, w))
        + ","
        + contains(t, "未完成")
        + ","
        + contains(t, "未达")
        + ")";
  }

  private static String words(String t) {
    String none = none(t);
    String late = any(Words.late(), w -> contains(t, w));
    String not = not(t);
    String partly = any(Words.partly(), w -> starts(t, w));
    String achieved = any(Words.achieved(), w -> contains(t, w));
    return "IF("
        + none
        + ",\"N\",IF("
        + late
        + ",\"P\",IF("
        + not
        + ",\"N\",IF("
        + partly
        + ",\"P\",IF("
        + achieved
        + ",\"A\",\"\")))))";
  }

  private static String any(List<String> words, Function<String, String> test) {
    return "OR(" + words.stream().map(test).collect(Collectors.joining(",")) + ")";
  }

  private static String contains(String t, String w) {
    return "ISNUMBER(FIND(\"" + w + "\"," + t + "))";
  }

  private static String starts(String t, String w) {
    return "LEFT(" + t + "," + w.length() + ")=\"" + w + "\"";
  }

  private static String num(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
  }

  /** The references of one row: the form's cells and the hidden columns, column absolute. */
  private static Map<String, String> refs(TemplateForm f, int row) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("X", at(f.field(Ind.ACTUAL).col(), row));
    m.put("W", at(f.field(Ind.WEIGHT).col(), row));
    m.put("S", at(f.field(Ind.SCORE).col(), row));
    m.put("E", at(f.field(Ind.EXPLANATION).col(), row));
    int first = column(f);
    for (Col c : Col.values()) {
      m.put(c.name(), at(first + c.ordinal(), row));
    }
    return m;
  }

  private static String at(int col, int row) {
    return "$" + CellReference.convertNumToColString(col) + (row + 1);
  }

  static String fill(String template, Map<String, String> refs) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < template.length()) {
      int open = template.indexOf('{', i);
      if (open < 0) {
        out.append(template, i, template.length());
        break;
      }
      int close = template.indexOf('}', open);
      String key = template.substring(open + 1, close);
      String ref = refs.get(key);
      if (ref == null) {
        throw new IllegalArgumentException("no reference {" + key + "}");
      }
      out.append(template, i, open).append(ref);
      i = close + 1;
    }
    return out.toString();
  }

  /** For tests and messages: the columns' letters. */
  static List<String> letters(TemplateForm f) {
    List<String> out = new ArrayList<>();
    for (Col c : Col.values()) {
      out.add(c + "=" + CellReference.convertNumToColString(column(f) + c.ordinal()));
    }
    return out;
  }
}
