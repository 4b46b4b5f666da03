package org.perfsheet.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfsheet.model.CellRef;
import org.perfsheet.model.Finding;
import org.perfsheet.model.FindingCode;
import org.perfsheet.model.FormKind;
import org.perfsheet.model.FormResult;
import org.perfsheet.model.Stated;
import org.perfsheet.report.RejectReason;
import org.perfsheet.report.ReportJson;
import org.perfsheet.report.WorkbookReport;
import picocli.CommandLine;

class SummaryCommandTest {

  static FormResult form(String sheet, String department, String project, double budget, double total, String grade,
      List<Finding> findings) {
    return new FormResult(sheet, FormKind.PROJECT_SELF_EVALUATION, "self-evaluation", project, department, department,
        2021, budget, budget * 0.9, new Stated(0.9, 0.9), new Stated(9.0, 9.0), new Stated(total, total), grade,
        findings, List.of());
  }

  static int run(StringWriter out, StringWriter err, String... args) {
    CommandLine cl = new CommandLine(new SummaryCommand(new PrintWriter(out, true), new PrintWriter(err, true)));
    return cl.execute(args);
  }

  @Test
  void workbookHasTheSheetsFormatsAndNoFormulas(@TempDir Path tmp) throws Exception {
    Path report = tmp.resolve("report.json");
    Finding f = Finding.error(FindingCode.SCORE_ABOVE_RULE, CellRef.parse("A!H17"), "=HYPERLINK(\"x\")", "+1 公式注入测试");
    List<WorkbookReport> books = List.of(
        WorkbookReport.checked("in/a.xlsx", "out/a.xlsx", List.of(form("A", "上海市司法局", "=1+1", 1000, 95.5, "优", List.of(f)),
            form("B", "上海市司法局", "@SUM(A1)", 3000, 75, "中", List.of()))),
        WorkbookReport.rejected("in/b.xlsx", new RejectReason("EMPTY_FILE", "-空文件 / empty")));
    try (var o = Files.newOutputStream(report)) {
      ReportJson.write(books, o);
    }
    Path xlsx = tmp.resolve("汇总.xlsx");
    assertEquals(0, run(new StringWriter(), new StringWriter(), report.toString(), "--out", xlsx.toString()));
    assertTrue(Files.exists(tmp.resolve("汇总-图表.png")));
    try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
      List<String> names = new ArrayList<>();
      wb.forEach(s -> names.add(s.getSheetName()));
      assertEquals(List.of("项目汇总", "部门汇总", "问题清单", "图表数据"), names);
      XSSFSheet p = wb.getSheet("项目汇总");
      DataFormatter fmt = new DataFormatter();
      assertEquals("项目名称", p.getRow(0).getCell(3).getStringCellValue());
      assertEquals(CellType.STRING, p.getRow(1).getCell(3).getCellType(), "=1+1 is text, not a formula");
      assertEquals("=1+1", p.getRow(1).getCell(3).getStringCellValue());
      assertEquals(CellType.STRING, p.getRow(2).getCell(3).getCellType());
      assertEquals("1,000.00", fmt.formatCellValue(p.getRow(1).getCell(5)));
      assertEquals("90.00%", fmt.formatCellValue(p.getRow(1).getCell(7)));
      assertEquals("未能读取：-空文件 / empty", p.getRow(3).getCell(18).getStringCellValue());
      assertEquals(1, p.getPaneInformation().getHorizontalSplitPosition(), "header row frozen");
      assertTrue(p.getCTWorksheet().isSetAutoFilter(), "filters on");
      XSSFSheet d = wb.getSheet("部门汇总");
      assertEquals("上海市司法局", d.getRow(1).getCell(0).getStringCellValue());
      assertEquals((95.5 * 1000 + 75 * 3000) / 4000, d.getRow(1).getCell(2).getNumericCellValue(), 1e-9, "weighted by budget");
      assertEquals(1, (int) d.getRow(1).getCell(3).getNumericCellValue(), "优");
      assertEquals(1, (int) d.getRow(1).getCell(5).getNumericCellValue(), "中");
      assertEquals(1, (int) d.getRow(1).getCell(7).getNumericCellValue(), "forms with errors");
      XSSFSheet i = wb.getSheet("问题清单");
      assertEquals("H17", i.getRow(1).getCell(2).getStringCellValue());
      assertEquals(CellType.STRING, i.getRow(1).getCell(6).getCellType());
      assertEquals(2, i.getPhysicalNumberOfRows(), "one error finding");
    }
  }

  @Test
  void csvIsQuotedAndGuardedAgainstFormulas(@TempDir Path tmp) throws Exception {
    Path report = tmp.resolve("report.json");
    try (var o = Files.newOutputStream(report)) {
      ReportJson.write(List.of(WorkbookReport.checked("in/a.xlsx", "out/a.xlsx",
          List.of(form("A", "上海市司法局", "=1+1,\"引号\"", 1000, 95.5, "优", List.of())))), o);
    }
    Path csv = tmp.resolve("s.csv");
    assertEquals(0, run(new StringWriter(), new StringWriter(), report.toString(), "--out", csv.toString()));
    List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
    assertEquals("\uFEFF年度,主管部门,实施单位,项目名称,表类型,全年预算数（元）,全年执行数（元）,执行率,自评总分,核定总分,等级,错误数,警告数,提示数,"
        + "问题代码,提交单位,来源文件,工作表,状态", lines.get(0));
    assertEquals("2021,上海市司法局,上海市司法局,\"'=1+1,\"\"引号\"\"\",财政项目支出绩效自评表,1000,900,0.9,95.5,95.5,优,0,0,0,,,a.xlsx,A,已审核",
        lines.get(1));
  }

  @Test
  void aJournalKeepsTheLatestSubmissionOfEachForm(@TempDir Path tmp) throws Exception {
    Path journal = tmp.resolve("journal.jsonl");
    String first = ReportJson.line(WorkbookReport.checked("x.xlsx", "o.xlsx", List.of(form("A", "硚口区司法局", "P", 10, 70, "中", List.of()))));
    String second = ReportJson.line(WorkbookReport.checked("x.xlsx", "o2.xlsx", List.of(form("A", "硚口区司法局", "P", 10, 92, "优", List.of()))));
    Files.writeString(journal, "{\"time\":\"t1\",\"submitter\":\"硚口\",\"status\":\"returned\",\"report\":" + first + "}\n"
        + "{\"time\":\"t2\",\"submitter\":\"硚口\",\"status\":\"returned\",\"report\":" + second + "}\n"
        + "{\"time\":\"t3\",\"submit", StandardCharsets.UTF_8);
    Path csv = tmp.resolve("s.csv");
    StringWriter err = new StringWriter();
    assertEquals(0, run(new StringWriter(), err, journal.toString(), "--out", csv.toString()), err.toString());
    List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
    assertEquals(2, lines.size(), "one form, the resubmission; the torn last line is skipped: " + lines);
    assertTrue(lines.get(1).contains(",92,92,优,"), lines.get(1));
  }

  @Test
  void anUnreadableReportExitsThreeWithTheFix(@TempDir Path tmp) throws Exception {
    Path bad = tmp.resolve("report.json");
    Files.writeString(bad, "[1, 2");
    StringWriter err = new StringWriter();
    assertEquals(3, run(new StringWriter(), err, bad.toString(), "--out", tmp.resolve("s.xlsx").toString()));
    assertEquals("perfsheet summary: 无法读取审核报告 " + bad + "（不是 JSON 对象）。请提供 perfsheet check 生成的 report.json 或监控文件夹的 "
        + "journal.jsonl / cannot read report " + bad + ": 不是 JSON 对象\n", err.toString());
  }
}
