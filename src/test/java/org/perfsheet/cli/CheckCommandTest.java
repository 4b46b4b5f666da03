package org.perfsheet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfsheet.report.ReportJson;
import org.perfsheet.report.WorkbookReport;

/** The {@code check} command as a user runs it: console lines, report.json, exit codes. */
class CheckCommandTest {

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = PerfsheetCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void aCleanWorkbookExitsZeroAndWritesItsReport(@TempDir Path tmp) throws Exception {
    Path input = Path.of("test-workbooks/self-evaluation/2021-司法行政其他业务支出-万元.xls");
    Run r = run("check", input.toString(), "--out", tmp.toString());
    assertEquals(0, r.code(), r.out() + r.err());
    assertEquals(
        input + ":自评表!F14: warning TARGET_NOT_MET: 未达到年度指标值：目标 ＝100％，实际 0。",
        r.out().lines().findFirst().orElseThrow());
    List<String> lines = r.out().lines().toList();
    assertEquals(
        input
            + ": 1 个表 forms, 0 错误 errors, 3 警告 warnings → "
            + tmp.resolve("2021-司法行政其他业务支出-万元.xls"),
        lines.get(lines.size() - 2));
    assertTrue(
        lines.get(lines.size() - 1).startsWith("共 1 个文件，1 个表，0 个有错误，0 个被拒收；"),
        lines.get(lines.size() - 1));
    List<WorkbookReport> reports;
    try (InputStream in = Files.newInputStream(tmp.resolve("report.json"))) {
      reports = ReportJson.read(in);
    }
    assertEquals(1, reports.size());
    assertEquals(0.9427449, reports.get(0).forms().get(0).budgetRate().computed(), 1e-7);
    assertEquals(18407950.0, reports.get(0).forms().get(0).budget(), 1e-6, "万元 reported in 元");
    assertEquals(90.43, reports.get(0).forms().get(0).total().computed(), 1e-9);
    assertEquals("优", reports.get(0).forms().get(0).grade());
  }

  @Test
  void errorsExitOneAndAFolderIsMirrored(@TempDir Path tmp) throws Exception {
    Run r = run("check", "test-workbooks", "--out", tmp.toString(), "--quiet");
    // 3, not 1: test-workbooks/foreign/ holds two published forms in layouts no shipped template
    // reads (中江, 海南); they are rejected, and every other workbook is still checked and mirrored.
    assertEquals(3, r.code(), r.out() + r.err());
    long workbooks;
    try (var files = Files.walk(Path.of("test-workbooks"))) {
      workbooks = files.filter(f -> f.toString().matches(".*\\.xlsx?$")).count();
    }
    assertEquals(
        workbooks + 1,
        r.out().lines().count(),
        "one line per workbook with --quiet, and the total: " + r.out());
    assertTrue(Files.exists(tmp.resolve("self-evaluation/2021-问题样例-项目自评表.xlsx")));
    assertTrue(Files.exists(tmp.resolve("report.json")));
  }

  @Test
  void anUnreadableInputExitsThreeAndTheOthersAreStillChecked(@TempDir Path tmp) {
    Run r =
        run(
            "check",
            "src/test/resources/bad-inputs/empty.xlsx",
            "test-workbooks/self-evaluation/2021-司法行政其他业务支出-万元.xls",
            "--out",
            tmp.toString(),
            "--quiet");
    assertEquals(3, r.code());
    assertEquals(
        "src/test/resources/bad-inputs/empty.xlsx: rejected EMPTY_FILE: 文件是空的（0 字节），可能没有复制完整。请在"
            + " Excel 或 WPS 中重新保存后再提交 / the file is empty (0 bytes), probably an incomplete copy;"
            + " save it again in Excel or WPS and resubmit",
        r.out().lines().findFirst().orElseThrow());
    assertTrue(Files.exists(tmp.resolve("2021-司法行政其他业务支出-万元.xls")));
  }

  @Test
  void usageMistakesExitTwoWithAMessage(@TempDir Path tmp) {
    Run missing = run("check", "no-such-folder", "--out", tmp.toString());
    assertEquals(2, missing.code());
    assertEquals(
        "perfsheet check: 找不到文件或文件夹：no-such-folder / no such file or folder: no-such-folder\n",
        missing.err());
    Run noOut = run("check", "test-workbooks");
    assertEquals(2, noOut.code());
    assertTrue(
        noOut
            .err()
            .startsWith("perfsheet check: 缺少必需的选项 --out / missing required option --out=DIR\n"),
        noOut.err());
  }

  @Test
  void theOutputMayNeverOverwriteTheInput() {
    Run r =
        run(
            "check",
            "test-workbooks/self-evaluation/2021-问题样例-项目自评表.xlsx",
            "--out",
            "test-workbooks/self-evaluation");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("输出文件会覆盖输入文件"), r.err());
  }

  @Test
  void helpListsTheCommands() {
    Run r = run("--help");
    assertEquals(0, r.code());
    assertTrue(r.out().contains("check") && r.out().contains("template"), r.out());
  }

  @Test
  void theReviewerAndReviewingBodyAreNamedInTheReturnedWorkbookAndTheReport(@TempDir Path tmp)
      throws Exception {
    Path input = Path.of("test-workbooks/self-evaluation/2021-司法行政其他业务支出-万元.xls");
    Run r =
        run(
            "check",
            input.toString(),
            "--out",
            tmp.toString(),
            "--reviewer",
            "王会计",
            "--reviewing-body",
            "上海市普陀区财政局",
            "--quiet");
    assertEquals(0, r.code(), r.out() + r.err());
    var review =
        new ObjectMapper()
            .readTree(tmp.resolve("report.json").toFile())
            .path("workbooks")
            .get(0)
            .path("review");
    assertEquals("王会计", review.path("reviewer").asText());
    assertEquals("上海市普陀区财政局", review.path("reviewingBody").asText());
    assertEquals("passed", review.path("verdict").asText(), "warnings alone pass");
    assertEquals(1, review.path("round").asInt());
    try (InputStream in = Files.newInputStream(tmp.resolve(input.getFileName()));
        var wb = WorkbookFactory.create(in)) {
      assertEquals(
          "上海市普陀区财政局《财政项目支出绩效自评表》审核意见", wb.getSheetAt(0).getRow(0).getCell(0).getStringCellValue());
      assertEquals(
          "王会计",
          wb.getSheet("自评表").getRow(13).getCell(5).getCellComment().getAuthor(),
          "F14's comment");
    }
    Run bad = run("check", input.toString(), "--out", tmp.toString(), "--reviewer", "王会计\n李会计");
    assertEquals(2, bad.code());
    assertTrue(bad.err().startsWith("perfsheet check: 审核人名称须为不超过 60 个字符的一行文字"), bad.err());
  }
}
