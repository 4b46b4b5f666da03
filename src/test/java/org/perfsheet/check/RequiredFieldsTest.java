package org.perfsheet.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfsheet.layout.FieldKeys.SelfEvaluation;
import org.perfsheet.layout.FormData;
import org.perfsheet.model.CellRef;
import org.perfsheet.model.Finding;
import org.perfsheet.model.FindingCode;
import org.perfsheet.report.WorkbookReport;
import org.perfsheet.scoring.ScoringProfile;
import org.perfsheet.workbook.FormFinder;
import org.perfsheet.workbook.TemplateLearner;
import org.perfsheet.workbook.WorkbookOpener;

/**
 * A template whose legend marks one more field 必填 makes perfsheet require it: no code, the same
 * form. With the shipped template the blank field is no finding.
 */
class RequiredFieldsTest {

  private static final Path SAMPLE =
      Path.of("test-workbooks/self-evaluation/2021-上海市司法局-项目自评表.xlsx");

  @Test
  void aFieldTheLegendMarksRequiredIsReportedWhenBlank(@TempDir Path tmp) throws Exception {
    Path templates = Files.createDirectories(tmp.resolve("templates"));
    try (var files = Files.list(Path.of("templates"))) {
      for (Path t : files.filter(p -> p.toString().endsWith(".xlsx")).toList()) {
        Files.copy(t, templates.resolve(t.getFileName()));
      }
    }
    markRequired(
        templates.resolve("self-evaluation.xlsx"),
        TemplateLearner.NAME_PREFIX + SelfEvaluation.BUDGET_INITIAL);

    // The sample with its 年初预算数 emptied.
    CellRef initial;
    try (WorkbookOpener.Opened o = WorkbookOpener.open(SAMPLE)) {
      FormData form =
          new FormFinder(TemplateLearner.loadAll(Path.of("templates"))).find(o.workbook()).get(0);
      initial = form.field(SelfEvaluation.BUDGET_INITIAL).ref();
    }
    Path input = tmp.resolve("blank-initial.xlsx");
    try (InputStream in = Files.newInputStream(SAMPLE);
        Workbook wb = WorkbookFactory.create(in)) {
      wb.getSheet(initial.sheet()).getRow(initial.row()).getCell(initial.col()).setBlank();
      try (OutputStream out = Files.newOutputStream(input)) {
        wb.write(out);
      }
    }

    List<Finding> shipped = missing(Path.of("templates"), input, tmp.resolve("a.xlsx"), initial);
    assertEquals(List.of(), shipped, "the shipped template does not require 年初预算数");
    List<Finding> variant = missing(templates, input, tmp.resolve("b.xlsx"), initial);
    assertEquals(1, variant.size(), variant.toString());
    assertTrue(
        variant.get(0).message().startsWith("“年度资金总额的年初预算数”未填写。表式要求必填（"), variant.get(0).message());
  }

  private static List<Finding> missing(Path templates, Path input, Path output, CellRef at)
      throws Exception {
    WorkbookReport r =
        new Checker(TemplateLearner.loadAll(templates), ScoringProfile.defaults())
            .process(input, output);
    assertEquals(WorkbookReport.Status.CHECKED, r.status(), String.valueOf(r.error()));
    return r.forms().stream()
        .flatMap(f -> f.findings().stream())
        .filter(f -> f.code() == FindingCode.FIELD_MISSING && f.cell().equals(at))
        .toList();
  }

  /** Writes 是 in the 必填 column of the legend row for {@code name}. */
  private static void markRequired(Path template, String name) throws Exception {
    Workbook wb;
    try (InputStream in = Files.newInputStream(template)) {
      wb = WorkbookFactory.create(in);
    }
    try (wb) {
      Sheet legend = wb.getSheet("字段说明");
      boolean marked = false;
      for (Row row : legend) {
        if (row.getCell(0) != null && name.equals(row.getCell(0).toString().strip())) {
          row.createCell(2).setCellValue("是");
          marked = true;
        }
      }
      assertTrue(marked, name + " in the legend");
      try (OutputStream out = Files.newOutputStream(template)) {
        wb.write(out);
      }
    }
  }
}
