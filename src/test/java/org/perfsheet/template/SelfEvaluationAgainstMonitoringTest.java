package org.perfsheet.template;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfsheet.check.Checker;
import org.perfsheet.layout.FieldKeys.Ind;
import org.perfsheet.model.FindingCode;
import org.perfsheet.model.FormResult;
import org.perfsheet.model.ReviewSettings;
import org.perfsheet.rules.DeclaredTargets;
import org.perfsheet.scoring.ScoringProfile;
import org.perfsheet.workbook.TemplateLearner;

/**
 * A year-end self-evaluation held to the same project's mid-year monitoring form ({@code check
 * --monitoring}): actuals far below the forecast are FORECAST_MISSED. The self-evaluation is
 * generated from the Putuo 2024 declaration, the monitoring form is the sample in
 * test-workbooks/monitoring (集中教育 forecast 4次, 衔接率 100%).
 */
class SelfEvaluationAgainstMonitoringTest {

  @Test
  void anActualFarBelowTheForecastIsAWarning(@TempDir Path tmp) throws Exception {
    SelfEvaluationGeneratorTest.generate(tmp.resolve("gen"));
    Path file = tmp.resolve("gen").resolve("2024-上海市普陀区司法局-安置帮教和社区矫正-绩效自评表.xlsx");
    XSSFWorkbook wb;
    try (InputStream in = Files.newInputStream(file)) {
      wb = new XSSFWorkbook(in);
    }
    // 集中教育 2次 of the 4次 forecast; 衔接率 50% of 100%; 组织专职干部、社工培训 2次 as forecast.
    SelfEvaluationGeneratorTest.cell(wb, Ind.ACTUAL, 1).setCellValue("2次");
    SelfEvaluationGeneratorTest.cell(wb, Ind.ACTUAL, 3).setCellValue("2次");
    SelfEvaluationGeneratorTest.cell(wb, Ind.ACTUAL, 7).setCellValue(0.5);
    try (OutputStream out = Files.newOutputStream(file)) {
      wb.write(out);
    }
    wb.close();
    var layouts = TemplateLearner.loadAll(Path.of("templates"));
    Checker checker =
        new Checker(
            layouts,
            ScoringProfile.defaults(),
            new DeclaredTargets(),
            Checker.monitoring(layouts, List.of(Path.of("test-workbooks/monitoring"))),
            ReviewSettings.defaults());
    FormResult r = checker.process(file, tmp.resolve("checked.xlsx")).forms().get(0);
    List<String> missed =
        r.findings().stream()
            .filter(f -> f.code() == FindingCode.FORECAST_MISSED)
            .map(f -> f.cell().a1() + " " + f.message())
            .toList();
    assertEquals(
        List.of(
            "F16 实际完成值“2次”远低于年中执行监控表预计的全年完成值“4次”（1-7月，完成预计的 50%）。请在偏差原因分析中说明下半年未按预计完成的原因。",
            "F20 实际完成值“0.5”远低于年中执行监控表预计的全年完成值“100%”（1-7月，完成预计的 50%）。请在偏差原因分析中说明下半年未按预计完成的原因。"),
        missed);
  }
}
