package org.perfsheet.summary;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.perfsheet.check.Checker;
import org.perfsheet.files.SafeWrite;
import org.perfsheet.model.DeclarationForm;
import org.perfsheet.model.FieldValue;
import org.perfsheet.model.FormResult;
import org.perfsheet.report.ExitCode;
import org.perfsheet.template.ProjectList;
import org.perfsheet.template.ProjectRow;
import org.perfsheet.workbook.TemplateLearner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code summary --out FILE INPUTS...}: one workbook (or CSV) over the reports of any number of
 * checks, for the finance bureau to report upward; with {@code --projects} or {@code
 * --declarations}, also who has not reported yet (催报).
 */
@Command(
    name = "summary",
    mixinStandardHelpOptions = true,
    description = {
      "汇总多次审核的结果（report.json 或监控文件夹的 journal.jsonl），生成汇总、部门汇总、项目汇总、问题清单、催报和图表。",
      "Summarise check reports (report.json, or the watched folder's journal.jsonl) for the finance"
          + " bureau."
    })
public final class SummaryCommand implements Callable<Integer> {

  @Parameters(
      arity = "1..*",
      paramLabel = "INPUT",
      description =
          "report.json、journal.jsonl 或包含它们的文件夹 / "
              + "report.json, journal.jsonl, or folders holding them")
  List<Path> inputs;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "FILE",
      description = "汇总.xlsx 或 汇总.csv / summary.xlsx or summary.csv")
  Path out;

  @Option(
      names = "--format",
      paramLabel = "xlsx|csv",
      description = "默认按 --out 的扩展名 / default: from the --out extension")
  String format;

  @Option(
      names = "--bureau",
      paramLabel = "NAME",
      description =
          "汇总单位（标题行）；默认为唯一的主管部门 / "
              + "the summarising body named in the title row; default: the one 主管部门, if only one")
  String bureau;

  @Option(
      names = "--projects",
      paramLabel = "LIST",
      description =
          "催报：生成空白表所用的项目清单（.xlsx 或 .csv）/ "
              + "chase: the project list the blank forms were made from")
  Path projects;

  @Option(
      names = "--declarations",
      arity = "1..*",
      paramLabel = "PATH",
      description = "催报：申报表或其文件夹 / " + "chase: declaration workbooks or folders")
  List<Path> declarations;

  private final PrintWriter stdout;
  private final PrintWriter stderr;

  public SummaryCommand(PrintWriter stdout, PrintWriter stderr) {
    this.stdout = stdout;
    this.stderr = stderr;
  }

  @Override
  public Integer call() throws IOException {
    String f = format(out, format);
    if (f == null) {
      return ExitCode.USAGE.code();
    }
    if (Files.isDirectory(out)) {
      stderr.println(
          "perfsheet summary: --out 应是文件（如 汇总.xlsx），不是文件夹："
              + out
              + " / --out must name a file, not a folder");
      return ExitCode.USAGE.code();
    }
    Batch batch;
    Chase chase;
    try {
      batch = new Batch(Reports.of(inputs));
      chase = chase();
    } catch (IOException e) {
      stderr.println("perfsheet summary: " + e.getMessage());
      return ExitCode.UNREADABLE.code();
    }
    Sections sections = new Sections();
    Path dir = out.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = SafeWrite.tempFile(dir, ".summary-");
    List<String> sheets = List.of();
    try {
      if (f.equals("csv")) {
        csv(batch, sections, chase, tmp);
      } else {
        try (OutputStream o = Files.newOutputStream(tmp)) {
          sheets = SummaryWorkbook.write(batch, sections, chase, title(batch), o);
        }
      }
      SafeWrite.move(tmp, out);
    } catch (IOException e) {
      stderr.println("perfsheet summary: " + e.getMessage());
      return ExitCode.UNREADABLE.code();
    } finally {
      Files.deleteIfExists(tmp);
    }
    stdout.println(said(sections, chase, sheets));
    return ExitCode.OK.code();
  }

  /**
   * xlsx or csv, from --format or the extension; null (and a message) for anything else, a PDF
   * included.
   */
  private String format(Path file, String option) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (option == null && name.endsWith(".pdf")) {
      stderr.println(
          "perfsheet summary: 不能直接输出 PDF。请输出 .xlsx，在 Excel 或 WPS 中打开后“另存为 PDF”或打印（已设置 A4"
              + " 横向、按页宽缩放、每页重复表头）/ PDF is not supported: write .xlsx and save it as PDF from Excel"
              + " or WPS (set up for A4 landscape, one page wide)");
      return null;
    }
    String f =
        option != null
            ? option.toLowerCase(Locale.ROOT)
            : name.endsWith(".csv") ? "csv" : name.endsWith(".xlsx") ? "xlsx" : null;
    if (f == null || !f.equals("xlsx") && !f.equals("csv")) {
      stderr.println(
          "perfsheet summary: 输出格式只能是 xlsx 或 csv（--out 汇总.xlsx 或 --out 汇总.csv）"
              + " / the output must be .xlsx or .csv");
      return null;
    }
    return f;
  }

  private Chase chase() throws IOException {
    if (projects == null && declarations == null) {
      return null;
    }
    List<Chase.Expected> expected = new ArrayList<>();
    if (projects != null) {
      if (!Files.isRegularFile(projects)) {
        throw new IOException("找不到项目清单：" + projects + " / project list not found: " + projects);
      }
      ProjectList.Loaded list = ProjectList.read(projects);
      list.problems().forEach(p -> stderr.println("perfsheet summary: " + projects + " " + p));
      for (ProjectRow r : list.rows()) {
        expected.add(new Chase.Expected(r.year(), r.department(), r.unit(), r.name()));
      }
    }
    if (declarations != null) {
      for (DeclarationForm d :
          Checker.declarationForms(
              TemplateLearner.loadAll(TemplateLearner.folder(null)), declarations)) {
        expected.add(
            new Chase.Expected(
                d.project().year(),
                text(d.project().department()),
                text(d.project().unit()),
                text(d.project().name())));
      }
    }
    return new Chase(expected.stream().filter(e -> e.project() != null).toList());
  }

  private static String text(FieldValue v) {
    return v == null || v.isBlank() ? null : v.text();
  }

  private Sheet.Title title(Batch batch) {
    String years = batch.years.stream().map(String::valueOf).collect(Collectors.joining("、"));
    String by =
        bureau != null
            ? bureau
            : batch.departments.size() == 1
                ? batch.departments.iterator().next()
                : "（未指定，可用 --bureau 填写）";
    return new Sheet.Title(
        SummaryWorkbook.TITLE, years.isEmpty() ? "（未填）" : years, by, LocalDate.now().toString());
  }

  /** What was written, in a line a person reads: the file, the forms per section, the sheets. */
  private String said(Sections s, Chase chase, List<String> sheets) {
    int forms = s.sections.values().stream().mapToInt(x -> x.forms).sum();
    StringBuilder b = new StringBuilder("已写出 " + out + "：共 " + forms + " 张表");
    if (!s.sections.isEmpty()) {
      b.append("（")
          .append(
              s.sections.values().stream()
                  .map(x -> x.key.title() + " " + x.forms + " 张，退回 " + x.returned)
                  .collect(Collectors.joining("；")))
          .append("）");
    }
    if (s.rejected > 0) {
      b.append("，未能读取 ").append(s.rejected).append(" 个工作簿");
    }
    if (chase != null) {
      b.append("，未提交自评 ")
          .append(chase.missing().size())
          .append(" 个、退回未改 ")
          .append(chase.returned().size())
          .append(" 个");
    }
    if (!sheets.isEmpty()) {
      b.append("；工作表：").append(String.join("、", sheets));
    }
    b.append("\n")
        .append("wrote ")
        .append(out)
        .append(": ")
        .append(forms)
        .append(" forms in ")
        .append(s.sections.size())
        .append(" sections, ")
        .append(s.rejected)
        .append(" unreadable");
    return b.toString();
  }

  private static void csv(Batch batch, Sections sections, Chase chase, Path file)
      throws IOException {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180)) {
      w.write('\uFEFF'); // Excel reads UTF-8 CSV as such only with a byte order mark
      p.printRecord((Object[]) Rows.HEAD);
      batch.visit(
          new Batch.FormVisitor() {
            @Override
            public void form(Reports.Entry e, FormResult f) throws IOException {
              print(p, Rows.form(e, f));
              sections.add(e, f, chase);
            }

            @Override
            public void rejected(Reports.Entry e) throws IOException {
              print(p, Rows.rejected(e));
              sections.rejected++;
            }
          });
    }
  }

  private static void print(CSVPrinter p, List<Object> row) throws IOException {
    for (int c = 0; c < row.size(); c++) {
      p.print(Rows.csv(c, row.get(c)));
    }
    p.println();
  }
}
