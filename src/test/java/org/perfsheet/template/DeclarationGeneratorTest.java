package org.perfsheet.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfsheet.check.Checker;
import org.perfsheet.layout.FormData;
import org.perfsheet.layout.FormMappings;
import org.perfsheet.model.DeclarationForm;
import org.perfsheet.scoring.ScoringProfile;
import org.perfsheet.workbook.FormFinder;
import org.perfsheet.workbook.TemplateLearner;
import org.perfsheet.workbook.WorkbookOpener;
import picocli.CommandLine;

class DeclarationGeneratorTest {

  static final String LIST =
      "\uFEFF备注,项目名称,年度,实施单位,主管部门,项目性质,项目类别,当年财政拨款,上年结转资金,其他资金,财政资金,计划开始日期,计划完成日期\n"
          + "首行,司法调解,2024,上海市普陀区司法局,上海市普陀区司法局,经常性项目,特定目标类,5100000,0,0,5100000,2024-01-01,2024-12-31\n"
          + ",,2024,上海市普陀区司法局,上海市普陀区司法局,经常性项目,特定目标类,1,0,0,1,2024-01-01,2024-12-31\n"
          + ",法律援助费,2024,上海市普陀区法律援助中心,上海市普陀区司法局,经常性项目,特定目标类,五百七十万,0,0,,2024-01-01,2024-12-31\n"
          + ",司法调解,2024,上海市普陀区司法局,上海市普陀区司法局,经常性项目,特定目标类,100,0,0,100,2024/1/1,2024年12月31日\n"
          + ",法制/业务:经费?,2024,上海市普陀区司法局,上海市普陀区司法局,经常性项目,特定目标类,450000,,,,2024-01-01,2024-12-31\n";

  @Test
  void generatesOneDeclarationPerGoodRowAndReportsBadRows(@TempDir Path tmp) throws Exception {
    Path list = tmp.resolve("项目清单.csv");
    Files.writeString(list, LIST, StandardCharsets.UTF_8);
    Path out = tmp.resolve("out");
    StringWriter o = new StringWriter();
    StringWriter e = new StringWriter();
    CommandLine cl = new CommandLine(new TemplateCommand());
    cl.setOut(new PrintWriter(o, true));
    cl.setErr(new PrintWriter(e, true));
    int code = cl.execute("declaration", "--projects", list.toString(), "--out", out.toString());

    assertEquals(1, code, "bad rows make the exit code 1");
    assertEquals(
        list + ": 第 3 行：缺少项目名称，已跳过此行\n" + list + ": 第 4 行：当年财政拨款“五百七十万”不是数字，已跳过此行\n", e.toString());
    List<String> files;
    try (var s = Files.list(out)) {
      files = s.map(p -> p.getFileName().toString()).sorted().toList();
    }
    assertEquals(
        List.of(
            "2024-上海市普陀区司法局-司法调解-绩效目标申报表(2).xlsx",
            "2024-上海市普陀区司法局-司法调解-绩效目标申报表.xlsx",
            "2024-上海市普陀区司法局-法制_业务_经费_-绩效目标申报表.xlsx"),
        files);

    Path first = out.resolve("2024-上海市普陀区司法局-司法调解-绩效目标申报表.xlsx");
    List<FormData> forms;
    try (WorkbookOpener.Opened wb = WorkbookOpener.open(first)) {
      forms = new FormFinder(TemplateLearner.loadAll(Path.of("templates"))).find(wb.workbook());
    }
    assertEquals(1, forms.size(), "the generated workbook is read back as a declaration");
    DeclarationForm d = FormMappings.declaration(forms.get(0));
    assertEquals("司法调解", d.project().name().text());
    assertEquals(2024, d.project().year());
    assertEquals("2024-01-01", d.startDate().text());
    assertEquals("2024-12-31", d.endDate().text());
    assertEquals(5100000.0, d.appropriation().number());
    assertEquals(0, d.indicators().size());

    var checked =
        new Checker(TemplateLearner.loadAll(Path.of("templates")), ScoringProfile.defaults())
            .process(first, tmp.resolve("checked.xlsx"));
    assertEquals(
        List.of("FIELD_MISSING", "FIELD_MISSING"),
        checked.forms().get(0).findings().stream().map(f -> f.code().name()).toList(),
        "a blank declaration only lacks what the unit must write; its totals add up");

    try (InputStream in = Files.newInputStream(first);
        XSSFWorkbook wb = new XSSFWorkbook(in)) {
      assertEquals(-1, wb.getSheetIndex("字段说明"), "the legend is for template authors only");
      assertEquals(
          5100000.0,
          wb.getSheet("申报表").getRow(5).getCell(2).getNumericCellValue(),
          1e-9,
          "formulas are saved with their values");
      XSSFSheet s = wb.getSheet("申报表");
      assertTrue(s.getProtect(), "labels are locked");
      assertTrue(
          s.getCTWorksheet().getSheetProtection().getPassword() == null, "no password by default");
      assertEquals(
          "SUM(C7,C9)", s.getRow(5).getCell(2).getCellFormula(), "项目资金总额 is a live formula");
      assertEquals(
          10,
          s.getDataValidations().size(),
          "一级, 二级, target help, start and end dates, five amounts");
      var dates =
          s.getDataValidations().stream()
              .filter(
                  v ->
                      v.getValidationConstraint().getValidationType()
                          == DataValidationConstraint.ValidationType.DATE)
              .toList();
      assertEquals(2, dates.size(), "start and end dates are dates");
      assertEquals(
          "DATE(2024,1,1)",
          dates.get(0).getValidationConstraint().getFormula1(),
          "within the budget year");
      assertEquals("DATE(2024,12,31)", dates.get(0).getValidationConstraint().getFormula2());
      assertEquals(DataValidation.ErrorStyle.STOP, dates.get(0).getErrorStyle());
      long amounts =
          s.getDataValidations().stream()
              .filter(
                  v ->
                      v.getValidationConstraint().getValidationType()
                              == DataValidationConstraint.ValidationType.DECIMAL
                          && v.getValidationConstraint().getOperator()
                              == DataValidationConstraint.OperatorType.GREATER_OR_EQUAL
                          && "0".equals(v.getValidationConstraint().getFormula1()))
              .count();
      assertEquals(5, amounts, "amounts are decimals ≥ 0");
      assertTrue(!s.getRow(12).getCell(5).getCellStyle().getLocked(), "target cells are unlocked");
      assertTrue(s.getRow(2).getCell(0).getCellStyle().getLocked(), "labels are locked");
    }
  }
}
