package org.perfsheet.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.perfsheet.model.Review;
import org.perfsheet.model.ReviewSettings;
import org.perfsheet.report.TextReport;
import org.perfsheet.report.WorkbookReport;
import org.perfsheet.rules.DeclaredTargets;
import org.perfsheet.scoring.ScoringProfile;
import org.perfsheet.workbook.TemplateLearner;

/**
 * The returned workbook as a clerk reads it: Chinese only where the submitter looks, a verdict, the
 * date, the round and the reviewer, errors first, and on a resubmission what was fixed.
 */
class ReviewRecordTest {

  static final Path SAMPLE = Path.of("test-workbooks/self-evaluation/2021-问题样例-项目自评表.xlsx");
  static final ReviewSettings SETTINGS =
      ReviewSettings.defaults()
          .withReviewer("王会计", "上海市普陀区财政局")
          .withClock(
              Clock.fixed(Instant.parse("2026-11-28T06:30:00Z"), ZoneId.of("Asia/Shanghai")));
  static Checker checker;

  @BeforeAll
  static void setUp() throws Exception {
    checker =
        new Checker(
            TemplateLearner.loadAll(Path.of("templates")),
            ScoringProfile.defaults(),
            new DeclaredTargets(),
            SETTINGS);
  }

  static List<Path> samples() throws Exception {
    return GoldenTest.samples().toList();
  }

  /**
   * Latin words a submitter would see: anything but a file name (x.xlsx), a cell address (H20) or
   * an error value Excel itself shows in the cell (#REF!).
   */
  private static final Pattern LATIN = Pattern.compile("[A-Za-z][A-Za-z_]+");

  private static final Pattern ALLOWED =
      Pattern.compile("[^\\s：；，]+\\.(xlsx|xls|xlsm)|#(REF!|VALUE!|NAME\\?|N/A|DIV/0!|NUM!|NULL!)");

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void noEnglishOnAnyVisibleCellOrComment(Path input, @TempDir Path tmp) throws Exception {
    Path out = tmp.resolve(input.getFileName().toString());
    WorkbookReport r = checker.process(input, out);
    if (r.output() == null) {
      return; // rejected: nothing returned
    }
    List<String> english = new ArrayList<>();
    DataFormatter f = new DataFormatter();
    try (InputStream in = Files.newInputStream(out);
        Workbook wb = WorkbookFactory.create(in)) {
      Sheet findings = wb.getSheetAt(0);
      assertEquals("审核意见", findings.getSheetName());
      for (Row row : findings) {
        for (Cell c : row) {
          if (!findings.isColumnHidden(c.getColumnIndex())) {
            latin(f.formatCellValue(c), findings.getSheetName() + "!" + c.getAddress(), english);
          }
        }
      }
      for (int i = 1; i < wb.getNumberOfSheets(); i++) {
        for (Row row : wb.getSheetAt(i)) {
          for (Cell c : row) {
            Comment comment = c.getCellComment();
            if (comment != null && SETTINGS.reviewer().equals(comment.getAuthor())) {
              latin(comment.getString().getString(), "comment " + c.getAddress(), english);
            }
          }
        }
      }
    }
    assertEquals(List.of(), english, "English a submitter would see");
  }

  private static void latin(String text, String where, List<String> out) {
    String rest = ALLOWED.matcher(text).replaceAll("");
    rest = rest.replaceAll("\\b[A-Z]{1,3}\\d+\\b", ""); // cell addresses
    Matcher m = LATIN.matcher(rest);
    while (m.find()) {
      out.add(where + ": " + m.group() + " in “" + text + "”");
    }
  }

  @Test
  void theRecordNamesVerdictTimeRoundReviewerAndBody(@TempDir Path tmp) throws Exception {
    Path once = tmp.resolve("once.xlsx");
    WorkbookReport r = checker.process(SAMPLE, once);
    assertEquals(Review.Verdict.RETURNED, r.review().verdict());
    List<String> record = read(once, wb -> column(wb.getSheetAt(0), 0, 2, 9));
    assertEquals(
        List.of(
            "上海市普陀区财政局《财政项目支出绩效自评表》审核意见",
            "审核结论=退回修改：有 15 项错误，请修改后重新提交",
            "审核时间=2026-11-28 14:30",
            "审核轮次=第 1 次审核",
            "审核人=王会计",
            "审核单位=上海市普陀区财政局",
            "审核文件=2021-问题样例-项目自评表.xlsx",
            "审核依据=表式模板 self-evaluation.xlsx；评分口径 默认（财预〔2020〕10号）",
            "与上次相比=首次审核"),
        record);
    String author =
        read(
            once,
            wb -> wb.getSheet("12348公共法律服务").getRow(19).getCell(7).getCellComment().getAuthor());
    assertEquals("王会计", author, "the reviewer writes the comments");
  }

  @Test
  void errorsComeFirstThenWarningsThenNotes(@TempDir Path tmp) throws Exception {
    Path once = tmp.resolve("once.xlsx");
    checker.process(SAMPLE, once);
    List<String> levels =
        read(
            once,
            wb -> {
              List<String> l = new ArrayList<>();
              boolean table = false;
              for (Row row : wb.getSheetAt(0)) {
                String v = row.getCell(4) == null ? "" : row.getCell(4).toString();
                if (table) {
                  l.add(v);
                }
                table |= v.equals("级别");
              }
              return l;
            });
    List<String> sorted = new ArrayList<>(levels);
    sorted.sort(Comparator.comparingInt(List.of("错误", "警告", "提示")::indexOf));
    assertEquals(sorted, levels);
    assertEquals(List.of("错误", "警告", "提示"), levels.stream().distinct().toList());
  }

  @Test
  void aResubmissionSaysWhatWasFixedAndWhatIsNew(@TempDir Path tmp) throws Exception {
    Path once = tmp.resolve("once.xlsx");
    checker.process(SAMPLE, once);
    Path edited = tmp.resolve("edited.xlsx");
    try (InputStream in = Files.newInputStream(once);
        Workbook wb = WorkbookFactory.create(in)) {
      Sheet s = wb.getSheet("12348公共法律服务");
      s.getRow(19).getCell(7).setCellValue(3); // H20: 4 → 3, as the rule says
      s.getRow(19).getCell(8).setCellValue("受疫情影响，案例征集推迟。"); // I20: the explanation
      try (OutputStream out = Files.newOutputStream(edited)) {
        wb.write(out);
      }
    }
    Path twice = tmp.resolve("twice.xlsx");
    WorkbookReport r = checker.process(edited, twice);
    assertEquals(2, r.review().round());
    String changes = read(twice, wb -> column(wb.getSheetAt(0), 0, 2, 9).get(8));
    assertEquals(
        "与上次相比=上次错误 15 项、警告 10 项，本次错误 13 项、警告 10 项；已修正 2 处：12348公共法律服务!H20、" + "12348公共法律服务!I20",
        changes);
    assertTrue(read(twice, wb -> column(wb.getSheetAt(0), 0, 2, 9)).contains("审核轮次=第 2 次审核"));
    String text = TextReport.render(r, "自评表.xlsx");
    assertTrue(text.contains("审核轮次：第 2 次审核\r\n") && text.contains("已修正 2 处"), text);
  }

  @Test
  void theTextNoteOpensInOldNotepad(@TempDir Path tmp) throws Exception {
    WorkbookReport r = checker.process(SAMPLE, tmp.resolve("once.xlsx"));
    String text = TextReport.render(r, "2021-问题样例-项目自评表.xlsx");
    assertTrue(text.startsWith("\uFEFF上海市普陀区财政局审核意见\r\n"), text);
    assertFalse(text.replace("\r\n", "").contains("\n"), "every line ends CRLF");
    assertTrue(
        text.contains("审核结论：退回修改")
            && text.contains("审核时间：2026-11-28 14:30")
            && text.contains("审核轮次：第 1 次审核"),
        text);
    assertFalse(
        Pattern.compile("[A-Z]{2,}_[A-Z]").matcher(text).find(), "no finding codes: " + text);
    assertTrue(text.indexOf("  错误：") < text.indexOf("  警告："), "errors first");
  }

  @Test
  void warningsAlonePass(@TempDir Path tmp) throws Exception {
    WorkbookReport r =
        checker.process(
            Path.of("test-workbooks/declaration/2022-上海市司法局-绩效目标申报表.xlsx"), tmp.resolve("ok.xlsx"));
    assertFalse(r.hasErrors(), "the sample has no errors");
    assertEquals(Review.Verdict.PASSED, r.review().verdict());
    assertEquals(
        "审核结论=通过（有 6 项警告，请逐项核实）",
        read(tmp.resolve("ok.xlsx"), wb -> column(wb.getSheetAt(0), 0, 2, 3)).get(1));
  }

  @Test
  void anXlsFindingsSheetHasItsRowHeightsAndAChineseFont(@TempDir Path tmp) throws Exception {
    Path out = tmp.resolve("x.xls");
    checker.process(Path.of("test-workbooks/self-evaluation/2021-司法行政其他业务支出-万元.xls"), out);
    read(
        out,
        wb -> {
          Sheet s = wb.getSheetAt(0);
          for (Row row : s) {
            if (row.getCell(0) == null || row.getCell(0).toString().isEmpty()) {
              continue;
            }
            assertTrue(
                row.getHeight() != s.getDefaultRowHeight() || row.getZeroHeight(),
                "row " + (row.getRowNum() + 1));
            assertEquals(
                "宋体",
                wb.getFontAt(row.getCell(0).getCellStyle().getFontIndex()).getFontName(),
                "row " + (row.getRowNum() + 1));
          }
          assertTrue(s.isColumnHidden(6), "codes hidden");
          assertTrue(s.getPrintSetup().getLandscape() && s.getFitToPage());
          return null;
        });
  }

  interface Read<T> {
    T apply(Workbook wb) throws Exception;
  }

  static <T> T read(Path file, Read<T> read) throws Exception {
    try (InputStream in = Files.newInputStream(file);
        Workbook wb = WorkbookFactory.create(in)) {
      return read.apply(wb);
    }
  }

  /**
   * Rows {@code 0..rows-1}: the text of column {@code label}, "=" and the text of column {@code
   * value} when there is one.
   */
  static List<String> column(Sheet s, int label, int value, int rows) {
    List<String> out = new ArrayList<>();
    for (int r = 0; r < rows; r++) {
      Row row = s.getRow(r);
      String a = row.getCell(label).toString();
      String b = row.getCell(value) == null ? "" : row.getCell(value).toString();
      out.add(b.isEmpty() ? a : a + "=" + b);
    }
    return out;
  }
}
