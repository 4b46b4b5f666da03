package org.perfsheet.bench;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
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

/** 100,000 form rows: the summary written with fastexcel vs the same rows with POI's streaming writer. */
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
          List<Finding> findings = n % 4 == 0 ? List.of(Finding.error(FindingCode.SCORE_ABOVE_RULE, CellRef.parse("S!H17"),
              "案例制作数量", "自评得分 4 分高于评分规则：按评分规则应得 3 分（150 ÷ 200 × 4）。请按规则修改得分。")) : List.of();
          fs.add(new FormResult("项目" + k, FormKind.PROJECT_SELF_EVALUATION, "self-evaluation", "上海市普陀区某某项目" + n,
              "第" + (n % 37) + "主管部门", "实施单位" + (n % 211), 2024, 1_000_000.0 + n, 950_000.0 + n, new Stated(0.95, 0.95),
              new Stated(9.5, 9.5), new Stated(88.0 + n % 12, 88.0 + n % 12), n % 12 >= 2 ? "优" : "良", findings, List.of()));
        }
        g.writeTree(ReportJson.toJson(WorkbookReport.checked("单位" + (w % 300) + "/自评表" + w + ".xlsx", "o.xlsx", fs)));
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    Path fast = tmp.resolve("summary-fastexcel.xlsx");
    long[] t = new long[1];
    long fastPeak = Bench.peakHeap(() -> {
      long t0 = System.nanoTime();
      StringWriter sink = new StringWriter();
      int code = new CommandLine(new SummaryCommand(new PrintWriter(sink), new PrintWriter(sink)))
          .execute(report.toString(), "--out", fast.toString());
      t[0] = System.nanoTime() - t0;
      if (code != 0) {
        throw new IllegalStateException(sink.toString());
      }
    });
    long[] b = new long[1];
    Path poi = tmp.resolve("summary-sxssf.xlsx");
    long poiPeak = Bench.peakHeap(() -> {
      long t0 = System.nanoTime();
      sxssf(report, poi);
      b[0] = System.nanoTime() - t0;
    });
    System.out.printf(Locale.ROOT, "summary (%d form rows, read from report.json): fastexcel %.1f s, peak heap %d MB; "
        + "POI SXSSF %.1f s, peak heap %d MB; time ratio %.2f%n", forms, t[0] / 1e9, fastPeak / 1024 / 1024, b[0] / 1e9,
        poiPeak / 1024 / 1024, t[0] / (double) b[0]);
  }

  /** The baseline: the same 项目汇总 rows through POI's SXSSF writer (100-row window). */
  static void sxssf(Path report, Path out) throws Exception {
    try (SXSSFWorkbook wb = new SXSSFWorkbook(100); OutputStream o = Files.newOutputStream(out);
        var in = Files.newInputStream(report)) {
      Sheet s = wb.createSheet("项目汇总");
      int[] r = {1};
      var parser = new ObjectMapper().getFactory().createParser(in);
      var mapper = new ObjectMapper();
      while (parser.nextToken() != null) {
        if (parser.currentToken() == com.fasterxml.jackson.core.JsonToken.START_OBJECT && "workbooks".equals(
            parser.getParsingContext().getParent() == null ? null : parser.getParsingContext().getParent().getCurrentName())) {
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
