package org.perfsheet.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.formula.ConditionalFormattingEvaluator;
import org.apache.poi.ss.formula.EvaluationConditionalFormatRule;
import org.apache.poi.ss.formula.WorkbookEvaluatorProvider;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFConditionalFormattingRule;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfsheet.check.Checker;
import org.perfsheet.layout.FieldKeys.Funds;
import org.perfsheet.layout.FieldKeys.Ind;
import org.perfsheet.layout.FieldKeys.Monitoring;
import org.perfsheet.model.FormResult;
import org.perfsheet.model.Light;
import org.perfsheet.model.LightMark;
import org.perfsheet.scoring.ScoringProfile;
import org.perfsheet.workbook.TemplateLearner;

/**
 * Monitoring forms generated from the sample declarations: targets carried over and locked, and,
 * filled in every way a clerk writes an actual, their live 执行率 and the lights their conditional
 * formats show agree with {@code check} cell by cell (in POI's evaluator).
 */
class MonitoringGeneratorTest {

  static Path generate(Path out, String... extra) {
    FromSampleDeclarations.generate("monitoring", out, extra);
    return out.resolve("2024-上海市普陀区司法局-安置帮教和社区矫正-执行监控表.xlsx");
  }

  // 安置帮教和社区矫正 (seed 003), its 15 declared targets in order; actuals written as clerks do.
  static final List<Object> ACTUALS =
      List.of(
          "1次",
          1.0,
          "0次",
          "2次",
          "0",
          3.0,
          "一般",
          1.0,
          "低于全市平均水平",
          "部分达成",
          "1.5%",
          "未完成",
          "达成",
          "完善",
          "25次");

  static void fill(Path file, double spent, List<Object> actuals) throws Exception {
    XSSFWorkbook wb;
    try (InputStream in = Files.newInputStream(file)) {
      wb = new XSSFWorkbook(in);
    }
    SelfEvaluationGeneratorTest.cell(wb, Funds.key(Funds.FISCAL, Funds.SPENT), 0)
        .setCellValue(spent);
    for (int i = 0; i < actuals.size(); i++) {
      Cell c = SelfEvaluationGeneratorTest.cell(wb, Ind.ACTUAL, i);
      if (actuals.get(i) instanceof Double d) {
        c.setCellValue(d);
      } else {
        c.setCellValue((String) actuals.get(i));
      }
    }
    // The cells check reads (the funds totals and rates); the lights' helpers are Excel's own
    // business.
    XSSFFormulaEvaluator e = wb.getCreationHelper().createFormulaEvaluator();
    for (String key :
        List.of(
            Funds.key(Monitoring.TOTAL, Funds.INITIAL),
            Funds.key(Monitoring.TOTAL, Funds.SPENT),
            Funds.key(Monitoring.TOTAL, Funds.FORECAST),
            Funds.key(Monitoring.TOTAL, Funds.RATE),
            Funds.key(Funds.FISCAL, Funds.RATE))) {
      e.evaluateFormulaCell(SelfEvaluationGeneratorTest.cell(wb, key, 0));
    }
    try (OutputStream out = Files.newOutputStream(file)) {
      wb.write(out);
    }
    wb.close();
  }

  /**
   * One form only, straight from its declaration: generating all six would cost the suite seconds.
   */
  static Path generateOne(Path dir) throws Exception {
    var layouts = TemplateLearner.loadAll(Path.of("templates"));
    var d =
        Checker.declarationForms(
                layouts, List.of(Path.of("test-workbooks/declaration/2024-普陀区司法局-绩效目标申报表.xlsx")))
            .stream()
            .filter(x -> x.project().name().text().equals("安置帮教和社区矫正"))
            .findFirst()
            .orElseThrow();
    Files.createDirectories(dir);
    Path file = dir.resolve("安置帮教和社区矫正.xlsx");
    MonitoringGenerator.generate(
        d, Path.of("templates/monitoring.xlsx"), file, 7, ScoringProfile.defaults().monitoring());
    return file;
  }

  @Test
  void theLightsTheFormShowsAreTheLightsCheckComputes(@TempDir Path tmp) throws Exception {
    Path file = generateOne(tmp.resolve("gen"));
    fill(file, 300, ACTUALS);
    FormResult r =
        new Checker(TemplateLearner.loadAll(Path.of("templates")), ScoringProfile.defaults())
            .process(file, tmp.resolve("checked.xlsx"))
            .forms()
            .get(0);
    Map<String, Light> java = new TreeMap<>();
    r.lights().indicators().forEach(l -> java.put(l.cell().a1(), l.light()));
    try (InputStream in = Files.newInputStream(file);
        XSSFWorkbook wb = new XSSFWorkbook(in)) {
      ConditionalFormattingEvaluator cf =
          new ConditionalFormattingEvaluator(
              wb, (WorkbookEvaluatorProvider) wb.getCreationHelper().createFormulaEvaluator());
      Map<String, Light> excel = new TreeMap<>();
      for (int i = 0; i < 45; i++) {
        Cell c = SelfEvaluationGeneratorTest.cell(wb, Ind.ACTUAL, i);
        Light l = shown(cf, c);
        if (l != null) {
          excel.put(c.getAddress().formatAsString(), l);
        }
      }
      assertEquals(java, excel, "indicator lights: check vs the conditional formats");
      assertEquals(
          13,
          java.size(),
          "every actual lit but 一般 (a word against a count) and 25次 (a number against 提升): "
              + java);
      assertEquals(Light.BLUE, java.get("F13"), "1次 of =1次 by July");
      assertEquals(Light.YELLOW, java.get("F22"), "部分达成");
      assertEquals(Light.RED, java.get("F23"), "1.5% against <1.00(%)");

      Cell rate = SelfEvaluationGeneratorTest.cell(wb, Funds.key(Monitoring.TOTAL, Funds.RATE), 0);
      assertEquals(r.budgetRate().computed(), rate.getNumericCellValue(), 1e-12, "执行率 formula");
      LightMark funds = r.lights().funds();
      assertEquals(funds.light(), shown(cf, rate), "funds light on " + funds.cell());
      assertEquals(
          Light.YELLOW, funds.light(), "300 of 853.79 万元 by July: progress " + funds.progress());
    }
  }

  @Test
  void targetsAreCarriedOverAndLockedAndTicksAreDropDowns(@TempDir Path tmp) throws Exception {
    Path file = generate(tmp.resolve("gen"), "--month", "9");
    try (InputStream in = Files.newInputStream(file);
        XSSFWorkbook wb = new XSSFWorkbook(in)) {
      assertEquals(
          "=6.00(次)", SelfEvaluationGeneratorTest.cell(wb, Ind.TARGET, 3).getStringCellValue());
      assertTrue(
          SelfEvaluationGeneratorTest.cell(wb, Ind.TARGET, 3).getCellStyle().getLocked(),
          "declared targets locked");
      assertTrue(
          !SelfEvaluationGeneratorTest.cell(wb, Ind.ACTUAL, 3).getCellStyle().getLocked(),
          "actuals open");
      assertEquals(
          "1-9月执行数",
          SelfEvaluationGeneratorTest.cell(wb, Monitoring.MONTH, 0).getStringCellValue());
      assertEquals(
          853.7947,
          SelfEvaluationGeneratorTest.cell(wb, Funds.key(Funds.FISCAL, Funds.INITIAL), 0)
              .getNumericCellValue(),
          1e-9,
          "8,537,947 元 in 万元");
      long tickLists =
          wb.getSheetAt(0).getDataValidations().stream()
              .filter(
                  v ->
                      v.getValidationConstraint().getExplicitListValues() != null
                          && List.of(v.getValidationConstraint().getExplicitListValues())
                              .equals(List.of("✔")))
              .count();
      assertEquals(8, tickLists, "five causes and three possibilities");
      // Amounts are numbers, as on the self-evaluation: the total (SUM) and the 执行率 formulas
      // cannot read 300万, which check reads as 300 (in 万元).
      for (String key : Funds.keys(Funds.GENERATED, Funds.INITIAL, Funds.SPENT, Funds.FORECAST)) {
        Cell c = SelfEvaluationGeneratorTest.cell(wb, key, 0);
        assertTrue(
            wb.getSheetAt(0).getDataValidations().stream()
                .anyMatch(
                    v ->
                        v.getValidationConstraint().getValidationType()
                                == org.apache.poi.ss.usermodel.DataValidationConstraint
                                    .ValidationType.DECIMAL
                            && Arrays.stream(v.getRegions().getCellRangeAddresses())
                                .anyMatch(r -> r.isInRange(c.getRowIndex(), c.getColumnIndex()))),
            key + " accepts numbers only");
      }
      assertTrue(wb.getSheetAt(0).getProtect(), "sheet protected");
    }
  }

  /** The light a conditional format paints on the cell, by its colour; null when none applies. */
  static Light shown(ConditionalFormattingEvaluator cf, Cell c) {
    List<EvaluationConditionalFormatRule> rules =
        cf.getConditionalFormattingForCell(
            new CellReference(
                c.getSheet().getSheetName(), c.getRowIndex(), c.getColumnIndex(), false, false));
    if (rules.isEmpty()) {
      return null;
    }
    XSSFColor color =
        (XSSFColor)
            ((XSSFConditionalFormattingRule) rules.get(0).getRule())
                .getPatternFormatting()
                .getFillBackgroundColorColor();
    for (Map.Entry<Light, byte[]> e : MonitoringGenerator.COLOURS.entrySet()) {
      if (Arrays.equals(e.getValue(), color.getRGB())) {
        return e.getKey();
      }
    }
    throw new AssertionError("unknown colour on " + c.getAddress());
  }
}
