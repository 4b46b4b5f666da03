package org.perfsheet.samples.foreign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.perfsheet.check.Checker;
import org.perfsheet.layout.FieldKeys.Department;
import org.perfsheet.layout.FieldKeys.Ind;
import org.perfsheet.layout.FormData;
import org.perfsheet.layout.Layout;
import org.perfsheet.model.FormKind;
import org.perfsheet.model.FormResult;
import org.perfsheet.report.WorkbookReport;
import org.perfsheet.scoring.ScoringProfile;
import org.perfsheet.workbook.FormFinder;
import org.perfsheet.workbook.TemplateLearner;

/**
 * The published department-wide forms of other regions (Guizhou, Chongqing): each is read as a
 * department form by its own template, and its findings are exactly the required ones of its {@code
 * .expected.md} — no more (a false finding), no fewer.
 */
class ForeignDepartmentFormsTest {

  static final String GUIZHOU = "2021-贵州绥阳县太白镇-部门整体支出绩效自评表";
  static final String CHONGQING = "2021-重庆科学城融媒体中心-部门整体绩效自评表";

  static List<Layout> layouts;

  @BeforeAll
  static void learn() throws IOException {
    layouts = TemplateLearner.loadAll(Path.of("templates"));
  }

  private static FormResult check(String name, Path out) {
    WorkbookReport r =
        new Checker(layouts, ScoringProfile.defaults())
            .process(BuildForeignSamples.DIR.resolve(name + ".xlsx"), out.resolve(name + ".xlsx"));
    assertEquals(1, r.forms().size(), name + ": " + r);
    return r.forms().get(0);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {GUIZHOU, CHONGQING})
  void findingsAreExactlyTheRequiredOnes(String name, @TempDir Path out) throws IOException {
    FormResult f = check(name, out);
    assertEquals(FormKind.DEPARTMENT_SELF_EVALUATION, f.kind(), name);
    String md = Files.readString(BuildForeignSamples.DIR.resolve(name + ".expected.md"));
    int at = md.indexOf("## Findings a reviewer gives (required)");
    String required = md.substring(at, md.indexOf("\n## ", at + 1));
    Matcher m =
        Pattern.compile("(?m)^\\| ([A-Z]+[0-9]+) \\| ([A-Z_]+) \\| (error|warning|info) \\|")
            .matcher(required);
    TreeSet<String> expected = new TreeSet<>();
    while (m.find()) {
      expected.add(m.group(1) + " " + m.group(2) + " " + m.group(3));
    }
    TreeSet<String> actual = new TreeSet<>();
    f.findings()
        .forEach(
            x ->
                actual.add(
                    x.cell().a1()
                        + " "
                        + x.code()
                        + " "
                        + x.severity().name().toLowerCase(Locale.ROOT)));
    assertEquals(expected, actual, name);
  }

  @Test
  void guizhouIsScoredAsOneTableAfterItsBudget(@TempDir Path out) {
    FormResult f = check(GUIZHOU, out);
    assertEquals("department-self-evaluation-guizhou", f.template());
    assertNull(f.year(), "填报日期：2022年2月3日 is a date, not the budget year");
    assertEquals(100.0, f.total().stated());
    assertEquals(98.6, f.total().computed(), 1e-9, "10 + 80 + 8.6");
    assertEquals("优", f.grade());
  }

  @Test
  void chongqingGivesNoTotalWhileDirectionsAreInDoubt(@TempDir Path out) {
    FormResult f = check(CHONGQING, out);
    assertEquals("department-self-evaluation-chongqing", f.template());
    assertEquals(7.6, f.budgetScore().computed(), 1e-9);
    assertEquals(97.6, f.total().stated());
    assertNull(f.total().computed(), f.total().reason());
    assertNull(f.grade());
  }

  @Test
  void aFilledAdjustedTargetIsTheTarget(@TempDir Path out) throws IOException {
    // 政府采购执行率 adjusted from 100% to 70% during the year: 72.74% meets it
    Path copy = out.resolve(CHONGQING + ".xlsx");
    try (InputStream in =
            Files.newInputStream(BuildForeignSamples.DIR.resolve(CHONGQING + ".xlsx"));
        Workbook wb = WorkbookFactory.create(in)) {
      wb.getSheetAt(0).getRow(16).getCell(5).setCellValue("70%");
      try (OutputStream o = Files.newOutputStream(copy)) {
        wb.write(o);
      }
    }
    Files.createDirectories(out.resolve("out"));
    WorkbookReport r =
        new Checker(layouts, ScoringProfile.defaults())
            .process(copy, out.resolve("out").resolve(CHONGQING + ".xlsx"));
    List<String> row17 =
        r.forms().get(0).findings().stream()
            .filter(x -> x.cell().row() == 16)
            .map(x -> x.code() + "@" + x.cell().a1())
            .toList();
    assertEquals(List.of(), row17);
  }

  @Test
  void aValueUnderAHeaderOnTheSecondRowOfATallLabelIsTheValueNotTheHeader() throws Exception {
    // 年度总体目标 spans rows 9-10; 年初设定目标 (C9) is a header, the goal (C10) is under it
    FormData d =
        new FormFinder(layouts).read(BuildForeignSamples.DIR.resolve(GUIZHOU + ".xlsx")).get(0);
    assertEquals("C10", d.field(Department.GOAL_TEXT).ref().a1());
    assertEquals(9, d.rows().size());
  }

  @Test
  void chongqingNamesAndTargetsLeaveTheirNeighbourColumnsOut() throws Exception {
    FormData d =
        new FormFinder(layouts).read(BuildForeignSamples.DIR.resolve(CHONGQING + ".xlsx")).get(0);
    var first = d.rows().get(0);
    assertEquals("财政供养人员控制率", first.get(Department.indicator(Ind.NAME)).text(), "not 计量单位 %");
    assertEquals("100%", first.get(Department.indicator(Ind.TARGET)).text(), "not 定量指标");
    assertEquals(21, d.rows().size());
  }
}
