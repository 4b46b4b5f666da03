package org.perfsheet.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfsheet.layout.Layout;
import org.perfsheet.layout.MonitoringMapping;
import org.perfsheet.model.FindingCode;
import org.perfsheet.model.FormResult;
import org.perfsheet.model.MonitoringForm;
import org.perfsheet.scoring.ScoringProfile;
import org.perfsheet.workbook.FormFinder;
import org.perfsheet.workbook.TemplateLearner;
import org.perfsheet.workbook.WorkbookOpener;

/**
 * The monitoring forms of other systems in {@code test-workbooks/foreign/}
 * (test-workbooks/README.md): the 天津 预算管理一体化 form, whose execution is measured against its 调整后预算数,
 * and the one-column 完成目标可能性 form, whose 偏差原因分析 is text and whose 无偏差 explains nothing. Exactly the
 * findings of their {@code .expected.md}, and the mechanisms behind them, each able to fail on its
 * own.
 */
class ForeignMonitoringTest {

  static final Path TIANJIN = Path.of("test-workbooks/foreign/2023-天津河西区司法局-人民调解工作经费-执行监控表.xlsx");
  static final Path INTEGRATED =
      Path.of("test-workbooks/foreign/2024-预算管理一体化-农村污水设施运维-绩效运行监控表.xlsx");

  static List<Layout> layouts;

  @BeforeAll
  static void learn() throws Exception {
    layouts = TemplateLearner.loadAll(Path.of("templates"));
  }

  private static MonitoringForm read(Path file) throws Exception {
    try (WorkbookOpener.Opened o = WorkbookOpener.open(file)) {
      return MonitoringMapping.map(new FormFinder(layouts).find(o.workbook()).get(0));
    }
  }

  private static FormResult check(List<Layout> with, Path file, Path out) throws Exception {
    List<FormResult> forms =
        new Checker(with, ScoringProfile.defaults()).process(file, out).forms();
    assertEquals(1, forms.size(), file.toString());
    return forms.get(0);
  }

  private static List<String> findings(FormResult f) {
    return f.findings().stream().map(x -> x.cell().a1() + " " + x.code()).toList();
  }

  @Test
  void theTianjinFormIsMeasuredAgainstItsAdjustedBudget(@TempDir Path tmp) throws Exception {
    MonitoringForm m = read(TIANJIN);
    assertEquals("monitoring-tianjin", m.template());
    assertEquals("I6=96", String.valueOf(m.total().adjusted()));
    assertEquals("M6=0.55", String.valueOf(m.total().rate()));
    assertTrue(m.fundsComplete());
    FormResult f = check(layouts, TIANJIN, tmp.resolve("out.xlsx"));
    assertEquals(
        List.of(
            "F13 PROGRESS_LOW",
            "F14 PROGRESS_LOW",
            "H14 CAUSE_MISSING",
            "N14 POSSIBILITY_DOUBTFUL"),
        findings(f));
    assertEquals(0.55, f.budgetRate().computed(), 1e-9, "52.80 ÷ 调整后预算数 96");
    assertEquals(94.2857, f.lights().funds().progress(), 1e-9, "55 % ÷ 7/12");
  }

  @Test
  void aRateAgainstEitherBudgetIsAcceptedAndAnotherIsNot(@TempDir Path tmp) throws Exception {
    Path byInitial = edit(TIANJIN, tmp.resolve("initial.xlsx"), "M6", 0.66); // 52.80 ÷ 80
    assertFalse(
        findings(check(layouts, byInitial, tmp.resolve("o1.xlsx")))
            .contains("M6 BUDGET_RATE_MISMATCH"));
    Path wrong = edit(TIANJIN, tmp.resolve("wrong.xlsx"), "M6", 0.60);
    assertTrue(
        findings(check(layouts, wrong, tmp.resolve("o2.xlsx")))
            .contains("M6 BUDGET_RATE_MISMATCH"));
    Path above = edit(TIANJIN, tmp.resolve("above.xlsx"), "O6", 100.0); // above 调整后预算数 96
    assertTrue(
        findings(check(layouts, above, tmp.resolve("o3.xlsx"))).contains("O6 FORECAST_INVALID"));
  }

  /**
   * Read with the central template only, 财政资金 is a line it does not know: the total is not held to
   * the sum of the lines it read (其他资金 alone), which would be three false FUNDS_MISMATCH.
   */
  @Test
  void aFundsLineNotReadMeansNoFundsSum(@TempDir Path tmp) throws Exception {
    List<Layout> central = layouts.stream().filter(l -> l.id().equals("monitoring")).toList();
    FormResult f = check(central, TIANJIN, tmp.resolve("out.xlsx"));
    assertEquals("monitoring", f.template());
    assertFalse(
        f.findings().stream().anyMatch(x -> x.code() == FindingCode.FUNDS_MISMATCH),
        findings(f).toString());
    Path unbalanced = edit(TIANJIN, tmp.resolve("unbalanced.xlsx"), "G7", 70.0);
    assertTrue(
        findings(check(layouts, unbalanced, tmp.resolve("o.xlsx"))).contains("G6 FUNDS_MISMATCH"),
        "with the 天津 template every line is read, so the sum is checked");
  }

  @Test
  void theOneColumnPossibilityFormIsReadAsWords(@TempDir Path tmp) throws Exception {
    MonitoringForm m = read(INTEGRATED);
    assertEquals("monitoring-integrated", m.template());
    assertEquals("I10=\"确定能\"", String.valueOf(m.indicators().get(0).possibility()));
    assertEquals(
        "G13=\"5座设施提升泵故障停运，已申请维修资金，预计9月底前修复。\"", String.valueOf(m.indicators().get(3).reason()));
    assertEquals(
        List.of(
            "E13 PROGRESS_LOW",
            "I16 POSSIBILITY_INVALID",
            "E17 PROGRESS_LOW",
            "G17 CAUSE_MISSING",
            "I17 POSSIBILITY_DOUBTFUL"),
        findings(check(layouts, INTEGRATED, tmp.resolve("out.xlsx"))));
  }

  @Test
  void aWordThatIsNoPossibilityOrNoReasonIsFound(@TempDir Path tmp) throws Exception {
    Path odd = edit(INTEGRATED, tmp.resolve("odd.xlsx"), "I11", "待定");
    assertTrue(
        findings(check(layouts, odd, tmp.resolve("o1.xlsx"))).contains("I11 POSSIBILITY_INVALID"));
    Path impossible = edit(INTEGRATED, tmp.resolve("impossible.xlsx"), "I12", "完全不可能");
    assertTrue(
        findings(check(layouts, impossible, tmp.resolve("o2.xlsx"))).contains("G12 CAUSE_MISSING"),
        "完全不可能 with 无偏差 as its reason");
    Path explained = edit(INTEGRATED, tmp.resolve("explained.xlsx"), "G17", "检测机构招标延期，下半年每季度公开一次。");
    List<String> after = findings(check(layouts, explained, tmp.resolve("o3.xlsx")));
    assertFalse(after.contains("G17 CAUSE_MISSING"), after.toString());
    assertTrue(after.contains("E17 PROGRESS_LOW"), after.toString());
  }

  /**
   * The system's own header, `1-X月执行数`, left as it is in an export: the month is unknown, so no
   * light that needs it; the form is told so once (on the findings sheet, never on the header or
   * the title), and the columns it cannot place are skipped, not faulted.
   */
  @Test
  void anUnreplacedMonthIsSaidOnceAndNothingIsGuessed(@TempDir Path tmp) throws Exception {
    Path x = edit(TIANJIN, tmp.resolve("x1.xlsx"), "K5", "1-X月执行数");
    x = edit(x, tmp.resolve("x2.xlsx"), "M5", "1-X月执行率%");
    x = edit(x, tmp.resolve("x3.xlsx"), "F10", "1-X月执行数");
    FormResult f = check(layouts, x, tmp.resolve("out.xlsx"));
    assertEquals(List.of("A1 MONTH_UNKNOWN", "A1 FIELD_NOT_FOUND"), findings(f));
    assertTrue(f.findings().stream().allMatch(y -> y.code().onForm()), findings(f).toString());
    // A monitoring form has no total or grade: the gap leaves its rate and lights unsettled.
    String gap = f.findings().get(1).message();
    assertTrue(gap.contains("，执行率和预警灯无法全部核定。"), gap);
    assertFalse(gap.contains("总分"), gap);
    assertEquals(null, f.lights().funds());
    assertTrue(f.lights().indicators().isEmpty());
  }

  /** The sample with one cell changed, written to {@code out}. */
  private static Path edit(Path in, Path out, String cell, Object value) throws Exception {
    try (InputStream s = Files.newInputStream(in);
        Workbook wb = WorkbookFactory.create(s)) {
      CellReference ref = new CellReference(cell);
      var c = wb.getSheetAt(0).getRow(ref.getRow()).getCell(ref.getCol());
      if (value instanceof Double d) {
        c.setCellValue(d);
      } else {
        c.setCellValue((String) value);
      }
      try (OutputStream o = Files.newOutputStream(out)) {
        wb.write(o);
      }
    }
    return out;
  }
}
