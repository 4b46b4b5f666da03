package org.perfsheet.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.poi.ss.formula.ConditionalFormattingEvaluator;
import org.apache.poi.ss.formula.WorkbookEvaluatorProvider;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfsheet.check.Checker;
import org.perfsheet.layout.FieldKeys.Funds;
import org.perfsheet.layout.FieldKeys.Ind;
import org.perfsheet.layout.FieldKeys.SelfEvaluation;
import org.perfsheet.model.Finding;
import org.perfsheet.model.FindingCode;
import org.perfsheet.model.FormResult;
import org.perfsheet.report.WorkbookReport;
import org.perfsheet.scoring.ScoringProfile;
import org.perfsheet.workbook.TemplateLearner;

/**
 * Self-evaluations generated from the sample declarations: read back with the declared targets, and
 * filled in as a unit would, their live formulas (执行率, budget 得分, 总分) and red-as-you-type formats
 * agree with the Java check in POI's evaluator. (LiveChecksAgreementIT, in {@code mvn verify}, also
 * recalculates such forms in LibreOffice where it is installed.)
 */
class SelfEvaluationGeneratorTest {

  static Path generate(Path out, String... extra) {
    FromSampleDeclarations.generate("self-evaluation", out, extra);
    return out.resolve("2024-上海市普陀区司法局-医患纠纷-绩效自评表.xlsx");
  }

  /** Types into a generated form through its ps_ names: amounts, actuals and self-scores. */
  static void fill(Path file, Map<String, Object> fields, List<Object[]> rows) throws Exception {
    XSSFWorkbook wb;
    try (InputStream in = Files.newInputStream(file)) {
      wb = new XSSFWorkbook(in);
    }
    for (Map.Entry<String, Object> e : fields.entrySet()) {
      cell(wb, e.getKey(), 0).setCellValue(((Number) e.getValue()).doubleValue());
    }
    for (int i = 0; i < rows.size(); i++) {
      Object[] r = rows.get(i);
      if (r[0] instanceof Number n) {
        cell(wb, Ind.ACTUAL, i).setCellValue(n.doubleValue());
      } else {
        cell(wb, Ind.ACTUAL, i).setCellValue((String) r[0]);
      }
      cell(wb, Ind.SCORE, i).setCellValue(((Number) r[1]).doubleValue());
      if (r.length > 2) {
        cell(wb, Ind.EXPLANATION, i).setCellValue((String) r[2]);
      }
    }
    XSSFFormulaEvaluator.evaluateAllFormulaCells(wb);
    try (OutputStream out = Files.newOutputStream(file)) {
      wb.write(out);
    }
    wb.close();
  }

  static Cell cell(XSSFWorkbook wb, String key, int offset) {
    Name n = wb.getName(TemplateLearner.NAME_PREFIX + key);
    CellReference first =
        new AreaReference(n.getRefersToFormula(), wb.getSpreadsheetVersion()).getFirstCell();
    XSSFSheet s = wb.getSheet(first.getSheetName());
    var row = s.getRow(first.getRow() + offset);
    return row.getCell(first.getCol()) == null
        ? row.createCell(first.getCol())
        : row.getCell(first.getCol());
  }

  // 医患纠纷 (seed 003): 聘请法律顾问 =1家, 专家咨询 ≥30次, 案件办理质量 提高, 医患纠纷处置及时性 及时,
  // 医患纠纷调解成功率 ≥90%, 长效管理制度建设 完善, 服务对象满意度 提升; weights 12.5 ×4, 15 ×2, 10.
  static final List<Object[]> ROWS =
      List.of(
          new Object[] {1, 12.5},
          new Object[] {24, 12.5},
          new Object[] {"提高", 12.5},
          new Object[] {"及时", 12.5},
          new Object[] {0.95, 15.0},
          new Object[] {"完善", 15.0},
          new Object[] {"提升", 10.0});

  /** 当年财政拨款 90,000 budgeted and 85,500 spent (95 %); no carry-over, no other funds. */
  static final Map<String, Object> FUNDS_95 =
      Map.of(
          Funds.key(Funds.FISCAL, Funds.ANNUAL),
          90000,
          Funds.key(Funds.FISCAL, Funds.SPENT),
          85500,
          Funds.key(Funds.CARRYOVER, Funds.ANNUAL),
          0,
          Funds.key(Funds.OTHER, Funds.ANNUAL),
          0);

  @Test
  void formulasAndFormatsAgreeWithTheJavaCheck(@TempDir Path tmp) throws Exception {
    Path file = generate(tmp.resolve("gen"));
    fill(file, FUNDS_95, ROWS);

    Checker checker =
        new Checker(TemplateLearner.loadAll(Path.of("templates")), ScoringProfile.defaults());
    WorkbookReport report = checker.process(file, tmp.resolve("checked.xlsx"));
    FormResult r = report.forms().get(0);
    try (InputStream in = Files.newInputStream(file);
        XSSFWorkbook wb = new XSSFWorkbook(in)) {
      assertEquals(
          r.budgetRate().computed(),
          cell(wb, SelfEvaluation.BUDGET_RATE, 0).getNumericCellValue(),
          1e-12,
          "执行率");
      assertEquals(
          r.budgetScore().computed(),
          cell(wb, SelfEvaluation.BUDGET_SCORE, 0).getNumericCellValue(),
          1e-9,
          "预算得分");
      assertEquals(9.5, r.budgetScore().computed(), 1e-9);
      assertEquals(
          100.0, cell(wb, SelfEvaluation.TOTAL_WEIGHT, 0).getNumericCellValue(), 1e-9, "总分·分值");
      assertEquals(
          r.total().stated(),
          cell(wb, SelfEvaluation.TOTAL_SCORE, 0).getNumericCellValue(),
          1e-9,
          "总分 is what Excel computed");
      Set<String> codes =
          r.findings().stream()
              .map(f -> f.code().name())
              .collect(Collectors.toCollection(TreeSet::new));
      assertTrue(
          !codes.contains("BUDGET_RATE_MISMATCH")
              && !codes.contains("BUDGET_SCORE_MISMATCH")
              && !codes.contains("TOTAL_MISMATCH"),
          "the live formulas satisfy the rules: " + codes);

      // The red format on actuals fires exactly where Java finds the target missed.
      Set<String> javaMissed =
          r.findings().stream()
              .filter(f -> f.code() == FindingCode.TARGET_NOT_MET)
              .map(f -> f.cell().a1())
              .collect(Collectors.toCollection(TreeSet::new));
      assertEquals(Set.of("F14"), javaMissed, "专家咨询 24 of ≥30");
      assertEquals(javaMissed, redCells(wb, Ind.ACTUAL));
      // ... and on the explanation where one is required and missing.
      Set<String> javaNeedsReason =
          r.findings().stream()
              .filter(f -> f.code() == FindingCode.EXPLANATION_MISSING)
              .map(Finding::cell)
              .map(c -> c.a1())
              .collect(Collectors.toCollection(TreeSet::new));
      assertEquals(javaNeedsReason, redCells(wb, Ind.EXPLANATION));
    }
  }

  /** The live formulas follow the profile given: its tiers are the bounds of the 参考得分 column. */
  @Test
  void theLiveFormulasFollowTheProfileGiven(@TempDir Path tmp) throws Exception {
    Path profile = tmp.resolve("tiers.properties");
    Files.writeString(profile, "tier.achieved.min=0.9\ntier.partial.min=0.6\n");
    assertEquals(Set.of("0.8", "0.5"), tiers(generate(tmp.resolve("default"))));
    assertEquals(
        Set.of("0.9", "0.6"),
        tiers(generate(tmp.resolve("province"), "--profile", profile.toString())));
  }

  /** The shares of the weight the formulas give a qualitative tier: ROUND(W*0.8,2). */
  private static Set<String> tiers(Path file) throws Exception {
    Pattern share = Pattern.compile("ROUND\\([A-Z$]+\\d+\\*(0\\.\\d+),2\\)");
    Set<String> found = new TreeSet<>();
    try (InputStream in = Files.newInputStream(file);
        XSSFWorkbook wb = new XSSFWorkbook(in)) {
      for (var sheet : wb) {
        for (var row : sheet) {
          for (Cell c : row) {
            if (c.getCellType() == CellType.FORMULA) {
              Matcher m = share.matcher(c.getCellFormula());
              while (m.find()) {
                found.add(m.group(1));
              }
            }
          }
        }
      }
    }
    return found;
  }

  static Set<String> redCells(XSSFWorkbook wb, String key) {
    ConditionalFormattingEvaluator cf =
        new ConditionalFormattingEvaluator(
            wb, (WorkbookEvaluatorProvider) wb.getCreationHelper().createFormulaEvaluator());
    Set<String> red = new TreeSet<>();
    for (int i = 0; i < 45; i++) {
      Cell c = cell(wb, key, i);
      CellReference ref =
          new CellReference(
              c.getSheet().getSheetName(), c.getRowIndex(), c.getColumnIndex(), false, false);
      if (!cf.getConditionalFormattingForCell(ref).isEmpty()) {
        red.add(ref.formatAsString(false));
      }
    }
    return red;
  }

  @Test
  void targetsAreTheDeclaredOnesAndChangingOneIsFound(@TempDir Path tmp) throws Exception {
    Path file = generate(tmp.resolve("gen"));
    fill(
        file,
        Map.of(
            Funds.key(Funds.FISCAL, Funds.ANNUAL),
            90000,
            Funds.key(Funds.FISCAL, Funds.SPENT),
            90000),
        ROWS);
    XSSFWorkbook wb;
    try (InputStream in = Files.newInputStream(file)) {
      wb = new XSSFWorkbook(in);
    }
    assertEquals("≥30.00(次)", cell(wb, Ind.TARGET, 1).getStringCellValue());
    assertTrue(cell(wb, Ind.TARGET, 1).getCellStyle().getLocked(), "declared targets are locked");
    cell(wb, Ind.TARGET, 1).setCellValue("≥20次");
    try (OutputStream out = Files.newOutputStream(file)) {
      wb.write(out);
    }
    wb.close();
    var layouts = TemplateLearner.loadAll(Path.of("templates"));
    Checker checker =
        new Checker(
            layouts,
            ScoringProfile.defaults(),
            Checker.declarations(layouts, List.of(Path.of("test-workbooks/declaration"))));
    FormResult r = checker.process(file, tmp.resolve("checked.xlsx")).forms().get(0);
    List<String> changed =
        r.findings().stream()
            .filter(f -> f.code() == FindingCode.TARGET_CHANGED)
            .map(f -> f.cell().a1() + " " + f.message())
            .toList();
    assertEquals(
        List.of("E14 年度指标值与申报表不一致：申报为“≥30.00(次)”，自评表填写“≥20次”。绩效目标不得事后修改，请按申报的指标值填写。"), changed);
  }

  /** What a clerk cannot type over or unhide, and what the form shows beside the official one. */
  @Test
  void totalsAndHelpersAreGuardedAndTheRuleScoreIsShown(@TempDir Path tmp) throws Exception {
    Path file = generate(tmp.resolve("gen"));
    try (InputStream in = Files.newInputStream(file);
        XSSFWorkbook wb = new XSSFWorkbook(in)) {
      XSSFSheet s = wb.getSheet("自评表");
      for (String key :
          List.of(
              SelfEvaluation.BUDGET_INITIAL,
              SelfEvaluation.BUDGET_ANNUAL,
              SelfEvaluation.BUDGET_SPENT)) {
        assertTrue(
            cell(wb, key, 0).getCellStyle().getLocked(),
            key + " (a total of its sources) is locked");
        assertEquals(CellType.FORMULA, cell(wb, key, 0).getCellType(), key);
      }
      assertTrue(
          !cell(wb, Funds.key(Funds.FISCAL, Funds.ANNUAL), 0).getCellStyle().getLocked(),
          "the sources are typed");
      assertTrue(
          s.isColumnHidden(11) && s.isColumnHidden(11 + LiveChecks.Col.values().length - 1),
          "the live checks' columns");
      assertTrue(
          s.getCTWorksheet().getSheetProtection().getFormatColumns(),
          "columns cannot be unhidden while protected");
      int head = cell(wb, Ind.SCORE, 0).getRowIndex() - 1;
      assertEquals(
          ClerkView.RULE_HEAD,
          s.getRow(head).getCell(9).getStringCellValue(),
          "参考得分 right of the table");
      int total = cell(wb, SelfEvaluation.TOTAL_SCORE, 0).getRowIndex();
      assertEquals(ClerkView.TOTAL_LABEL, s.getRow(total).getCell(0).getStringCellValue());
      assertEquals(ClerkView.COMPUTED_LABEL, s.getRow(total).getCell(8).getStringCellValue());
      assertTrue(
          s.getRow(total)
              .getCell(9)
              .getCellFormula()
              .startsWith("IF(OR(NOT(ISNUMBER(H6)),COUNTIF("),
          "核定总分: none while a row cannot be scored");
      assertTrue(
          s.getRow(cell(wb, SelfEvaluation.GOAL_EXPECTED, 0).getRowIndex()).getHeightInPoints()
              >= 60,
          "the goal row holds its text");
      long scoreRules =
          s.getDataValidations().stream()
              .filter(
                  v ->
                      v.getRegions().getCellRangeAddress(0).getFirstColumn() == 7
                          && v.getValidationConstraint().getFormula1() != null
                          && v.getValidationConstraint().getFormula1().contains("$H13<=$G13"))
              .count();
      assertEquals(1, scoreRules, "0 ≤ 得分 ≤ 分值");
    }
  }
}
