package org.perfsheet.bench;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.perfsheet.model.CellRef;
import org.perfsheet.model.Finding;
import org.perfsheet.model.FindingCode;
import org.perfsheet.model.FormKind;
import org.perfsheet.model.FormResult;
import org.perfsheet.model.Stated;
import org.perfsheet.report.ReportJson;
import org.perfsheet.report.WorkbookReport;
import org.perfsheet.summary.SummaryCommand;
import picocli.CommandLine;

/**
 * 100,000 form rows: the summary written with fastexcel vs the same rows with POI's streaming
 * writer.
 */
final class SummaryBench {

  private SummaryBench() {}

  static void run(Path tmp) throws Exception {
    Path report = tmp.resolve("summary-report.json");
    int forms = 100_000;
    try (OutputStream out = Files.newOutputStream(report);
        JsonGenerator g = new ObjectMapper().getFactory().createGenerator(out)) {
      g.writeStartObject();
      g.writeArrayFieldStart("workbooks");
      for (int w = 0; w < forms / 5; w++) {
        List<FormResult> fs = new ArrayList<>();
        for (int k = 0; k < 5; k++) {
          int n = w * 5 + k;
          List<Finding> findings =
              n % 4 == 0
                  ? List.of(
                      Finding.error(
                          FindingCode.SCORE_ABOVE_RULE,
                          CellRef.parse("S!H17"),
                          "案例制作数量",
                          "自评得分 4 分高于评分规则：按评分规则应得 3 分（150 ÷ 200 × 4）。请按规则修改得分。"))
                  : List.of();
          fs.add(
              new FormResult(
                  "项目" + k,
                  FormKind.PROJECT_SELF_EVALUATION,
                  "self-evaluation",
                  "上海市普陀区某某项目" + n,
                  "第" + (n % 37) + "主管部门",
                  "实施单位" + (n % 211),
                  2024,
                  1_000_000.0 + n,
                  950_000.0 + n,
                  new Stated(0.95, 0.95),
                  new Stated(9.5, 9.5),
                  new Stated(88.0 + n % 12, 88.0 + n % 12),
                  n % 12 >= 2 ? "优" : "良",
                  findings,
                  List.of(),
                  null));
        }
        g.writeTree(
            ReportJson.toJson(
                WorkbookReport.checked("单位" + (w % 300) + "/自评表" + w + ".xlsx", "o.xlsx", fs)));
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    // Each writer in its own JVM capped at 256 MB of heap: finishing is the proof that it fits.
    long fast = child("summary-fastexcel", report, tmp.resolve("summary-fastexcel.xlsx"));
    long poi = child("summary-sxssf", report, tmp.resolve("summary-sxssf.xlsx"));
    System.out.printf(
        Locale.ROOT,
        "summary (%d form rows from report.json, each writer in a JVM with -Xmx256m): "
            + "fastexcel %s, POI SXSSF %s%n",
        forms,
        shown(fast),
        shown(poi));
  }

  static String shown(long nanos) {
    return nanos < 0 ? "did not fit in 256 MB" : String.format(Locale.ROOT, "%.1f s", nanos / 1e9);
  }

  static long child(String which, Path report, Path out) throws Exception {
    List<String> cmd =
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx256m",
            "-cp",
            System.getProperty("java.class.path"),
            "org.perfsheet.bench.Bench",
            which,
            report.toString(),
            out.toString());
    long t0 = System.nanoTime();
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    int code = p.waitFor();
    long t = System.nanoTime() - t0;
    if (code != 0) {
      System.out.println(
          which
              + " failed: "
              + output
                  .lines()
                  .filter(l -> l.contains("Error") || l.contains("Exception"))
                  .findFirst()
                  .orElse(output));
      return -1;
    }
    return t;
  }

  /** The product: the summary command over the report. */
  static void fastexcel(Path report, Path out) {
    StringWriter sink = new StringWriter();
    int code =
        new CommandLine(new SummaryCommand(new PrintWriter(sink), new PrintWriter(sink)))
            .execute(report.toString(), "--out", out.toString());
    if (code != 0) {
      throw new IllegalStateException(sink.toString());
    }
  }

  /** The baseline: the same 项目汇总 rows through POI's SXSSF writer (100-row window). */
  static void sxssf(Path report, Path out) throws Exception {
    try (SXSSFWorkbook wb = new SXSSFWorkbook(100);
        OutputStream o = Files.newOutputStream(out);
        var in = Files.newInputStream(report)) {
      Sheet s = wb.createSheet("项目汇总");
      int[] r = {1};
      var mapper = new ObjectMapper();
      var parser = mapper.getFactory().createParser(in);
      while (parser.nextToken() != null && !"workbooks".equals(parser.currentName())) {
        // skip to the array
      }
      parser.nextToken();
      while (parser.nextToken() == JsonToken.START_OBJECT) {
        {
          WorkbookReport w = ReportJson.fromJson(mapper.readTree(parser));
          for (FormResult f : w.forms()) {
            Row row = s.createRow(r[0]++);
            row.createCell(0).setCellValue(f.year());
            row.createCell(1).setCellValue(f.department());
            row.createCell(2).setCellValue(f.unit());
            row.createCell(3).setCellValue(f.project());
            row.createCell(4).setCellValue(f.kind().chinese());
            row.createCell(5).setCellValue(f.budget());
            row.createCell(6).setCellValue(f.spent());
            row.createCell(7).setCellValue(f.budgetRate().computed());
            row.createCell(8).setCellValue(f.total().stated());
            row.createCell(9).setCellValue(f.total().computed());
            row.createCell(10).setCellValue(f.grade());
            row.createCell(11).setCellValue(f.findings().size());
            row.createCell(16).setCellValue(w.input());
            row.createCell(17).setCellValue(f.sheet());
          }
        }
      }
      wb.write(o);
    }
  }
}
