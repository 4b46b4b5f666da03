package org.perfsheet.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfsheet.check.Checker;
import org.perfsheet.check.WorkbookProcessor;
import org.perfsheet.scoring.ScoringProfile;
import org.perfsheet.testing.BadFiles;
import org.perfsheet.workbook.TemplateLearner;
import picocli.CommandLine;

/** The watched folder in one process, run with --once: outputs, names, archive, failed, journal. */
class WatchTest {

  static WorkbookProcessor checker;
  static final Path SAMPLE = Path.of("test-workbooks/self-evaluation/2021-司法行政其他业务支出-万元.xls");

  @BeforeAll
  static void setUp() throws Exception {
    checker = new Checker(TemplateLearner.loadAll(Path.of("templates")), ScoringProfile.defaults());
  }

  static String once(Path dir, String... more) {
    StringWriter out = new StringWriter();
    String[] args =
        Stream.concat(Stream.of(dir.toString(), "--once"), Stream.of(more)).toArray(String[]::new);
    int code =
        new CommandLine(
                new WatchCommand(
                    () -> checker, new PrintWriter(out, true), new PrintWriter(out, true)))
            .execute(args);
    assertEquals(0, code, out.toString());
    return out.toString();
  }

  static List<String> files(Path dir) throws Exception {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile)
          .map(p -> dir.relativize(p).toString().replace('\\', '/'))
          .filter(p -> !p.startsWith("archive/"))
          .sorted()
          .toList();
    }
  }

  @Test
  void returnsAnnotatedWorkbooksKeepsOriginalsAndVersionsResubmissions(@TempDir Path dir)
      throws Exception {
    Path unit = dir.resolve("inbox/普陀区司法局");
    Files.createDirectories(unit);
    Files.copy(SAMPLE, unit.resolve("自评 表.xls"));
    Files.writeString(dir.resolve("inbox/说明.xlsx"), "not a workbook");
    Files.writeString(unit.resolve("~$自评 表.xls"), "lock file");
    once(dir);
    Files.copy(SAMPLE, unit.resolve("自评 表.xls")); // the unit resubmits
    once(dir);
    // ... and later sends back the returned workbook itself, fixed.
    Files.copy(dir.resolve("outbox/普陀区司法局/自评 表.审核.xls"), unit.resolve("自评 表.审核.xls"));
    once(dir);

    assertEquals(
        List.of(
            "failed/说明.xlsx",
            "failed/说明.xlsx.txt",
            "inbox/普陀区司法局/~$自评 表.xls",
            "journal.jsonl",
            "outbox/普陀区司法局/自评 表.审核(2).txt",
            "outbox/普陀区司法局/自评 表.审核(2).xls",
            "outbox/普陀区司法局/自评 表.审核(3).txt",
            "outbox/普陀区司法局/自评 表.审核(3).xls",
            "outbox/普陀区司法局/自评 表.审核.txt",
            "outbox/普陀区司法局/自评 表.审核.xls",
            "outbox/说明.未通过.txt"),
        files(dir),
        "lock files are left alone; a resubmission gets (2); nothing of perfsheet's state remains");
    try (Stream<Path> s = Files.walk(dir.resolve("archive"))) {
      assertEquals(3, s.filter(Files::isRegularFile).count(), "every original archived");
    }
    String note = Files.readString(dir.resolve("outbox/说明.未通过.txt"), StandardCharsets.UTF_8);
    assertTrue(note.contains("NOT_A_WORKBOOK") && note.contains("文件不是 Excel 工作簿"), note);
    String report =
        Files.readString(dir.resolve("outbox/普陀区司法局/自评 表.审核.txt"), StandardCharsets.UTF_8);
    assertTrue(
        report.startsWith("\uFEFF审核意见\r\n")
            && report.contains("  警告：\r\n")
            && report.contains("总分：填报 90.43，核定 90.43")
            && !report.contains("TARGET_NOT_MET"),
        report);

    List<JsonNode> journal = new Journal(dir.resolve("journal.jsonl")).read();
    assertEquals(4, journal.size());
    JsonNode first =
        journal.stream()
            .filter(j -> j.path("status").asText().equals("returned"))
            .findFirst()
            .orElseThrow();
    assertEquals("普陀区司法局", first.path("submitter").asText());
    assertEquals("普陀区司法局/自评 表.xls", first.path("input").asText());
    assertEquals(WatchFiles.sha256(SAMPLE), first.path("hash").asText());
    assertEquals("outbox/普陀区司法局/自评 表.审核.xls", first.path("outputs").get(0).asText());
    assertEquals("checked", first.path("report").path("status").asText());
  }

  @Test
  void aFileOverTheSizeLimitIsFailedUnopened(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("inbox"));
    Files.write(dir.resolve("inbox/big.xlsx"), new byte[2 * 1024 * 1024]);
    once(dir, "--max-size", "1");
    String note = Files.readString(dir.resolve("failed/big.xlsx.txt"), StandardCharsets.UTF_8);
    assertEquals(
        "文件：big.xlsx\n"
            + "原因 / reason: 文件太大（2.0 MB，上限 1.0 MB）。请删除多余的工作表、图片和空行后重新提交 / the file is too large"
            + " (2.0 MB, limit 1.0 MB); remove unneeded sheets, pictures and empty rows and"
            + " resubmit\n"
            + "代码 / code: TOO_LARGE\n",
        note);
  }

  @Test
  void everyKindOfBadFileEndsInFailedWithItsOwnReason(@TempDir Path tmp) throws Exception {
    Path dir = tmp.resolve("shared");
    Path unit = dir.resolve("inbox/硚口 区司法局");
    Files.createDirectories(unit);
    for (String name :
        List.of("empty.xlsx", "truncated.xlsx", "not-a-workbook.xlsx", "report.pdf.xlsx")) {
      Files.copy(Path.of("src/test/resources/bad-inputs", name), unit.resolve("自评 " + name));
    }
    BadFiles.encrypted(unit.resolve("自评 encrypted.xlsx"));
    BadFiles.excel95(unit.resolve("自评 excel95.xls"));
    BadFiles.zipBomb(unit.resolve("自评 bomb.xlsx"));
    Files.writeString(
        unit.resolve("自评\\..\\..\\escape.xlsx"),
        "a name that tries to climb out (backslashes are legal on Linux)");
    once(dir);
    try (var outside = Files.list(dir.getParent())) {
      assertEquals(
          List.of(dir.getFileName().toString()),
          outside.map(p -> p.getFileName().toString()).toList(),
          "nothing is written outside the watched folder");
    }
    assertTrue(Files.exists(dir.resolve("failed/硚口 区司法局/自评\\..\\..\\escape.xlsx")));
    for (String[] expected :
        new String[][] {
          {"empty.xlsx", "EMPTY_FILE"},
          {"truncated.xlsx", "CORRUPT"},
          {"not-a-workbook.xlsx", "NOT_A_WORKBOOK"},
          {"report.pdf.xlsx", "NOT_A_WORKBOOK"},
          {"encrypted.xlsx", "ENCRYPTED"},
          {"excel95.xls", "OLD_FORMAT"},
          {"bomb.xlsx", "TOO_LARGE"}
        }) {
      Path failed = dir.resolve("failed/硚口 区司法局/自评 " + expected[0]);
      assertTrue(Files.exists(failed), failed.toString());
      String why =
          Files.readString(
              failed.resolveSibling(failed.getFileName() + ".txt"), StandardCharsets.UTF_8);
      assertTrue(why.contains("代码 / code: " + expected[1]), why);
      String stem = ("自评 " + expected[0]).substring(0, ("自评 " + expected[0]).lastIndexOf('.'));
      assertTrue(Files.exists(dir.resolve("outbox/硚口 区司法局/" + stem + ".未通过.txt")), stem);
    }
  }

  @Test
  void statusSummarisesTheJournal(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("inbox"));
    Files.copy(SAMPLE, dir.resolve("inbox/a.xls"));
    once(dir);
    Files.copy(SAMPLE, dir.resolve("inbox/b.xls"));
    Files.writeString(dir.resolve("inbox/~$b.xls"), "lock");
    Files.createDirectories(dir.resolve("inbox/单位/深"));
    Files.writeString(dir.resolve("inbox/单位/深/c.xlsx"), "too deep");
    StringWriter out = new StringWriter();
    new CommandLine(
            new WatchCommand(() -> checker, new PrintWriter(out, true), new PrintWriter(out, true)))
        .execute(dir.toString(), "--status");
    List<String> lines = List.of(out.toString().split("\n"));
    assertEquals(
        List.of(
            "今日处理 / today: 1（未通过 / failed 0）",
            "累计 / all time: 1（未通过 / failed 0）",
            "排队 / queued: 1，处理中 / in progress: 0",
            "监控进程 / watcher: 未运行 / not running"),
        lines.subList(0, 4));
    assertTrue(lines.get(4).matches("最近处理 / last file: \\d{4}-.* a\\.xls"), lines.get(4));
    assertEquals(
        List.of(
            "  （inbox 根目录 / top）：通过 / returned 1，未通过 / failed 0，排队 / waiting 1",
            "忽略 / ignored: ~$b.xls：临时、隐藏或锁定文件 / a temporary, hidden or lock file",
            "忽略 / ignored: 单位/深/c.xlsx：文件夹层级太深（只读 inbox 下一层）/ too deep: only one level of folders"
                + " is read"),
        lines.subList(5, lines.size()),
        "issue 12, item 11: per unit, ignored files and why");
  }

  /**
   * Issue 12, item 10: a workbook under the wrong extension came back under it, and Excel warned.
   */
  @Test
  void aWorkbookUnderTheWrongExtensionComesBackUnderTheRightOne(@TempDir Path dir)
      throws Exception {
    Files.createDirectories(dir.resolve("inbox"));
    Files.copy(SAMPLE, dir.resolve("inbox/旧格式.xlsx"));
    Files.copy(
        Path.of("test-workbooks/self-evaluation/2021-上海市司法局-项目自评表.xlsx"),
        dir.resolve("inbox/新格式.xls"));
    once(dir);
    assertTrue(Files.exists(dir.resolve("outbox/旧格式.审核.xls")), files(dir).toString());
    assertTrue(Files.exists(dir.resolve("outbox/新格式.审核.xlsx")), files(dir).toString());
    String report = Files.readString(dir.resolve("outbox/旧格式.审核.txt"), StandardCharsets.UTF_8);
    assertTrue(report.startsWith("注意：文件扩展名“.xlsx”与内容不符，审核后的工作簿已按“.xls”返回"), report);
    List<JsonNode> journal = new Journal(dir.resolve("journal.jsonl")).read();
    assertTrue(
        journal.stream()
            .anyMatch(j -> j.path("outputs").get(0).asText().equals("outbox/新格式.审核.xlsx")));
    try (Stream<Path> s = Files.walk(dir.resolve("archive"))) {
      assertEquals(
          List.of("新格式.xls", "旧格式.xlsx"),
          s.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).sorted().toList(),
          "the originals are kept as they came");
    }
  }
}
