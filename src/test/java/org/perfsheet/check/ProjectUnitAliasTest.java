package org.perfsheet.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.perfsheet.layout.Layout;
import org.perfsheet.model.FindingCode;
import org.perfsheet.model.FormResult;
import org.perfsheet.report.WorkbookReport;
import org.perfsheet.scoring.ScoringProfile;
import org.perfsheet.workbook.TemplateLearner;

/**
 * A form printing 项目实施单位 where the template prints 实施单位 (Gansu's provincial system, and others) is
 * read with its 实施单位, on every template that prints 实施单位 (the alias is in their legends): not told
 * it lacks 实施单位, not asked to fill it.
 */
class ProjectUnitAliasTest {

  static List<Layout> layouts;

  @BeforeAll
  static void learn() throws IOException {
    layouts = TemplateLearner.loadAll(Path.of("templates"));
  }

  @ParameterizedTest
  @CsvSource({
    "test-workbooks/self-evaluation/2021-上海市司法局-项目自评表.xlsx, 12348公共法律服务, F4, self-evaluation",
    "test-workbooks/monitoring/2024-法律援助费-执行监控表-1-6月.xlsx, 项目支出绩效目标执行监控, G4, monitoring",
    "test-workbooks/declaration/2024-普陀区司法局-绩效目标申报表.xlsx, 司法调解, D4, declaration"
  })
  void 项目实施单位IsRead(String file, String sheet, String label, String template, @TempDir Path dir)
      throws IOException {
    Path source = Path.of(file);
    FormResult original = form(source, sheet, dir.resolve("a.xlsx"));
    Path relabelled = dir.resolve("relabelled.xlsx");
    try (InputStream in = Files.newInputStream(source);
        Workbook wb = WorkbookFactory.create(in);
        OutputStream o = Files.newOutputStream(relabelled)) {
      Sheet s = wb.getSheet(sheet);
      CellReference r = new CellReference(label);
      Cell c = s.getRow(r.getRow()).getCell(r.getCol());
      assertEquals("实施单位", c.getStringCellValue().strip(), "the label the form prints");
      c.setCellValue("项目实施单位");
      wb.write(o);
    }
    FormResult f = form(relabelled, sheet, dir.resolve("b.xlsx"));
    assertEquals(template, f.template());
    assertEquals(original.unit(), f.unit(), "实施单位 read beside 项目实施单位");
    assertTrue(f.unit() != null && !f.unit().isBlank());
    assertTrue(
        f.findings().stream()
            .noneMatch(
                x ->
                    x.code() == FindingCode.FIELD_NOT_FOUND
                        || x.code() == FindingCode.LAYOUT_UNRECOGNISED
                        || x.message().contains("实施单位")),
        () -> f.findings().toString());
    assertEquals(original.findings().size(), f.findings().size(), () -> f.findings().toString());
  }

  private static FormResult form(Path file, String sheet, Path out) throws IOException {
    WorkbookReport r = new Checker(layouts, ScoringProfile.defaults()).process(file, out);
    return r.forms().stream()
        .filter(f -> f.sheet().equals(sheet))
        .findFirst()
        .orElseThrow(() -> new AssertionError(file + ": " + r));
  }
}
