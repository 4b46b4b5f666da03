package org.perfsheet.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.perfsheet.layout.Layout;
import org.perfsheet.model.FormResult;
import org.perfsheet.report.WorkbookReport;
import org.perfsheet.scoring.ScoringProfile;
import org.perfsheet.workbook.TemplateLearner;

/**
 * An amount typed with its own unit word in another unit than the form's (43.2万元 on a form in 元,
 * 5700000元 on one in 万元) is read in the form's unit on every form kind: no FUNDS_MISMATCH or
 * BUDGET_RATE_MISMATCH for a form whose figures are right, and the finding still there when they
 * are wrong.
 */
class AmountsInTheirOwnUnitTest {

  static final Path SELF_EVALUATION =
      Path.of("test-workbooks/self-evaluation/2021-上海市司法局-项目自评表.xlsx");
  static final String SELF_EVALUATION_SHEET = "12348公共法律服务"; // 项目资金（元）
  static final Path MONITORING = Path.of("test-workbooks/monitoring/2024-法律援助费-执行监控表-1-6月.xlsx");

  static List<Layout> layouts;

  @BeforeAll
  static void learn() throws IOException {
    layouts = TemplateLearner.loadAll(Path.of("templates"));
  }

  /** The file with these cells set to these texts (as a person types them, not numbers). */
  private static Path typed(
      Path file, String sheet, Map<String, String> cells, Path dir, String name)
      throws IOException {
    Path out = dir.resolve(name + ".xlsx");
    try (InputStream in = Files.newInputStream(file);
        Workbook wb = WorkbookFactory.create(in);
        OutputStream o = Files.newOutputStream(out)) {
      Sheet s = sheet == null ? wb.getSheetAt(0) : wb.getSheet(sheet);
      cells.forEach(
          (a1, text) -> {
            CellReference r = new CellReference(a1);
            var row = s.getRow(r.getRow()) == null ? s.createRow(r.getRow()) : s.getRow(r.getRow());
            Cell c =
                row.getCell(r.getCol()) == null
                    ? row.createCell(r.getCol())
                    : row.getCell(r.getCol());
            c.setCellValue(text);
          });
      wb.write(o);
    }
    return out;
  }

  private static FormResult form(Path file, String sheet, Path dir) throws IOException {
    WorkbookReport r =
        new Checker(layouts, ScoringProfile.defaults())
            .process(file, dir.resolve(file.getFileName() + ".out.xlsx"));
    return r.forms().stream()
        .filter(f -> sheet == null || f.sheet().equals(sheet))
        .findFirst()
        .orElseThrow(() -> new AssertionError(file + ": " + r));
  }

  private static List<String> findings(FormResult f) {
    return f.findings().stream()
        .map(x -> x.cell().a1() + " " + x.severity() + " " + x.code())
        .sorted()
        .toList();
  }

  @Test
  void aSelfEvaluationIn元WithItsAmountsTypedIn万元GetsTheFindingsOfTheOriginal(@TempDir Path dir)
      throws IOException {
    FormResult original = form(SELF_EVALUATION, SELF_EVALUATION_SHEET, dir);
    // 15,371,720 元 = 1537.172万元; 14,753,068.9 元 = 1475.30689万元; 年度资金总额's budgets left as
    // the numbers they are
    Path wan =
        typed(
            SELF_EVALUATION,
            SELF_EVALUATION_SHEET,
            Map.of(
                "E6", "1475.30689万元",
                "C7", "1537.172万",
                "D7", "1537.172万元",
                "E7", "1475.30689万元(含政府采购)"),
            dir,
            "wan");
    FormResult f = form(wan, SELF_EVALUATION_SHEET, dir);
    assertEquals(findings(original), findings(f));
    assertEquals(original.budget(), f.budget(), 1e-6);
    assertEquals(original.spent(), f.spent(), 1e-6);
    assertEquals(original.total(), f.total());
    assertTrue(
        findings(f).stream().noneMatch(s -> s.contains("FUNDS_MISMATCH")), findings(f)::toString);
    assertTrue(
        findings(f).stream().noneMatch(s -> s.contains("BUDGET_RATE_MISMATCH")),
        findings(f)::toString);
  }

  @Test
  void aSelfEvaluationIn元WhoseAmountsIn万元AreWrongStillGetsItsFindings(@TempDir Path dir)
      throws IOException {
    // The fiscal line short by 100万元: the lines no longer add up to the total.
    Path shortLine =
        typed(
            SELF_EVALUATION,
            SELF_EVALUATION_SHEET,
            Map.of("D6", "1537.172万元", "D7", "1437.172万元"),
            dir,
            "short");
    assertTrue(
        findings(form(shortLine, SELF_EVALUATION_SHEET, dir)).contains("D6 ERROR FUNDS_MISMATCH"),
        () -> findingsOf(shortLine, dir));
    // 全年执行数 typed as 1000万元 of a 1537.172万元 budget, the rate left at 95.98%: 65.05%, not 95.98%.
    Path lowSpent =
        typed(
            SELF_EVALUATION,
            SELF_EVALUATION_SHEET,
            Map.of("E6", "1000万元", "E7", "1000万元"),
            dir,
            "spent");
    assertTrue(
        findings(form(lowSpent, SELF_EVALUATION_SHEET, dir))
            .contains("G6 ERROR BUDGET_RATE_MISMATCH"),
        () -> findingsOf(lowSpent, dir));
  }

  private static String findingsOf(Path file, Path dir) {
    try {
      return findings(form(file, SELF_EVALUATION_SHEET, dir)).toString();
    } catch (IOException e) {
      return e.toString();
    }
  }

  @Test
  void aMonitoringFormIn万元WithItsAmountsTypedIn元GetsTheFindingsOfTheOriginal(@TempDir Path dir)
      throws IOException {
    FormResult original = form(MONITORING, null, dir);
    Path yuan =
        typed(
            MONITORING,
            null,
            Map.of(
                "K6", "3,000,000元",
                "P6", "5600000元",
                "K7", "3000000元",
                "P7", "5600000元"),
            dir,
            "yuan");
    FormResult f = form(yuan, null, dir);
    assertEquals(findings(original), findings(f));
    assertEquals(original.budget(), f.budget(), 1e-6);
    assertEquals(original.spent(), f.spent(), 1e-6);
    assertEquals(original.lights(), f.lights());
  }

  @Test
  void aMonitoringFormIn万元WhoseAmountsIn元AreWrongStillGetsItsFindings(@TempDir Path dir)
      throws IOException {
    // 财政拨款 spent 2,000,000 元 = 200万元 under a total of 300万元: the lines do not add up.
    Path wrong = typed(MONITORING, null, Map.of("K6", "3000000元", "K7", "2000000元"), dir, "wrong");
    List<String> found = findings(form(wrong, null, dir));
    assertTrue(found.stream().anyMatch(s -> s.endsWith("FUNDS_MISMATCH")), found::toString);
  }

  static final Path DEPARTMENT = Path.of("test-workbooks/department/2020-硚口区司法局-整体绩效自评表.xlsx");

  @Test
  void aDepartmentFormIn万元WithItsSpendingTypedIn元IsReadInItsUnit(@TempDir Path dir)
      throws IOException {
    FormResult original = form(DEPARTMENT, null, dir);
    // 预算执行情况（万元）: 执行数 3532.28 typed as 35322800元, 执行率 100% and 得分 20 as printed.
    Path yuan = typed(DEPARTMENT, null, Map.of("D6", "35322800元"), dir, "yuan");
    FormResult f = form(yuan, null, dir);
    assertEquals(findings(original), findings(f));
    assertEquals(original.spent(), f.spent(), 1e-6);
    // 30,000,000 元 is 3000 万元 of 3532.28: 84.93%, not the 100% stated.
    Path less = typed(DEPARTMENT, null, Map.of("D6", "30000000元"), dir, "less");
    List<String> found = findings(form(less, null, dir));
    assertTrue(found.contains("E6 ERROR BUDGET_RATE_MISMATCH"), found::toString);
  }

  /**
   * 其他资金 printed as 社会捐赠资金 (a wording no template knows), with an amount typed as text: with its
   * unit (10万元 of the 1537.172万元) or in the form's own unit with thousands separators (what a copy
   * from a web page or a PDF leaves). Either way it is an amount: the lines read do not hold the
   * whole total, so the sum is not checked.
   */
  @ParameterizedTest
  @ValueSource(strings = {"10万元", "100,000.00"})
  void aLineTheLayoutDoesNotKnowWithAnAmountTypedAsTextKeepsTheBalanceUnchecked(
      String typedAmount, @TempDir Path dir) throws IOException {
    Path unknown =
        typed(
            SELF_EVALUATION,
            SELF_EVALUATION_SHEET,
            Map.of("B9", "社会捐赠资金", "D7", "1527.172万元", "D9", typedAmount),
            dir,
            "unknown-line");
    List<String> found = findings(form(unknown, SELF_EVALUATION_SHEET, dir));
    assertTrue(found.stream().noneMatch(s -> s.contains("FUNDS_MISMATCH")), found::toString);
  }

  @Test
  void aFormWhoseUnitCannotBeToldIsNotCheckedOnItsAmountsAndSaysWhy(@TempDir Path dir)
      throws IOException {
    // No label states the unit (项目资金 without （元）), one amount in 万元, one in 元, the rest bare:
    // the bare ones could be either, so nothing is judged on the amounts.
    Path unclear =
        typed(
            SELF_EVALUATION,
            SELF_EVALUATION_SHEET,
            Map.of("A5", "项目资金", "D6", "1537.172万元", "D7", "15371720元", "E6", "100"),
            dir,
            "unclear");
    FormResult f = form(unclear, SELF_EVALUATION_SHEET, dir);
    List<String> found = findings(f);
    assertTrue(
        found.stream()
            .noneMatch(
                s ->
                    s.contains("FUNDS_MISMATCH")
                        || s.contains("BUDGET_RATE_MISMATCH")
                        || s.contains("BUDGET_SCORE_MISMATCH")),
        found::toString);
    assertTrue(
        f.findings().stream()
            .anyMatch(x -> x.message().contains("未能确定金额单位") && x.message().contains("D6、D7")),
        () -> f.findings().toString());
  }
}
