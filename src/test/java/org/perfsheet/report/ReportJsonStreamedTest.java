package org.perfsheet.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfsheet.check.Checker;
import org.perfsheet.scoring.ScoringProfile;
import org.perfsheet.workbook.TemplateLearner;

/** report.json written a workbook at a time is byte for byte the report written at once. */
class ReportJsonStreamedTest {

  @Test
  void theStreamedReportOfTheGoldenWorkbooksIsTheWholeOne(@TempDir Path tmp) throws IOException {
    Checker checker =
        new Checker(TemplateLearner.loadAll(Path.of("templates")), ScoringProfile.defaults());
    List<WorkbookReport> reports = new ArrayList<>();
    List<Path> inputs;
    try (Stream<Path> s = Files.walk(Path.of("test-workbooks"))) {
      inputs = s.filter(p -> p.toString().matches(".*\\.xlsx?$")).sorted().toList();
    }
    for (Path p : inputs) {
      reports.add(checker.process(p, tmp.resolve(reports.size() + "-" + p.getFileName())));
    }
    reports.add(WorkbookReport.rejected("空.xlsx", new RejectReason("EMPTY_FILE", "文件是空的")));
    assertTrue(reports.size() > 10, "golden workbooks found: " + reports.size());
    assertSame(reports);
  }

  @Test
  void anEmptyBatchStreamsTheSameEmptyList() throws IOException {
    assertSame(List.of());
  }

  private static void assertSame(List<WorkbookReport> reports) throws IOException {
    ByteArrayOutputStream whole = new ByteArrayOutputStream();
    ReportJson.write(reports, whole);
    ByteArrayOutputStream streamed = new ByteArrayOutputStream();
    try (ReportJson.Streamed s = new ReportJson.Streamed(streamed)) {
      for (WorkbookReport r : reports) {
        s.add(r);
      }
    }
    assertArrayEquals(
        whole.toByteArray(), streamed.toByteArray(), streamed.toString(StandardCharsets.UTF_8));
  }
}
