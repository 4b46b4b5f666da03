package org.perfsheet.summary;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.perfsheet.check.SafeWrite;
import org.perfsheet.model.FormResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code summary --out FILE INPUTS...}: one workbook (or CSV) over the reports of any number of
 * checks, for the finance bureau to report upward.
 */
@Command(name = "summary", mixinStandardHelpOptions = true,
    description = {"汇总多次审核的结果（report.json 或监控文件夹的 journal.jsonl），生成项目汇总、部门汇总和问题清单。",
        "Summarise check reports (report.json, or the watched folder's journal.jsonl) for the finance bureau."})
public final class SummaryCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "report.json, journal.jsonl, or folders holding them")
  List<Path> inputs;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "summary.xlsx or summary.csv")
  Path out;

  @Option(names = "--format", paramLabel = "xlsx|csv", description = "default: from the --out extension")
  String format;

  private final PrintWriter stdout;
  private final PrintWriter stderr;

  public SummaryCommand(PrintWriter stdout, PrintWriter stderr) {
    this.stdout = stdout;
    this.stderr = stderr;
  }

  @Override
  public Integer call() throws IOException {
    String f = format != null ? format.toLowerCase(Locale.ROOT)
        : out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv") ? "csv" : "xlsx";
    if (!f.equals("xlsx") && !f.equals("csv")) {
      stderr.println("perfsheet summary: --format 只能是 xlsx 或 csv / --format must be xlsx or csv");
      return 2;
    }
    Batch batch;
    try {
      batch = new Batch(Reports.of(inputs));
    } catch (IOException e) {
      stderr.println("perfsheet summary: " + e.getMessage());
      return 3;
    }
    Path dir = out.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = SafeWrite.tempFile(dir, ".summary-");
    try {
      if (f.equals("csv")) {
        csv(batch, tmp);
      } else {
        SummaryWorkbook.Totals totals;
        try (OutputStream o = Files.newOutputStream(tmp)) {
          totals = SummaryWorkbook.write(batch, o);
        }
        Path png = out.resolveSibling(out.getFileName().toString().replaceFirst("\\.[^.]+$", "") + "-图表.png");
        Charts.write(totals, png);
        stdout.println(png);
      }
      SafeWrite.move(tmp, out);
    } catch (IOException e) {
      stderr.println("perfsheet summary: " + e.getMessage());
      return 3;
    } finally {
      Files.deleteIfExists(tmp);
    }
    stdout.println(out);
    return 0;
  }

  private static void csv(Batch batch, Path file) throws IOException {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180)) {
      w.write('\uFEFF'); // Excel reads UTF-8 CSV as such only with a byte order mark
      p.printRecord((Object[]) SummaryWorkbook.PROJECT_HEAD);
      batch.visit(new Batch.FormVisitor() {
        @Override
        public void form(Reports.Entry e, FormResult f) throws IOException {
          print(p, Rows.form(e, f));
        }

        @Override
        public void rejected(Reports.Entry e) throws IOException {
          print(p, Rows.rejected(e));
        }
      });
    }
  }

  private static void print(CSVPrinter p, List<Object> row) throws IOException {
    for (Object v : row) {
      p.print(v instanceof Double d ? java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString()
          : Rows.csvSafe(v == null ? null : v.toString()));
    }
    p.println();
  }
}
