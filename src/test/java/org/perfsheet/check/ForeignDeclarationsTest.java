package org.perfsheet.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfsheet.layout.Layout;
import org.perfsheet.model.FormResult;
import org.perfsheet.report.WorkbookReport;
import org.perfsheet.scoring.ScoringProfile;
import org.perfsheet.workbook.TemplateLearner;

/**
 * Published declarations from two more systems (test-workbooks/foreign/, Hunan Xiangtan and Gansu
 * Jiayuguan 2023): read through their templates, they get exactly the findings their {@code
 * .expected.md} requires — no taxonomy complaint on official names printed as one box, no value
 * read from a label the template prints beside a blank box.
 */
class ForeignDeclarationsTest {

  static final Path DIR = Path.of("test-workbooks/foreign");
  static final String HUNAN = "2023-湖南湘潭市环卫处-雾炮车降尘-绩效目标申报表.xlsx";
  static final String GANSU = "2023-甘肃嘉峪关城市博物馆-免费开放补助-绩效目标表.xlsx";
  static final String YUEYANG = "2022-湖南岳阳县农业农村局-高标准农田-衔接资金绩效目标申报表.xlsx";

  static List<Layout> layouts;

  @BeforeAll
  static void learn() throws IOException {
    layouts = TemplateLearner.loadAll(Path.of("templates"));
  }

  private static FormResult check(Path file, Path out) throws IOException {
    return check(file, out, layouts);
  }

  private static FormResult check(Path file, Path out, List<Layout> layouts) throws IOException {
    WorkbookReport r =
        new Checker(layouts, ScoringProfile.defaults()).process(file, out.resolve("out.xlsx"));
    assertEquals(1, r.forms().size(), file + ": " + r);
    return r.forms().get(0);
  }

  private static List<String> findings(FormResult f) {
    return f.findings().stream()
        .map(x -> x.cell().a1() + " " + x.severity() + " " + x.code())
        .toList();
  }

  @Test
  void xiangtanSatisfactionBoxOverBothLevelsIsNotALevelError(@TempDir Path out) throws IOException {
    FormResult f = check(DIR.resolve(HUNAN), out);
    assertEquals("declaration-hunan", f.template());
    assertEquals("雾炮车降尘抑尘服务", f.project());
    assertEquals(2023, f.year());
    // The fault put in (≥250万 for 250万), and nothing else: no LEVEL_INVALID on B18, no
    // CATEGORY_MISSING 满意度, no DATE_INVALID on the 实施期 2023.07-2024.01, nothing on empty rows.
    assertEquals(List.of("E13 WARNING COST_FLOOR"), findings(f));
  }

  @Test
  void jiayuguanIsReadWithCostAsA一级AndItsVagueTargetsFound(@TempDir Path out) throws IOException {
    FormResult f = check(DIR.resolve(GANSU), out);
    assertEquals("declaration-gansu", f.template());
    assertEquals("博物馆纪念馆市级免费开放补助资金", f.project());
    assertEquals("嘉峪关城市博物馆", f.unit());
    assertEquals(200000.0, f.budget(), 1e-6, "预算申报数 20万元 in 元");
    assertEquals(List.of("F22 WARNING TARGET_VAGUE", "F23 WARNING TARGET_VAGUE"), findings(f));
  }

  @Test
  void aBlankAmountBesideAPrintedLabelIsBlankNotTheLabel(@TempDir Path out) throws IOException {
    // 项目总投资 left blank: the box to its right prints 中央补助安排, which names no field of the
    // template. It is a label all the same (the template prints it), so 项目总投资 is missing.
    Path blank = out.resolve("blank.xlsx");
    try (InputStream in = Files.newInputStream(DIR.resolve(GANSU));
        Workbook wb = WorkbookFactory.create(in);
        OutputStream o = Files.newOutputStream(blank)) {
      wb.getSheetAt(0).getRow(5).getCell(1).setBlank(); // B6
      wb.write(o);
    }
    FormResult f = check(blank, out);
    assertEquals(
        List.of("B6 ERROR FIELD_MISSING", "F22 WARNING TARGET_VAGUE", "F23 WARNING TARGET_VAGUE"),
        findings(f));
  }

  @Test
  void yueyangGoalIsReadUnderItsHeaderAndTheGarbledAmountIsReported(@TempDir Path out)
      throws IOException {
    FormResult f = check(DIR.resolve(YUEYANG), out);
    assertEquals("declaration-transition", f.template());
    assertEquals("农田建设服务中心", f.unit());
    // C7 `854万854万(…)` is the published fault; C6 `854万(…)` reads 854 (万元, the breakdown in
    // brackets is a note); no FIELD_MISSING for 年度总体目标 (B10, under 年度目标), no FUNDS_MISMATCH
    // from an unreadable part.
    assertEquals(8_540_000.0, f.budget(), 1e-6, "年度资金总额 854万 in 元");
    assertEquals(List.of("C7 ERROR VALUE_UNREADABLE"), findings(f));
  }

  @Test
  void aLabelAtTheFormsRightEdgeHasItsValueUnderItNotOutsideTheForm(@TempDir Path out)
      throws IOException {
    // Read through a layout that looks for the goal right of 年度目标 (Xiangtan's): B9:E9 reaches
    // the form's right edge, so the value is under it (B10), never F9 outside the form; the fields
    // this layout cannot find are a note on the form, not findings.
    List<Layout> hunan = layouts.stream().filter(l -> l.id().equals("declaration-hunan")).toList();
    FormResult f = check(DIR.resolve(YUEYANG), out, hunan);
    assertEquals(List.of("A1 WARNING FIELD_NOT_FOUND"), findings(f));
  }

  @Test
  void anAmountWrittenInAnotherUnitIsAddedInTheFormsUnit(@TempDir Path out) throws IOException {
    // Yueyang's funds in 元, the appropriation written 854万: 8,540,000 = 854万 + 0, no mismatch.
    Path yuan = out.resolve("yuan.xlsx");
    try (InputStream in = Files.newInputStream(DIR.resolve(YUEYANG));
        Workbook wb = WorkbookFactory.create(in);
        OutputStream o = Files.newOutputStream(yuan)) {
      var s = wb.getSheetAt(0);
      s.getRow(5).getCell(0).setCellValue("资金情况\n（元）"); // A6
      s.getRow(5).getCell(2).setCellValue("8540000"); // C6
      s.getRow(6).getCell(2).setCellValue("854万"); // C7
      wb.write(o);
    }
    FormResult f = check(yuan, out);
    assertEquals(8_540_000.0, f.budget(), 1e-6);
    assertEquals(List.of(), findings(f));
    // The same form with 854 万 typed as 800万: the sum is checked in 元.
    try (InputStream in = Files.newInputStream(yuan);
        Workbook wb = WorkbookFactory.create(in)) {
      wb.getSheetAt(0).getRow(6).getCell(2).setCellValue("800万");
      try (OutputStream o = Files.newOutputStream(out.resolve("short.xlsx"))) {
        wb.write(o);
      }
    }
    assertEquals(
        List.of("C6 ERROR FUNDS_MISMATCH"), findings(check(out.resolve("short.xlsx"), out)));
  }
}
