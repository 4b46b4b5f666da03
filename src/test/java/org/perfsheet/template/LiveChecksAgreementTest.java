package org.perfsheet.template;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.apache.poi.ss.formula.ConditionalFormattingEvaluator;
import org.apache.poi.ss.formula.EvaluationConditionalFormatRule;
import org.apache.poi.ss.formula.WorkbookEvaluatorProvider;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfsheet.check.Checker;
import org.perfsheet.layout.FieldKeys.Funds;
import org.perfsheet.layout.FieldKeys.Ind;
import org.perfsheet.layout.FieldKeys.SelfEvaluation;
import org.perfsheet.model.CellRef;
import org.perfsheet.model.DeclarationForm;
import org.perfsheet.model.FieldValue;
import org.perfsheet.model.Finding;
import org.perfsheet.model.FindingCode;
import org.perfsheet.model.FormResult;
import org.perfsheet.model.Indicator;
import org.perfsheet.model.ProjectInfo;
import org.perfsheet.model.Severity;
import org.perfsheet.scoring.Scores;
import org.perfsheet.scoring.ScoringProfile;
import org.perfsheet.workbook.TemplateLearner;

/**
 * The generated self-evaluation's live checks against the Java check, cell by cell: every target
 * notation of docs/domain.md §3, each filled in the ways clerks write actuals (numbers, numbers
 * with their unit or another, percentages as 85, 85% or 0.85, full-width digits, words, months,
 * dashes, blanks), with full, partial, excessive and missing self-scores and explanations.
 * Recalculated by POI's evaluator, the red and amber cells, and 核定总分, must be what the check finds.
 * (The LibreOffice variant runs in the verify phase.)
 */
class LiveChecksAgreementTest {

  /** docs/domain.md §3, and the declared forms of the samples. */
  static final List<String> TARGETS =
      List.of(
          ">=95%",
          "=100%",
          "≥1.00(次)",
          "=85.00(%)",
          "=100.00 (%)",
          "＜2%",
          "≥50个",
          "≤90万元",
          "=0",
          "<=0.5小时/个",
          "3-10月",
          "9月",
          "第四季度开展",
          "及时",
          "提升",
          "完善",
          "合格（100%）",
          "促进(11人)",
          "达到预期目标",
          "≥30.00(次)",
          "≥90.00(%)",
          "90%-95%",
          "=7000",
          ">5家");

  static final double WEIGHT = 10;
  static Checker checker;

  @BeforeAll
  static void setUp() throws Exception {
    checker = new Checker(TemplateLearner.loadAll(Path.of("templates")), ScoringProfile.defaults());
  }

  /** One indicator row as a clerk fills it. */
  record Case(String target, Object actual, Double score, String explanation) {}

  /** The ways an actual is written, from the target's number and unit. */
  static List<Object> actuals(String target) {
    LiveChecks.Target t = LiveChecks.target(target).orElseThrow();
    double v = t.value() == 0 ? 3 : t.value();
    String unit = t.unit();
    List<Object> out =
        new ArrayList<>(
            List.of(
                v * 0.8,
                v,
                v * 1.3,
                show(v * 0.8) + unit,
                show(v * 0.8),
                "完成" + show(v * 0.8) + unit,
                show(v * 0.8) + "份",
                "≥" + show(v) + unit,
                "部分达成",
                "基本完成",
                "未完成",
                "达成",
                "及时",
                "延期完成",
                "无",
                "—",
                "",
                "9月",
                "12月",
                "部分达成（80%）",
                wide(show(v * 0.8)) + unit,
                0.0,
                "0",
                "未提升",
                "显著提升"));
    if (unit.equals("%")) {
      out.addAll(List.of(v * 0.8 / 100, v / 100, show(v * 0.8) + "%", show(v * 0.8) + "％"));
    }
    if (t.comparator().startsWith("<")) {
      out.addAll(List.of(v * 0.5, v * 2, show(v * 2) + unit));
    }
    return out;
  }

  static List<Case> cases() {
    List<Case> out = new ArrayList<>();
    Double[] scores = {WEIGHT, 8.0, 5.0, null, 10.5, 0.0, 9.0};
    int n = 0;
    for (String target : TARGETS) {
      for (Object actual : actuals(target)) {
        out.add(new Case(target, actual, scores[n % scores.length], n % 3 == 1 ? "受疫情影响" : null));
        n++;
      }
    }
    return out;
  }

  /**
   * The cases (25次 against ≥30.00(次), 85 against ≥90.00(%), 部分达成 with the full score and no
   * explanation, a self-score above the rule) and a spread of the others: one form, fast. Every
   * case, in POI and LibreOffice, is {@code LiveChecksAgreementIT} (verify phase).
   */
  @Test
  void theClerksCommonCasesAndASpreadOfTheOthers(@TempDir Path tmp) throws Exception {
    List<Case> sample =
        new ArrayList<>(
            List.of(
                new Case("≥30.00(次)", "25次", 12.5, null),
                new Case("≥90.00(%)", "85", 15.0, null),
                new Case("≥90.00(%)", 85.0, 15.0, "人手不足"),
                new Case("及时", "部分达成", 10.0, null),
                new Case("提升", "基本完成", 8.0, null),
                new Case("≥30.00(次)", "30次", 12.5, null),
                new Case("≥90.00(%)", "95%", 15.0, null),
                new Case("≥30.00(次)", "45次", 10.0, null),
                new Case("90%-95%", 0.9, 10.0, null),
                new Case("90%-95%", 0.45, 10.0, "受疫情影响"),
                new Case("提升", "未提升", 10.0, null),
                new Case("提升", "显著提升", 10.0, null),
                new Case("及时", "未及时", 8.0, "人手不足")));
    List<Case> all = cases();
    for (int i = 0; i < all.size() && sample.size() < 45; i += 17) {
      sample.add(all.get(i));
    }
    assertEquals(List.of(), agreement(sample, tmp), "disagreements with the Java check");
  }

  /** Every case, in forms of 45 rows; each disagreement as a line. */
  static List<String> agreement(List<Case> all, Path tmp) throws Exception {
    int rows = 45;
    List<String> disagreements = new ArrayList<>();
    for (int start = 0; start < all.size(); start += rows) {
      List<Case> batch = all.subList(start, Math.min(all.size(), start + rows));
      Path file = tmp.resolve("batch" + start + ".xlsx");
      generate(batch, file);
      fill(file, batch);
      disagreements.addAll(compare(file, batch));
    }
    return disagreements;
  }

  static String show(double v) {
    return Scores.show(v);
  }

  static String wide(String digits) {
    StringBuilder sb = new StringBuilder();
    digits
        .chars()
        .forEach(
            c ->
                sb.append(
                    Character.isDigit(c) ? (char) (c - '0' + '０') : c == '.' ? '．' : (char) c));
    return sb.toString();
  }

  static void generate(List<Case> batch, Path file) throws Exception {
    CellRef at = new CellRef("申报表", 0, 0);
    List<Indicator> indicators = new ArrayList<>();
    for (int i = 0; i < batch.size(); i++) {
      indicators.add(
          new Indicator(
              FieldValue.text(at, "产出指标"),
              FieldValue.text(at, "数量指标"),
              FieldValue.text(at, "指标" + (i + 1)),
              FieldValue.text(at, batch.get(i).target()),
              null,
              null,
              null,
              null));
    }
    DeclarationForm d =
        new DeclarationForm(
            "申报表",
            "declaration",
            at,
            new ProjectInfo(
                FieldValue.text(at, "测试项目"),
                FieldValue.text(at, "测试局"),
                FieldValue.text(at, "测试局"),
                2024),
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            FieldValue.number(at, 100000, "100000", false),
            null,
            null,
            null,
            FieldValue.text(at, "目标"),
            indicators);
    SelfEvaluationGenerator.generate(
        d,
        Path.of("templates/self-evaluation.xlsx"),
        file,
        new LiveChecks(ScoringProfile.defaults()));
  }

  static void fill(Path file, List<Case> batch) throws Exception {
    XSSFWorkbook wb;
    try (InputStream in = Files.newInputStream(file)) {
      wb = new XSSFWorkbook(in);
    }
    SelfEvaluationGeneratorTest.cell(wb, Funds.key(Funds.FISCAL, Funds.ANNUAL), 0)
        .setCellValue(100000);
    SelfEvaluationGeneratorTest.cell(wb, Funds.key(Funds.FISCAL, Funds.SPENT), 0)
        .setCellValue(93000);
    for (int i = 0; i < batch.size(); i++) {
      Case c = batch.get(i);
      Cell actual = SelfEvaluationGeneratorTest.cell(wb, Ind.ACTUAL, i);
      if (c.actual() instanceof Double d) {
        actual.setCellValue(d);
      } else if (!((String) c.actual()).isEmpty()) {
        actual.setCellValue((String) c.actual());
      }
      SelfEvaluationGeneratorTest.cell(wb, Ind.WEIGHT, i).setCellValue(WEIGHT);
      if (c.score() != null) {
        SelfEvaluationGeneratorTest.cell(wb, Ind.SCORE, i).setCellValue(c.score());
      }
      if (c.explanation() != null) {
        SelfEvaluationGeneratorTest.cell(wb, Ind.EXPLANATION, i).setCellValue(c.explanation());
      }
    }
    XSSFFormulaEvaluator.evaluateAllFormulaCells(wb);
    try (OutputStream out = Files.newOutputStream(file)) {
      wb.write(out);
    }
    wb.close();
  }

  /**
   * Each disagreement as a line: the row, what was typed, what the check found and what the form
   * showed.
   */
  static List<String> compare(Path file, List<Case> batch) throws Exception {
    FormResult r =
        checker
            .process(file, file.resolveSibling(file.getFileName() + ".checked.xlsx"))
            .forms()
            .get(0);
    List<String> out = new ArrayList<>();
    try (InputStream in = Files.newInputStream(file);
        XSSFWorkbook wb = new XSSFWorkbook(in)) {
      Marks shown = Marks.of(wb, batch.size());
      out.addAll(
          diff(
              "actual red",
              cells(r, f -> f.code() == FindingCode.TARGET_NOT_MET),
              shown.red(Ind.ACTUAL),
              batch,
              wb));
      out.addAll(
          diff(
              "actual amber",
              cells(
                  r,
                  f ->
                      f.cell().col() == col(wb, Ind.ACTUAL)
                          && (f.code() == FindingCode.TARGET_EXCEEDED
                              || f.code() == FindingCode.UNIT_MISMATCH
                              || f.code() == FindingCode.VALUE_UNREADABLE)),
              shown.amber(Ind.ACTUAL),
              batch,
              wb));
      out.addAll(
          diff(
              "explanation red",
              cells(
                  r,
                  f ->
                      f.code() == FindingCode.EXPLANATION_MISSING
                          && f.severity() == Severity.ERROR),
              shown.red(Ind.EXPLANATION),
              batch,
              wb));
      out.addAll(
          diff(
              "explanation amber",
              cells(
                  r,
                  f ->
                      f.code() == FindingCode.EXPLANATION_MISSING
                          && f.severity() == Severity.WARNING),
              shown.amber(Ind.EXPLANATION),
              batch,
              wb));
      out.addAll(
          diff(
              "score red",
              cells(
                  r,
                  f ->
                      f.code() == FindingCode.SCORE_ABOVE_RULE
                          || f.code() == FindingCode.SCORE_EXCEEDS_WEIGHT),
              shown.red(Ind.SCORE),
              batch,
              wb));
      Cell computed =
          wb.getSheetAt(0)
              .getRow(
                  SelfEvaluationGeneratorTest.cell(wb, SelfEvaluation.TOTAL_SCORE, 0).getRowIndex())
              .getCell(
                  SelfEvaluationGeneratorTest.cell(wb, Ind.EXPLANATION, 0).getColumnIndex() + 1);
      boolean shownNone =
          computed.getCellType() != CellType.NUMERIC
              && !(computed.getCellType() == CellType.FORMULA
                  && computed.getCachedFormulaResultType() == CellType.NUMERIC);
      if (r.total().computed() == null
          ? !shownNone
          : shownNone || Math.abs(computed.getNumericCellValue() - r.total().computed()) > 1e-9) {
        out.add(
            file.getFileName()
                + ": 核定总分 "
                + (shownNone ? "(none)" : computed.getNumericCellValue())
                + ", the check "
                + r.total().computed());
      }
    }
    return out;
  }

  static int col(XSSFWorkbook wb, String key) {
    return SelfEvaluationGeneratorTest.cell(wb, key, 0).getColumnIndex();
  }

  static Set<String> cells(FormResult r, Predicate<Finding> which) {
    Set<String> out = new TreeSet<>();
    r.findings().stream().filter(which).forEach(f -> out.add(f.cell().a1()));
    return out;
  }

  static List<String> diff(
      String what, Set<String> java, Set<String> form, List<Case> batch, XSSFWorkbook wb) {
    List<String> out = new ArrayList<>();
    Set<String> all = new TreeSet<>(java);
    all.addAll(form);
    int first = SelfEvaluationGeneratorTest.cell(wb, Ind.ACTUAL, 0).getRowIndex();
    for (String a1 : all) {
      if (java.contains(a1) != form.contains(a1)) {
        Case c = batch.get(new CellReference(a1).getRow() - first);
        out.add(
            what
                + " "
                + a1
                + ": check "
                + java.contains(a1)
                + ", form "
                + form.contains(a1)
                + " — target "
                + c.target()
                + ", actual "
                + (c.actual() instanceof String s ? "“" + s + "”" : c.actual())
                + ", score "
                + c.score()
                + ", explanation "
                + c.explanation());
      }
    }
    return out;
  }

  /** The conditional formats that apply, by their fill: red (rose) or amber (light yellow). */
  record Marks(XSSFWorkbook wb, ConditionalFormattingEvaluator cf, int rows) {
    static Marks of(XSSFWorkbook wb, int rows) {
      return new Marks(
          wb,
          new ConditionalFormattingEvaluator(
              wb, (WorkbookEvaluatorProvider) wb.getCreationHelper().createFormulaEvaluator()),
          rows);
    }

    Set<String> red(String key) {
      return shaded(key, IndexedColors.ROSE.getIndex());
    }

    Set<String> amber(String key) {
      return shaded(key, IndexedColors.LIGHT_YELLOW.getIndex());
    }

    private Set<String> shaded(String key, short colour) {
      Set<String> out = new TreeSet<>();
      for (int i = 0; i < rows; i++) {
        Cell c = SelfEvaluationGeneratorTest.cell(wb, key, i);
        CellReference ref =
            new CellReference(
                c.getSheet().getSheetName(), c.getRowIndex(), c.getColumnIndex(), false, false);
        for (EvaluationConditionalFormatRule rule : cf.getConditionalFormattingForCell(ref)) {
          if (rule.getRule().getPatternFormatting().getFillBackgroundColor() == colour) {
            out.add(ref.formatAsString(false));
          }
        }
      }
      return out;
    }
  }
}
