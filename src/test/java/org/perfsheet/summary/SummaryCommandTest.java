package org.perfsheet.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFPicture;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfsheet.cli.PerfsheetCommand;
import org.perfsheet.model.CellRef;
import org.perfsheet.model.Finding;
import org.perfsheet.model.FindingCode;
import org.perfsheet.model.FormKind;
import org.perfsheet.model.FormResult;
import org.perfsheet.model.Light;
import org.perfsheet.model.LightMark;
import org.perfsheet.model.Lights;
import org.perfsheet.model.Stated;
import org.perfsheet.report.RejectReason;
import org.perfsheet.report.ReportJson;
import org.perfsheet.report.WorkbookReport;
import picocli.CommandLine;

class SummaryCommandTest {

  static final Finding ERROR =
      Finding.error(
          FindingCode.SCORE_ABOVE_RULE, CellRef.parse("A!H17"), "=HYPERLINK(\"x\")", "+1 公式注入测试");
  static final Finding VAGUE =
      Finding.warning(FindingCode.TARGET_VAGUE, CellRef.parse("A!E9"), "质量", "提升");

  static final FormKind SELF = FormKind.PROJECT_SELF_EVALUATION;
  static final FormKind DECLARATION = FormKind.PROJECT_DECLARATION;
  static final String PUTUO = "普陀区司法局";

  /** A checked workbook, in/a.xlsx, holding these forms. */
  static WorkbookReport checked(FormResult... forms) {
    return WorkbookReport.checked("in/a.xlsx", "out/a.xlsx", List.of(forms));
  }

  static FormResult form(
      String sheet,
      String department,
      String project,
      double budget,
      double total,
      String grade,
      List<Finding> findings) {
    return form(SELF, 2021, sheet, department, department, project, budget, total, grade, findings);
  }

  static FormResult form(
      FormKind kind,
      Integer year,
      String sheet,
      String department,
      String unit,
      String project,
      double budget,
      double total,
      String grade,
      List<Finding> findings) {
    return new FormResult(
        sheet,
        kind,
        "self-evaluation",
        project,
        department,
        unit,
        year,
        budget,
        budget * 0.9,
        new Stated(0.9, 0.9),
        new Stated(9.0, 9.0),
        new Stated(total, total),
        grade,
        findings,
        List.of(),
        null);
  }

  static int run(StringWriter out, StringWriter err, String... args) {
    CommandLine cl =
        new CommandLine(new SummaryCommand(new PrintWriter(out, true), new PrintWriter(err, true)));
    return cl.execute(args);
  }

  static Path report(Path dir, WorkbookReport... books) throws Exception {
    Path report = dir.resolve("report.json");
    try (var o = Files.newOutputStream(report)) {
      ReportJson.write(List.of(books), o);
    }
    return report;
  }

  static XSSFWorkbook open(Path xlsx) throws Exception {
    try (InputStream in = Files.newInputStream(xlsx)) {
      return new XSSFWorkbook(in);
    }
  }

  static List<String> column(Sheet s, int c) {
    DataFormatter fmt = new DataFormatter();
    List<String> out = new ArrayList<>();
    for (Row r : s) {
      out.add(r.getCell(c) == null ? "" : fmt.formatCellValue(r.getCell(c)));
    }
    return out;
  }

  /** The first row whose first cell reads {@code text}, or -1. */
  static int rowOf(Sheet s, String text) {
    for (Row r : s) {
      if (r.getCell(0) != null
          && r.getCell(0).getCellType() == CellType.STRING
          && r.getCell(0).getStringCellValue().equals(text)) {
        return r.getRowNum();
      }
    }
    return -1;
  }

  @Test
  void workbookHasTheSheetsAndTextStaysText(@TempDir Path tmp) throws Exception {
    Path report =
        report(
            tmp,
            checked(
                form("A", "上海市司法局", "=1+1", 1000, 95.5, "优", List.of(ERROR)),
                form("B", "上海市司法局", "@SUM(A1)", 3000, 75, "中", List.of())),
            WorkbookReport.rejected("in/b.xlsx", new RejectReason("EMPTY_FILE", "-空文件 / empty")));
    Path xlsx = tmp.resolve("汇总.xlsx");
    assertEquals(
        0,
        run(new StringWriter(), new StringWriter(), report.toString(), "--out", xlsx.toString()));
    assertFalse(Files.exists(tmp.resolve("汇总-图表.png")), "the charts are inside the workbook");
    try (XSSFWorkbook wb = open(xlsx)) {
      List<String> names = new ArrayList<>();
      wb.forEach(s -> names.add(s.getSheetName()));
      assertEquals(List.of("汇总", "部门汇总", "项目汇总", "问题清单", "图表", "图表数据"), names);
      XSSFSheet p = wb.getSheet("项目汇总");
      int head = rowOf(p, "年度");
      assertEquals(2, head, "title row, then 年度 / 汇总单位 / 制表日期, then the header");
      assertEquals("预算绩效审核汇总表 · 项目汇总", p.getRow(0).getCell(0).getStringCellValue());
      assertEquals(
          "年度：2021　　汇总单位：上海市司法局　　制表日期：" + LocalDate.now(),
          p.getRow(1).getCell(0).getStringCellValue());
      assertEquals(
          CellType.STRING,
          p.getRow(head + 1).getCell(3).getCellType(),
          "=1+1 is text, not a formula");
      assertEquals("=1+1", p.getRow(head + 1).getCell(3).getStringCellValue());
      assertEquals("@SUM(A1)", p.getRow(head + 2).getCell(3).getStringCellValue());
      assertEquals("未能读取", p.getRow(head + 3).getCell(11).getStringCellValue());
      assertEquals("-空文件 / empty", p.getRow(head + 3).getCell(19).getStringCellValue());
      assertEquals(
          head + 1, p.getPaneInformation().getHorizontalSplitPosition(), "header row frozen");
      assertEquals(
          "A3:T6",
          p.getCTWorksheet().getAutoFilter().getRef(),
          "filters over the header and every row");
      XSSFSheet i = wb.getSheet("问题清单");
      int ih = rowOf(i, "来源文件");
      assertEquals("H17", i.getRow(ih + 1).getCell(2).getStringCellValue());
      assertEquals("自评得分高于评分规则", i.getRow(ih + 1).getCell(5).getStringCellValue());
      assertEquals("=HYPERLINK(\"x\")", i.getRow(ih + 1).getCell(7).getStringCellValue());
      assertEquals(ih + 2, i.getPhysicalNumberOfRows(), "one error finding");
    }
  }

  /**
   * Excel and WPS show a number as the cell's own style says: every number cell carries a format.
   */
  @Test
  void everyNumberCellHasItsFormat(@TempDir Path tmp) throws Exception {
    Path report =
        report(
            tmp,
            checked(
                form("A", "上海市司法局", "P1", 18407950, 92.92341745789702, "优", List.of(ERROR)),
                form("B", "上海市财政局", "P2", 3000, 75, "中", List.of(VAGUE))));
    Path xlsx = tmp.resolve("汇总.xlsx");
    assertEquals(
        0,
        run(new StringWriter(), new StringWriter(), report.toString(), "--out", xlsx.toString()));
    DataFormatter fmt = new DataFormatter();
    int numbers = 0;
    try (XSSFWorkbook wb = open(xlsx)) {
      for (Sheet s : wb) {
        for (Row r : s) {
          for (Cell c : r) {
            if (c.getCellType() == CellType.NUMERIC) {
              numbers++;
              assertNotEquals(
                  "General",
                  c.getCellStyle().getDataFormatString(),
                  s.getSheetName() + "!" + c.getAddress());
            }
          }
        }
      }
      XSSFSheet p = wb.getSheet("项目汇总");
      Row first = p.getRow(3);
      assertEquals("2021", fmt.formatCellValue(first.getCell(0)));
      assertEquals("18,407,950.00", fmt.formatCellValue(first.getCell(5)));
      assertEquals("90.00%", fmt.formatCellValue(first.getCell(7)));
      assertEquals("92.92", fmt.formatCellValue(first.getCell(9)));
      assertEquals("1", fmt.formatCellValue(first.getCell(12)));
    }
    assertTrue(numbers > 40, "numbers checked: " + numbers);
  }

  @Test
  void aLongTextWrapsAndItsRowGrowsToShowIt(@TempDir Path tmp) throws Exception {
    Path report =
        report(
            tmp,
            checked(
                form("A", "上海市司法局", "12348公共法律服务平台政府购买法律咨询服务", 1000, 95.5, "优", List.of()),
                form("B", "上海市司法局", "短", 1000, 95.5, "优", List.of())));
    Path xlsx = tmp.resolve("汇总.xlsx");
    assertEquals(
        0,
        run(new StringWriter(), new StringWriter(), report.toString(), "--out", xlsx.toString()));
    try (XSSFWorkbook wb = open(xlsx)) {
      XSSFSheet p = wb.getSheet("项目汇总");
      assertTrue(p.getRow(3).getCell(3).getCellStyle().getWrapText());
      // 22 characters, 44 units, in a column 18 wide: 3 lines of 13.5 points
      assertEquals(40.5, p.getRow(3).getHeightInPoints(), 1e-9);
      assertEquals(
          VerticalAlignment.TOP,
          p.getRow(3).getCell(5).getCellStyle().getVerticalAlignment(),
          "the budget beside it at the top too");
      assertEquals(
          27, p.getRow(4).getHeightInPoints(), 1e-9, "a short name: the form kind's two lines");
    }
    assertEquals(1, org.perfsheet.summary.Sheet.lines("短", 18));
    assertEquals(2, org.perfsheet.summary.Sheet.lines("第一行\n第二行", 18), "a line break is a line");
    assertEquals(2, org.perfsheet.summary.Sheet.lines("a".repeat(18), 18));
  }

  @Test
  void everySheetPrintsOnA4LandscapeOnePageWideWithTitlesAndPageNumbers(@TempDir Path tmp)
      throws Exception {
    Path report = report(tmp, checked(form("A", "上海市司法局", "P1", 1000, 95.5, "优", List.of(ERROR))));
    Path xlsx = tmp.resolve("汇总.xlsx");
    assertEquals(
        0,
        run(new StringWriter(), new StringWriter(), report.toString(), "--out", xlsx.toString()));
    try (XSSFWorkbook wb = open(xlsx)) {
      for (int k = 0; k < wb.getNumberOfSheets(); k++) {
        XSSFSheet s = wb.getSheetAt(k);
        PrintSetup ps = s.getPrintSetup();
        String name = s.getSheetName();
        assertEquals(PrintSetup.A4_PAPERSIZE, ps.getPaperSize(), name);
        assertTrue(ps.getLandscape(), name);
        assertTrue(s.getFitToPage(), name);
        assertEquals(1, ps.getFitWidth(), name);
        assertEquals(0, ps.getFitHeight(), name + ": as many pages tall as it takes");
        assertTrue(
            s.getHeader().getCenter().endsWith("预算绩效审核汇总表 · " + name), s.getHeader().getCenter());
        assertTrue(s.getFooter().getCenter().endsWith("第 &P 页，共 &N 页"), s.getFooter().getCenter());
        assertTrue(
            s.getFooter().getRight().endsWith("制表日期 " + LocalDate.now()), s.getFooter().getRight());
      }
      assertEquals("3:3", wb.getSheet("项目汇总").getRepeatingRows().formatAsString(), "print titles");
      assertEquals("3:3", wb.getSheet("问题清单").getRepeatingRows().formatAsString());
    }
  }

  @Test
  void chartsAreInsideTheWorkbookTitledWithTheYearAndDate(@TempDir Path tmp) throws Exception {
    Path report =
        report(
            tmp,
            checked(
                form("A", "上海市司法局", "P1", 1000, 95.5, "优", List.of()),
                form(
                    FormKind.DEPARTMENT_SELF_EVALUATION,
                    2020,
                    "D",
                    "硚口区司法局",
                    "硚口区司法局",
                    "部门整体支出",
                    500,
                    85,
                    "良",
                    List.of())));
    Path xlsx = tmp.resolve("汇总.xlsx");
    assertEquals(
        0,
        run(new StringWriter(), new StringWriter(), report.toString(), "--out", xlsx.toString()));
    try (XSSFWorkbook wb = open(xlsx)) {
      XSSFDrawing d = wb.getSheet("图表").getDrawingPatriarch();
      List<XSSFPicture> pictures =
          d.getShapes().stream()
              .filter(XSSFPicture.class::isInstance)
              .map(XSSFPicture.class::cast)
              .toList();
      assertEquals(2, pictures.size(), "one picture per section with grades");
      assertEquals("image/png", pictures.get(0).getPictureData().getMimeType());
      assertTrue(
          pictures.get(1).getClientAnchor().getRow1() > pictures.get(0).getClientAnchor().getRow1(),
          "one under the other");
      XSSFSheet data = wb.getSheet("图表数据");
      assertTrue(column(data, 0).contains("2021 年度 财政项目支出绩效自评表"), column(data, 0).toString());
      assertTrue(column(data, 0).contains("2020 年度 部门整体绩效自评表"));
    }
  }

  /**
   * One row per (year, unit, project, form kind), the latest winning: an .xls then an .xlsx of the
   * same project and a clerk's corrected copy through the watched folder count once; the same
   * project's declaration, and another year, are forms of their own, in sections of their own.
   */
  @Test
  void aProjectCountsOnceTheLatestWinningAndSectionsStayApart(@TempDir Path tmp) throws Exception {
    Path journal = tmp.resolve("journal.jsonl");
    String[] lines = {
      ReportJson.line(
          WorkbookReport.checked(
              "inbox/普陀/p.xls",
              "o1",
              List.of(
                  form(SELF, 2024, "自评表", PUTUO, PUTUO, "司法调解", 1000, 70, "中", List.of(ERROR))))),
      ReportJson.line(
          WorkbookReport.checked(
              "inbox/普陀/p.xlsx",
              "o2",
              List.of(
                  form(SELF, 2024, "自评表", PUTUO, PUTUO, "司法调解", 1000, 80, "良", List.of(ERROR))))),
      ReportJson.line(
          WorkbookReport.checked(
              "inbox/普陀/p.审核.xlsx",
              "o3",
              List.of(
                  form(SELF, 2024, "自评表", PUTUO, "普 陀 区司法局", "司法调解 ", 1000, 92, "优", List.of())))),
      ReportJson.line(
          WorkbookReport.checked(
              "inbox/普陀/d.xlsx",
              "o4",
              List.of(
                  form(
                      DECLARATION,
                      2024,
                      "申报表",
                      PUTUO,
                      PUTUO,
                      "司法调解",
                      1000,
                      0,
                      null,
                      List.of(VAGUE))))),
      ReportJson.line(
          WorkbookReport.checked(
              "inbox/普陀/p2023.xlsx",
              "o5",
              List.of(form(SELF, 2023, "自评表", PUTUO, PUTUO, "司法调解", 3000, 60, "中", List.of()))))
    };
    StringBuilder j = new StringBuilder();
    for (String l : lines) {
      j.append("{\"time\":\"t\",\"submitter\":\"普陀\",\"status\":\"returned\",\"report\":")
          .append(l)
          .append("}\n");
    }
    Files.writeString(journal, j, StandardCharsets.UTF_8);
    Path xlsx = tmp.resolve("汇总.xlsx");
    StringWriter out = new StringWriter();
    assertEquals(0, run(out, new StringWriter(), journal.toString(), "--out", xlsx.toString()));
    assertEquals(
        "已写出 "
            + xlsx
            + "：共 3 张表（2023 年度 财政项目支出绩效自评表 1 张，退回 0；2024 年度 财政项目支出绩效自评表 1 张，退回 0；"
            + "2024 年度 财政项目支出绩效目标申报表 1 张，退回 0）；工作表：汇总、部门汇总、项目汇总、问题清单、图表、图表数据\n"
            + "wrote "
            + xlsx
            + ": 3 forms in 3 sections, 0 unreadable\n",
        out.toString());
    try (XSSFWorkbook wb = open(xlsx)) {
      XSSFSheet p = wb.getSheet("项目汇总");
      assertEquals(
          List.of("", "", "项目名称", "司法调解 ", "司法调解", "司法调解"), column(p, 3), "as the latest wrote it");
      assertEquals(List.of("", "", "来源文件", "p.审核.xlsx", "d.xlsx", "p2023.xlsx"), column(p, 17));
      assertEquals(
          List.of("", "", "自评总分", "92.00", "", "60.00"),
          column(p, 8).subList(0, 6).stream().map(v -> v.equals("0.00") ? "" : v).toList());
      XSSFSheet o = wb.getSheet("汇总");
      List<String> headings = column(o, 0).stream().filter(v -> v.matches("^[一二三四]、.*")).toList();
      assertEquals(
          List.of("一、2023 年度 财政项目支出绩效自评表", "二、2024 年度 财政项目支出绩效自评表", "三、2024 年度 财政项目支出绩效目标申报表"),
          headings);
    }
  }

  @Test
  void theOverviewReportsTotalsRatesRanksProblemsAndTheirShare(@TempDir Path tmp) throws Exception {
    Path report =
        report(
            tmp,
            checked(
                form(
                    SELF,
                    2021,
                    "A",
                    "上海市司法局",
                    "市法律援助中心",
                    "P1",
                    1000,
                    95.5,
                    "优",
                    List.of(ERROR, VAGUE)),
                form(SELF, 2021, "B", "上海市司法局", "市司法局机关", "P2", 3000, 75, "中", List.of(VAGUE)),
                form(
                    SELF,
                    2021,
                    "C",
                    "上海市财政局",
                    "市财政局机关",
                    "P3",
                    1000,
                    90,
                    "优",
                    List.of(
                        Finding.info(
                            FindingCode.VALUE_FILLED, CellRef.parse("A!J30"), null, "已补填"))),
                form(SELF, 2021, "D", "上海市民政局", "市民政局机关", "P4", 2000, 60.5, "中", List.of())));
    Path xlsx = tmp.resolve("汇总.xlsx");
    assertEquals(
        0,
        run(
            new StringWriter(),
            new StringWriter(),
            report.toString(),
            "--out",
            xlsx.toString(),
            "--bureau",
            "上海市财政局绩效处"));
    DataFormatter fmt = new DataFormatter();
    try (XSSFWorkbook wb = open(xlsx)) {
      XSSFSheet o = wb.getSheet("汇总");
      assertTrue(o.getRow(1).getCell(0).getStringCellValue().contains("汇总单位：上海市财政局绩效处"));
      int h = rowOf(o, "表数");
      List<String> totals = new ArrayList<>();
      o.getRow(h + 1).forEach(c -> totals.add(fmt.formatCellValue(c)));
      // 表数, 预算, 执行, 执行率, 平均 (by budget: (95.5×1000 + 75×3000 + 90×1000 + 60.5×2000) ÷ 7000), 通过,
      // 退回, 优良中差
      assertEquals(
          List.of("4", "7,000.00", "6,300.00", "90.00%", "75.93", "3", "1", "2", "0", "2", "0"),
          totals);
      int ph = rowOf(o, "问题");
      assertEquals(
          List.of("指标值表述模糊、不可衡量", "TARGET_VAGUE", "警告", "2", "50.00%"),
          cells(fmt, o.getRow(ph + 1)));
      assertEquals(
          List.of("自评得分高于评分规则", "SCORE_ABOVE_RULE", "错误", "1", "25.00%"),
          cells(fmt, o.getRow(ph + 2)));
      assertEquals(null, o.getRow(ph + 3), "a note (提示) is not a problem");

      XSSFSheet d = wb.getSheet("部门汇总");
      int dh = rowOf(d, "主管部门");
      // by rank of the average score: 财政局 90, 司法局 (95.5×1000 + 75×3000) ÷ 4000 = 80.13, 民政局 60.5
      assertEquals(
          List.of(
              "上海市财政局",
              "1",
              "1,000.00",
              "900.00",
              "90.00%",
              "90.00",
              "1",
              "1",
              "0",
              "0",
              "0",
              "1",
              "0"),
          cells(fmt, d.getRow(dh + 1)));
      assertEquals(
          List.of(
              "上海市司法局",
              "2",
              "4,000.00",
              "3,600.00",
              "90.00%",
              "80.13",
              "2",
              "1",
              "0",
              "1",
              "0",
              "1",
              "1"),
          cells(fmt, d.getRow(dh + 2)));
      assertEquals(
          List.of(
              "上海市民政局",
              "1",
              "2,000.00",
              "1,800.00",
              "90.00%",
              "60.50",
              "3",
              "0",
              "0",
              "1",
              "0",
              "1",
              "0"),
          cells(fmt, d.getRow(dh + 3)));
      int uh = rowOf(d, "实施单位");
      List<String> units = new ArrayList<>();
      for (int k = 1; k <= 4; k++) {
        units.add(
            d.getRow(uh + k).getCell(0).getStringCellValue()
                + "/"
                + d.getRow(uh + k).getCell(6).getStringCellValue());
      }
      assertEquals(
          List.of("市司法局机关/上海市司法局", "市法律援助中心/上海市司法局", "市民政局机关/上海市民政局", "市财政局机关/上海市财政局"),
          units,
          "units by department");
      XSSFSheet p = wb.getSheet("项目汇总");
      assertEquals(
          "自评得分高于评分规则、指标值表述模糊、不可衡量",
          p.getRow(3).getCell(15).getStringCellValue(),
          "problems in Chinese");
      assertEquals("退回", p.getRow(3).getCell(11).getStringCellValue());
      assertEquals("通过", p.getRow(4).getCell(11).getStringCellValue());
    }
  }

  static List<String> cells(DataFormatter fmt, Row r) {
    List<String> out = new ArrayList<>();
    for (int c = 0; c < r.getLastCellNum(); c++) {
      out.add(r.getCell(c) == null ? "" : fmt.formatCellValue(r.getCell(c)));
    }
    return out;
  }

  /**
   * 催报: from the project list, who has not sent a self-evaluation, and who was sent back and has
   * not resubmitted.
   */
  @Test
  void theChaseListsMissingAndReturnedProjects(@TempDir Path tmp) throws Exception {
    Path report =
        report(
            tmp,
            checked(
                form(SELF, 2024, "A", PUTUO, PUTUO, "司法调解", 1000, 95.5, "优", List.of()),
                form(SELF, 2024, "B", PUTUO, "普陀区法律援助中心", "法律援助费", 1000, 70, "中", List.of(ERROR)),
                form(DECLARATION, 2024, "C", PUTUO, PUTUO, "人民调解", 1000, 0, null, List.of())));
    Path list = tmp.resolve("项目清单.csv");
    Files.writeString(
        list,
        "年度,项目名称,主管部门,实施单位\n2024,司法调解,普陀区司法局,普陀区司法局\n2024,法律援助费,普陀区司法局,普陀区法律援助中心\n"
            + "2024,人民调解,普陀区司法局,普陀区司法局\n2024,医患纠纷,普陀区司法局,普陀区司法局\n",
        StandardCharsets.UTF_8);
    Path xlsx = tmp.resolve("汇总.xlsx");
    StringWriter out = new StringWriter();
    assertEquals(
        0,
        run(
            out,
            new StringWriter(),
            report.toString(),
            "--out",
            xlsx.toString(),
            "--projects",
            list.toString()));
    assertTrue(
        out.toString().contains("，未提交自评 2 个、退回未改 1 个；工作表：汇总、部门汇总、项目汇总、问题清单、催报、图表、图表数据"),
        out.toString());
    DataFormatter fmt = new DataFormatter();
    try (XSSFWorkbook wb = open(xlsx)) {
      XSSFSheet c = wb.getSheet("催报");
      int missing = rowOf(c, "一、尚未提交自评表的项目（2 个）");
      assertEquals(List.of("2024", "普陀区司法局", "普陀区司法局", "人民调解"), cells(fmt, c.getRow(missing + 2)));
      assertEquals(List.of("2024", "普陀区司法局", "普陀区司法局", "医患纠纷"), cells(fmt, c.getRow(missing + 3)));
      int returned = rowOf(c, "二、已退回、尚未重新提交的项目（1 个）");
      assertEquals(
          List.of("2024", "普陀区司法局", "普陀区法律援助中心", "法律援助费", "1", "a.xlsx"),
          cells(fmt, c.getRow(returned + 2)));
      int units = rowOf(c, "三、按实施单位");
      assertEquals(List.of("", "普陀区司法局", "3", "2", "0"), cells(fmt, c.getRow(units + 2)));
      assertEquals(List.of("", "普陀区法律援助中心", "1", "0", "1"), cells(fmt, c.getRow(units + 3)));
    }
  }

  /**
   * The declarations themselves say which projects are expected (the sample: six projects of 普陀区,
   * 2024).
   */
  @Test
  void theChaseCanTakeTheDeclarations(@TempDir Path tmp) throws Exception {
    Path report =
        report(
            tmp,
            checked(
                form(
                    SELF,
                    2024,
                    "A",
                    "上海市普陀区司法局",
                    "上海市普陀区司法局",
                    "司法调解",
                    1000,
                    95.5,
                    "优",
                    List.of())));
    Path xlsx = tmp.resolve("汇总.xlsx");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    assertEquals(
        0,
        run(
            out,
            err,
            report.toString(),
            "--out",
            xlsx.toString(),
            "--declarations",
            "test-workbooks/declaration/2024-普陀区司法局-绩效目标申报表.xlsx"),
        err.toString());
    assertTrue(out.toString().contains("，未提交自评 5 个、退回未改 0 个；"), out.toString());
    try (XSSFWorkbook wb = open(xlsx)) {
      XSSFSheet c = wb.getSheet("催报");
      int missing = rowOf(c, "一、尚未提交自评表的项目（5 个）");
      List<String> projects = new ArrayList<>();
      for (int k = 2; k < 7; k++) {
        projects.add(c.getRow(missing + k).getCell(3).getStringCellValue());
      }
      assertFalse(projects.contains("司法调解"), projects.toString());
      assertTrue(projects.contains("法律援助费"), projects.toString());
    }
  }

  @Test
  void anOutThatIsAFolderIsAUsageError(@TempDir Path tmp) throws Exception {
    Path report = report(tmp, checked(form("A", "司法局", "P", 1, 90, "优", List.of())));
    Path dir = Files.createDirectories(tmp.resolve("汇总.xlsx"));
    StringWriter err = new StringWriter();
    assertEquals(2, run(new StringWriter(), err, report.toString(), "--out", dir.toString()));
    assertEquals(
        "perfsheet summary: --out 应是文件（如 汇总.xlsx），不是文件夹："
            + dir
            + " / --out must name a file, not a folder\n",
        err.toString());
  }

  @Test
  void aMissingProjectListIsNotFound(@TempDir Path tmp) throws Exception {
    Path report = report(tmp, checked(form("A", "司法局", "P", 1, 90, "优", List.of())));
    StringWriter err = new StringWriter();
    Path none = tmp.resolve("无.csv");
    assertEquals(
        3,
        run(
            new StringWriter(),
            err,
            report.toString(),
            "--out",
            tmp.resolve("s.xlsx").toString(),
            "--projects",
            none.toString()));
    assertEquals(
        "perfsheet summary: 找不到项目清单：" + none + " / project list not found: " + none + "\n",
        err.toString());
  }

  @Test
  void aPdfIsRefusedWithWhatToDoInstead(@TempDir Path tmp) throws Exception {
    Path report = report(tmp, checked(form("A", "司法局", "P", 1, 90, "优", List.of())));
    StringWriter err = new StringWriter();
    assertEquals(
        2,
        run(new StringWriter(), err, report.toString(), "--out", tmp.resolve("汇总.pdf").toString()));
    assertEquals(
        "perfsheet summary: 不能直接输出 PDF。请输出 .xlsx，在 Excel 或 WPS 中打开后“另存为 PDF”或打印（已设置 A4"
            + " 横向、按页宽缩放、每页重复表头）/ PDF is not supported: write .xlsx and save it as PDF from Excel"
            + " or WPS (set up for A4 landscape, one page wide)\n",
        err.toString());
    assertFalse(Files.exists(tmp.resolve("汇总.pdf")));
    err.getBuffer().setLength(0);
    assertEquals(
        2,
        run(new StringWriter(), err, report.toString(), "--out", tmp.resolve("汇总.xls").toString()));
    assertEquals(
        "perfsheet summary: 输出格式只能是 xlsx 或 csv（--out 汇总.xlsx 或 --out 汇总.csv） / the output must be"
            + " .xlsx or .csv\n",
        err.toString());
  }

  @Test
  void csvIsQuotedGuardedAgainstFormulasAndShowsRatesAsPercentages(@TempDir Path tmp)
      throws Exception {
    Path report =
        report(tmp, checked(form("A", "上海市司法局", "=1+1,\"引号\"", 1000, 95.5, "优", List.of(ERROR))));
    Path csv = tmp.resolve("s.csv");
    StringWriter out = new StringWriter();
    assertEquals(0, run(out, new StringWriter(), report.toString(), "--out", csv.toString()));
    List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
    assertEquals(
        "\uFEFF年度,主管部门,实施单位,项目名称,表类型,全年预算数（元）,全年执行数（元）,执行率,自评总分,核定总分,等级,审核结论,错误数,警告数,提示数,"
            + "问题,提交单位,来源文件,工作表,说明",
        lines.get(0));
    assertEquals(
        "2021,上海市司法局,上海市司法局,\"'=1+1,\"\"引号\"\"\",财政项目支出绩效自评表,1000,900,90.00%,95.5,95.5,优,退回,1,0,0,"
            + "自评得分高于评分规则,,a.xlsx,A,",
        lines.get(1));
    assertTrue(
        out.toString().startsWith("已写出 " + csv + "：共 1 张表（2021 年度 财政项目支出绩效自评表 1 张，退回 1）\n"),
        out.toString());
  }

  @Test
  void aJournalKeepsTheLatestSubmissionOfEachForm(@TempDir Path tmp) throws Exception {
    Path journal = tmp.resolve("journal.jsonl");
    String first =
        ReportJson.line(
            WorkbookReport.checked(
                "x.xlsx", "o.xlsx", List.of(form("A", "硚口区司法局", "P", 10, 70, "中", List.of()))));
    String second =
        ReportJson.line(
            WorkbookReport.checked(
                "x.xlsx", "o2.xlsx", List.of(form("A", "硚口区司法局", "P", 10, 92, "优", List.of()))));
    Files.writeString(
        journal,
        "{\"time\":\"t1\",\"submitter\":\"硚口\",\"status\":\"returned\",\"report\":"
            + first
            + "}\n"
            + "{\"time\":\"t2\",\"submitter\":\"硚口\",\"status\":\"returned\",\"report\":"
            + second
            + "}\n"
            + "{\"time\":\"t3\",\"submit",
        StandardCharsets.UTF_8);
    Path csv = tmp.resolve("s.csv");
    StringWriter err = new StringWriter();
    assertEquals(
        0,
        run(new StringWriter(), err, journal.toString(), "--out", csv.toString()),
        err.toString());
    List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
    assertEquals(
        2, lines.size(), "one form, the resubmission; the torn last line is skipped: " + lines);
    assertTrue(lines.get(1).contains(",92,92,优,"), lines.get(1));
  }

  @Test
  void aRejectedWorkbookReadLaterCountsOnlyAsRead(@TempDir Path tmp) throws Exception {
    Path report =
        report(
            tmp,
            WorkbookReport.rejected("in/a.xlsx", new RejectReason("EMPTY_FILE", "空文件 / empty")),
            checked(form("A", "司法局", "P", 1, 90, "优", List.of())));
    Path csv = tmp.resolve("s.csv");
    assertEquals(
        0, run(new StringWriter(), new StringWriter(), report.toString(), "--out", csv.toString()));
    assertEquals(2, Files.readAllLines(csv, StandardCharsets.UTF_8).size());
  }

  @Test
  void anUnreadableReportExitsThreeWithTheFix(@TempDir Path tmp) throws Exception {
    Path bad = tmp.resolve("report.json");
    Files.writeString(bad, "[1, 2");
    StringWriter err = new StringWriter();
    assertEquals(
        3, run(new StringWriter(), err, bad.toString(), "--out", tmp.resolve("s.xlsx").toString()));
    assertEquals(
        "perfsheet summary: 无法读取审核报告 "
            + bad
            + "（不是 JSON 对象）。请提供 perfsheet check 生成的 report.json 或监控文件夹的 "
            + "journal.jsonl / cannot read report "
            + bad
            + ": 不是 JSON 对象\n",
        err.toString());
  }

  /** The checked monitoring samples: 安置帮教和社区矫正 is red (funds yellow), 法律援助费 green, one 主管部门. */
  @Test
  void monitoringFormsGetTheirSheetRedProjectsFirstAndCountsPerDepartment(@TempDir Path tmp)
      throws Exception {
    Path checked = tmp.resolve("checked");
    assertEquals(
        1,
        PerfsheetCommand.run(
            new String[] {
              "check", "test-workbooks/monitoring", "--out", checked.toString(), "--quiet"
            },
            new PrintWriter(new StringWriter(), true),
            new PrintWriter(new StringWriter(), true)),
        "the problem sample has errors");
    Path xlsx = tmp.resolve("汇总.xlsx");
    assertEquals(
        0,
        run(
            new StringWriter(),
            new StringWriter(),
            checked.resolve("report.json").toString(),
            "--out",
            xlsx.toString()));
    DataFormatter fmt = new DataFormatter();
    try (XSSFWorkbook wb = open(xlsx)) {
      List<String> names = new ArrayList<>();
      wb.forEach(s -> names.add(s.getSheetName()));
      assertEquals(List.of("汇总", "部门汇总", "项目汇总", "问题清单", "监控汇总"), names);
      XSSFSheet m = wb.getSheet("监控汇总");
      assertEquals("预算绩效审核汇总表 · 监控汇总", m.getRow(0).getCell(0).getStringCellValue());
      int head = rowOf(m, "预警");
      assertEquals(List.of(Monitoring.HEAD), cells(m.getRow(head), fmt));
      assertEquals(
          List.of(
              "红灯",
              "上海市普陀区司法局",
              "上海市普陀区司法局",
              "安置帮教和社区矫正",
              "2024",
              "1-7月",
              "8,537,900.00",
              "3,415,200.00",
              "40.00%",
              "58.33%",
              "68.57",
              "黄灯",
              "红灯",
              "4",
              "1",
              "8",
              "1",
              "退回",
              "2024-安置帮教和社区矫正-执行监控表-问题样例.xlsx"),
          cells(m.getRow(head + 1), fmt),
          "the red project first");
      assertEquals(
          "FF5050",
          m.getRow(head + 1)
              .getCell(0)
              .getCellStyle()
              .getFillForegroundColorColor()
              .getARGBHex()
              .substring(2));
      assertEquals(
          List.of(
              "绿灯",
              "上海市普陀区司法局",
              "上海市普陀区法律援助中心",
              "法律援助费",
              "2024",
              "1-6月",
              "5,700,000.00",
              "3,000,000.00",
              "52.63%",
              "50.00%",
              "105.26",
              "绿灯",
              "绿灯",
              "0",
              "0",
              "6",
              "0",
              "通过",
              "2024-法律援助费-执行监控表-1-6月.xlsx"),
          cells(m.getRow(head + 2), fmt));
      int departments = rowOf(m, "二、按主管部门（红灯项目多者在前）") + 1;
      assertEquals(
          List.of("", "上海市普陀区司法局", "2", "1", "0", "1"),
          cells(m.getRow(departments + 1), fmt),
          "2 projects, 1 red, 0 yellow");
      assertEquals(departments + 2, m.getLastRowNum() + 1, "one department");
      for (Row r : m) {
        for (Cell c : r) {
          if (c.getCellType() == CellType.NUMERIC) {
            assertNotEquals(
                "General", c.getCellStyle().getDataFormatString(), c.getAddress().toString());
          }
        }
      }
      PrintSetup ps = m.getPrintSetup();
      assertEquals(PrintSetup.A4_PAPERSIZE, ps.getPaperSize());
      assertTrue(ps.getLandscape());
      assertEquals(1, ps.getFitWidth());
      assertEquals(head, m.getRepeatingRows().getFirstRow(), "the header prints on every page");
    }
  }

  @Test
  void noMonitoringFormsNoMonitoringSheet(@TempDir Path tmp) throws Exception {
    Path report = report(tmp, checked(form("A", "司法局", "P", 1, 90, "优", List.of())));
    Path xlsx = tmp.resolve("汇总.xlsx");
    assertEquals(
        0,
        run(new StringWriter(), new StringWriter(), report.toString(), "--out", xlsx.toString()));
    try (XSSFWorkbook wb = open(xlsx)) {
      assertEquals(-1, wb.getSheetIndex("监控汇总"));
    }
  }

  /**
   * Per department: the most red projects first, then the most yellow; 预警 is the worse of the funds
   * and project lights.
   */
  @Test
  void departmentsWithRedProjectsComeFirst(@TempDir Path tmp) throws Exception {
    Path report =
        report(
            tmp,
            checked(
                monitored("甲局", "P1", Light.GREEN, Light.GREEN),
                    monitored("甲局", "P2", Light.YELLOW, Light.GREEN),
                monitored("乙局", "P3", Light.GREEN, Light.RED),
                    monitored("丙局", "P4", null, Light.BLUE)));
    Path xlsx = tmp.resolve("汇总.xlsx");
    assertEquals(
        0,
        run(new StringWriter(), new StringWriter(), report.toString(), "--out", xlsx.toString()));
    DataFormatter fmt = new DataFormatter();
    try (XSSFWorkbook wb = open(xlsx)) {
      XSSFSheet m = wb.getSheet("监控汇总");
      int head = rowOf(m, "预警");
      assertEquals(
          List.of("红灯", "黄灯", "绿灯", "蓝灯"),
          List.of(
              fmt.formatCellValue(m.getRow(head + 1).getCell(0)),
              fmt.formatCellValue(m.getRow(head + 2).getCell(0)),
              fmt.formatCellValue(m.getRow(head + 3).getCell(0)),
              fmt.formatCellValue(m.getRow(head + 4).getCell(0))));
      assertEquals("P3", m.getRow(head + 1).getCell(3).getStringCellValue());
      assertEquals("无法计算", m.getRow(head + 4).getCell(11).getStringCellValue(), "no funds light");
      int d = rowOf(m, "二、按主管部门（红灯项目多者在前）") + 1;
      assertEquals(List.of("", "乙局", "1", "1", "0", "1"), cells(m.getRow(d + 1), fmt));
      assertEquals(List.of("", "甲局", "2", "0", "1", "1"), cells(m.getRow(d + 2), fmt));
      assertEquals(List.of("", "丙局", "1", "0", "0", "0"), cells(m.getRow(d + 3), fmt));
    }
  }

  static FormResult monitored(String department, String project, Light funds, Light worst) {
    Lights lights =
        new Lights(
            7,
            funds == null ? null : new LightMark(CellRef.parse("A!N6"), null, funds, 70.0),
            worst,
            List.of(new LightMark(CellRef.parse("A!F13"), "指标", worst, null)));
    return new FormResult(
        "A",
        FormKind.PROJECT_MONITORING,
        "monitoring",
        project,
        department,
        department,
        2024,
        1000.0,
        400.0,
        new Stated(0.4, 0.4),
        Stated.NONE,
        Stated.NONE,
        null,
        List.of(),
        List.of(),
        lights);
  }

  static List<String> cells(Row r, DataFormatter fmt) {
    List<String> out = new ArrayList<>();
    for (int c = 0; c < r.getLastCellNum(); c++) {
      out.add(r.getCell(c) == null ? "" : fmt.formatCellValue(r.getCell(c)));
    }
    return out;
  }
}
