package org.perfsheet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfsheet.cli.CheckCommandTest.Run;
import org.perfsheet.report.RejectReason;
import org.perfsheet.report.WorkbookReport;

/** Mistakes on the command line: one line in Chinese and English, a pointer to --help, exit 2. */
class CliUsageTest {

  static final String CHECK_HELP = "用 perfsheet check --help 查看用法 / see perfsheet check --help\n";

  static Run run(String... args) {
    return CheckCommandTest.run(args);
  }

  static void assertUsage(String message, String help, Run r) {
    assertEquals(2, r.code(), r.out() + r.err());
    assertEquals(message + "\n" + help, r.err());
    assertEquals("", r.out());
  }

  @Test
  void aMissingRequiredOption() {
    assertUsage(
        "perfsheet check: 缺少必需的选项 --out / missing required option --out=DIR",
        CHECK_HELP,
        run("check", "test-workbooks"));
  }

  @Test
  void anUnknownOption(@TempDir Path tmp) {
    assertUsage(
        "perfsheet check: 未知的选项 --outt / unknown option --outt",
        CHECK_HELP,
        run("check", "test-workbooks", "--out", tmp.toString(), "--outt", "x"));
  }

  @Test
  void aMissingParameter(@TempDir Path tmp) {
    assertUsage(
        "perfsheet check: 缺少参数 PATH / missing parameter PATH",
        CHECK_HELP,
        run("check", "--out", tmp.toString()));
  }

  @Test
  void anOptionWithoutItsValue() {
    assertUsage(
        "perfsheet check: 选项 --out 后缺少值 DIR / option --out needs a value DIR",
        CHECK_HELP,
        run("check", "test-workbooks", "--out"));
  }

  @Test
  void aBadValue(@TempDir Path tmp) {
    assertUsage(
        "perfsheet check: 选项 --jobs=N 的值无效：abc / invalid value for option --jobs=N: abc",
        CHECK_HELP,
        run("check", "test-workbooks", "--out", tmp.toString(), "--jobs", "abc"));
  }

  @Test
  void anOptionGivenTwice(@TempDir Path tmp) {
    assertUsage(
        "perfsheet check: 选项 --out=DIR 只能给一次 / option --out=DIR may be given only once",
        CHECK_HELP,
        run("check", "test-workbooks", "--out", tmp.toString(), "--out", tmp.toString()));
  }

  @Test
  void anUnknownCommand() {
    assertUsage(
        "perfsheet: 多余的参数或未知的命令 chek / unexpected argument or unknown command chek",
        "用 perfsheet --help 查看用法 / see perfsheet --help\n",
        run("chek", "test-workbooks"));
  }

  @Test
  void noArgumentsPrintsTheHelpAndExitsTwo() {
    Run r = run();
    assertEquals(2, r.code());
    assertTrue(r.err().startsWith("Usage: perfsheet [-hV] [COMMAND]"), r.err());
    assertTrue(r.err().contains("check") && r.err().contains("watch"), r.err());
  }

  @Test
  void theHelpListsEveryCommandWhileACommandIsMadeAlone() {
    Run r = run("--help");
    assertEquals(0, r.code());
    int check = r.out().indexOf("  check");
    int template = r.out().indexOf("  template");
    int summary = r.out().indexOf("  summary");
    int watch = r.out().indexOf("  watch");
    assertTrue(0 < check && check < template && template < summary && summary < watch, r.out());
    var out = new PrintWriter(new StringWriter());
    assertEquals(
        List.of("check"),
        List.copyOf(
            PerfsheetCommand.commandLine("check", out, out, false).getSubcommands().keySet()));
    assertEquals(
        List.of("check", "template", "summary", "watch"),
        List.copyOf(
            PerfsheetCommand.commandLine("chek", out, out, false).getSubcommands().keySet()));
  }

  @Test
  void theOutputFolderMayNotBeAnInputFolder(@TempDir Path tmp) throws Exception {
    Path in = tmp.resolve("材料");
    Files.createDirectories(in);
    Files.copy(
        Path.of("test-workbooks/self-evaluation/2021-司法行政其他业务支出-万元.xls"), in.resolve("a.xls"));
    Run same = run("check", in.toString(), "--out", in.toString());
    assertEquals(2, same.code());
    assertEquals(
        "perfsheet check: 输出文件夹不能是输入文件夹 "
            + in
            + "，请用 --out 指定另一个文件夹 / the output folder is the input folder "
            + in
            + "; choose another --out folder\n",
        same.err());
    Path inside = in.resolve("审核结果");
    Run nested = run("check", in.toString(), "--out", inside.toString());
    assertEquals(2, nested.code());
    assertEquals(
        "perfsheet check: 输出文件夹 "
            + inside
            + " 在输入文件夹 "
            + in
            + " 之内，请用 --out 指定输入文件夹以外的文件夹"
            + " / the output folder "
            + inside
            + " is inside the input folder "
            + in
            + "; choose a folder outside it\n",
        nested.err());
    assertTrue(!Files.exists(inside), "nothing written");
  }

  @Test
  void theOutputMustBeAFolder(@TempDir Path tmp) throws Exception {
    Path file = Files.writeString(tmp.resolve("out.txt"), "x");
    Run r =
        run(
            "check",
            "test-workbooks/self-evaluation/2021-司法行政其他业务支出-万元.xls",
            "--out",
            file.toString());
    assertEquals(2, r.code());
    assertEquals(
        "perfsheet check: --out 须为文件夹，而 "
            + file
            + " 是一个文件 / --out must be a folder; "
            + file
            + " is a file\n",
        r.err());
    assertEquals("x", Files.readString(file), "the file is left alone");
  }

  @Test
  void aMissingInputIsAUsageMistakeAndNothingIsWritten(@TempDir Path tmp) {
    Path out = tmp.resolve("out");
    Run r =
        run("check", "test-workbooks/self-evaluation", "no-such-folder", "--out", out.toString());
    assertEquals(2, r.code());
    assertEquals(
        "perfsheet check: 找不到文件或文件夹：no-such-folder / no such file or folder: no-such-folder\n",
        r.err());
    assertTrue(!Files.exists(out));
  }

  @Test
  void aMissingProjectListIsNamed(@TempDir Path tmp) {
    Run r =
        run("template", "declaration", "--projects", "no-such-list.csv", "--out", tmp.toString());
    assertEquals(2, r.code());
    assertEquals(
        "perfsheet template: 找不到项目清单文件：no-such-list.csv / no such project list: no-such-list.csv\n",
        r.err());
  }

  @Test
  void progressIsOverwrittenInPlaceAndClearedAtTheEnd() {
    StringWriter err = new StringWriter();
    Progress p = new Progress(new PrintWriter(err), true, 300);
    p.step(119, "一个很长很长很长很长很长很长很长很长很长很长很长的项目自评表名称.xlsx");
    p.step(120, "b.xls");
    p.clear();
    // 19 Chinese characters (38 columns) and … fit the 40 columns a name may take.
    String first = "[119/300] 一个很长很长很长很长很长很长很长很长很…";
    assertEquals(10 + 38 + 1, Progress.columns(first));
    assertEquals(
        "\r"
            + first
            + "\r[120/300] b.xls"
            + " ".repeat(49 - "[120/300] b.xls".length())
            + "\r"
            + " ".repeat("[120/300] b.xls".length())
            + "\r",
        err.toString());
  }

  @Test
  void aChineseNameIsClearedByItsWidthOnTheTerminal() {
    StringWriter err = new StringWriter();
    Progress p = new Progress(new PrintWriter(err), true, 2);
    p.step(1, "自评表.xlsx");
    p.clear();
    assertEquals("\r[1/2] 自评表.xlsx\r" + " ".repeat(6 + 6 + 5) + "\r", err.toString());
  }

  @Test
  void noProgressWhenPiped() {
    StringWriter err = new StringWriter();
    Progress p = new Progress(new PrintWriter(err), false, 3);
    p.step(1, "a.xlsx");
    p.clear();
    assertEquals("", err.toString());
  }

  @Test
  void aBatchEndsWithItsTotal(@TempDir Path tmp) {
    Run r =
        run(
            "check",
            "src/test/resources/bad-inputs/empty.xlsx",
            "test-workbooks/self-evaluation/2021-问题样例-项目自评表.xlsx",
            "--out",
            tmp.toString(),
            "--quiet");
    assertEquals(3, r.code(), r.err());
    assertEquals("", r.err(), "nothing on stderr when piped");
    String last = r.out().lines().reduce((a, b) -> b).orElseThrow();
    Path report = tmp.resolve("report.json");
    long files = 2;
    assertTrue(
        last.matches(
            "共 "
                + files
                + " 个文件，\\d+ 个表，[1-9]\\d* 个有错误，1 个被拒收；报告 \\Q"
                + report
                + "\\E；用时 \\d+\\.\\d 秒 / "
                + files
                + " files, \\d+ forms, [1-9]\\d* with errors, 1 rejected; report \\Q"
                + report
                + "\\E; \\d+\\.\\d s"),
        last);
  }

  @Test
  void theTotalCountsFormsErrorsAndRejections() {
    var clean =
        new WorkbookReport("a.xlsx", "out/a.xlsx", WorkbookReport.Status.CHECKED, null, List.of());
    var rejected =
        new WorkbookReport(
            "b.xlsx",
            null,
            WorkbookReport.Status.REJECTED,
            new RejectReason("EMPTY_FILE", "文件是空的"),
            List.of());
    assertEquals(
        "共 2 个文件，0 个表，0 个有错误，1 个被拒收；报告 out/report.json；用时 12.3 秒 / 2 files, 0 forms, 0 with errors,"
            + " 1 rejected; report out/report.json; 12.3 s",
        CheckCommand.total(List.of(clean, rejected), Path.of("out/report.json"), 12.34));
  }

  @Test
  void anInteractiveBatchShowsProgressOnStderr(@TempDir Path tmp) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        PerfsheetCommand.run(
            new String[] {
              "check",
              "test-workbooks/self-evaluation/2021-司法行政其他业务支出-万元.xls",
              "--out",
              tmp.toString(),
              "--quiet"
            },
            new PrintWriter(out, true),
            new PrintWriter(err, true),
            true);
    assertEquals(0, code);
    String line = "[1/1] 2021-司法行政其他业务支出-万元.xls";
    assertEquals(
        "\r" + line + "\r" + " ".repeat(6 + 5 + 10 * 2 + 1 + 2 * 2 + 4) + "\r", err.toString());
  }

  @Test
  void watchNamesItsQuietPeriodSettleAndStillTakesTheOldName(@TempDir Path tmp) {
    Run old = run("watch", tmp.toString(), "--once", "--quiet", "0.5");
    assertEquals(0, old.code(), old.out() + old.err());
    assertEquals(
        "perfsheet watch: --quiet 已改名为 --settle，请改用 --settle / --quiet is now --settle; please use"
            + " --settle\n",
        old.err());
    assertTrue(
        old.out().contains(" 设置 / settings: --interval 2.0 --settle 0.5 --workers "), old.out());
    Run settle = run("watch", tmp.toString(), "--once", "--settle", "0.7");
    assertEquals(0, settle.code(), settle.out() + settle.err());
    assertEquals("", settle.err());
    assertTrue(settle.out().contains(" --settle 0.7 "), settle.out());
    Run help = run("watch", "--help");
    assertTrue(
        help.out().contains("--settle=SECONDS") && !help.out().contains("--quiet"), help.out());
  }

  @Test
  void checkOptionsAreDescribedInChineseAndEnglish() {
    Run r = run("check", "--help");
    assertEquals(0, r.code());
    assertTrue(r.out().contains("--out=DIR         输出文件夹：批注副本和 report.json，须在输入文件夹之外"), r.out());
    assertTrue(
        r.out().contains("--jobs=N          同时检查的工作簿数（默认 CPU 核数） / workbooks checked"), r.out());
  }

  @Test
  void everythingMissingIsNamed() {
    assertUsage(
        "perfsheet check: 缺少必需的选项和参数 --out=DIR PATH / missing required options and parameters"
            + " --out=DIR PATH",
        CHECK_HELP,
        run("check"));
  }

  @Test
  void templateAlonePrintsItsHelpAndExitsTwo() {
    Run r = run("template");
    assertEquals(2, r.code());
    assertTrue(r.err().startsWith("Usage: perfsheet template [-hV] [COMMAND]"), r.err());
    assertEquals("", r.out());
  }
}
