package org.perfsheet.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.perfsheet.check.Checker;
import org.perfsheet.files.SafeWrite;
import org.perfsheet.files.WorkbookFiles;
import org.perfsheet.model.Finding;
import org.perfsheet.model.FormResult;
import org.perfsheet.model.Severity;
import org.perfsheet.report.ExitCode;
import org.perfsheet.report.ReportJson;
import org.perfsheet.report.WorkbookReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code check PATH... --out DIR}: an annotated copy of every workbook in DIR (the inputs are never
 * touched), a console line per finding, and {@code DIR/report.json}.
 */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "检查、评分并批注工作簿：每个工作簿在输出文件夹得到一份带批注的副本，并生成 report.json。",
      "Check, score and annotate workbooks: an annotated copy of each in DIR, plus DIR/report.json."
    })
final class CheckCommand implements Callable<Integer> {

  @Parameters(
      arity = "1..*",
      paramLabel = "PATH",
      description = "工作簿或文件夹（含子文件夹） / workbooks or folders (searched recursively)")
  List<Path> paths;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "DIR",
      description =
          "输出文件夹：批注副本和 report.json，须在输入文件夹之外 / where annotated copies and report.json go, outside"
              + " the inputs")
  Path out;

  @Option(
      names = "--templates",
      paramLabel = "DIR",
      description = "模板文件夹（默认随附的 templates/） / template folder (default: the bundled templates/)")
  Path templates;

  @Option(
      names = "--profile",
      paramLabel = "FILE",
      description =
          "评分配置文件（.properties），默认按标准规则 / scoring profile (.properties); default: the defaults of"
              + " docs/domain.md §10")
  Path profile;

  @Option(
      names = "--declarations",
      paramLabel = "PATH",
      split = ",",
      description =
          "申报表（文件或文件夹）：自评表的指标须与之一致 / declarations (files or folders): self-evaluation targets must"
              + " match them")
  List<Path> declarations = List.of();

  @Option(
      names = "--monitoring",
      paramLabel = "PATH",
      split = ",",
      description =
          "执行监控表（文件或文件夹）：自评实际值远低于监控预计的会标出 / monitoring forms (files or folders): self-evaluation"
              + " actuals far below their forecast are flagged")
  List<Path> monitoring = List.of();

  @Option(
      names = "--jobs",
      paramLabel = "N",
      description = "同时检查的工作簿数（默认 CPU 核数） / workbooks checked in parallel (default: cores)")
  int jobs = Runtime.getRuntime().availableProcessors();

  @Option(
      names = "--quiet",
      description = "每个工作簿只输出一行，不逐条列出问题 / one line per workbook, not per finding")
  boolean quiet;

  @Mixin ReviewOptions review = new ReviewOptions();

  private final PrintWriter stdout;
  private final PrintWriter stderr;
  private final boolean interactive;

  /** {@code interactive}: stderr is a terminal, so progress is shown there. */
  CheckCommand(PrintWriter stdout, PrintWriter stderr, boolean interactive) {
    this.stdout = stdout;
    this.stderr = stderr;
    this.interactive = interactive;
  }

  /** One input workbook and where its annotated copy goes; {@code shown} is the name printed. */
  record Job(Path input, Path output, String shown) {}

  @Override
  public Integer call() throws Exception {
    long start = System.nanoTime();
    Checker checker;
    List<Job> jobList;
    try {
      jobList = jobs();
      var layouts = Environment.layouts(templates);
      checker =
          new Checker(
              layouts,
              Environment.profile(profile),
              Checker.declarations(layouts, declarations),
              Checker.monitoring(layouts, monitoring),
              review.settings(profile));
    } catch (InvalidPathException e) {
      stderr.println("perfsheet check: " + Environment.undecodableName(e));
      return ExitCode.USAGE.code();
    } catch (IOException | IllegalArgumentException e) {
      stderr.println("perfsheet check: " + e.getMessage());
      return ExitCode.USAGE.code();
    }
    if (jobList.isEmpty()) {
      stderr.println("perfsheet check: 没有找到 .xlsx/.xlsm/.xls 工作簿 / no workbooks found in " + paths);
      return ExitCode.USAGE.code();
    }
    try {
      Files.createDirectories(out);
    } catch (IOException e) {
      stderr.println(
          "perfsheet check: 无法创建输出文件夹 "
              + out
              + "（"
              + e
              + "） / cannot create the output folder "
              + out);
      return ExitCode.USAGE.code();
    }
    // report.json is written as the results come, into a temporary file moved into place at the
    // end: a batch of thousands holds neither the reports nor their JSON.
    Path reportFile = out.resolve("report.json");
    Path tmp = SafeWrite.tempFile(out, ".report-");
    Tally tally;
    try (OutputStream o = Files.newOutputStream(tmp);
        ReportJson.Streamed report = new ReportJson.Streamed(o)) {
      tally = run(checker, jobList, report);
    } catch (IOException | RuntimeException | InterruptedException e) {
      Files.deleteIfExists(tmp);
      throw e;
    }
    SafeWrite.move(tmp, reportFile);
    stdout.println(tally.line(reportFile, (System.nanoTime() - start) / 1e9));
    return tally.exitCode();
  }

  /**
   * Checks the jobs on the pool, taking the results in input order. At most a few jobs per thread
   * are in flight, so the finished reports waiting for an earlier slow one stay few.
   */
  private Tally run(Checker checker, List<Job> jobList, ReportJson.Streamed report)
      throws InterruptedException, IOException {
    int threads = Math.max(1, Math.min(jobs, jobList.size()));
    int window = threads * 4;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      ArrayDeque<Future<WorkbookReport>> inFlight = new ArrayDeque<>();
      int submitted = 0;
      Tally tally = new Tally();
      Progress progress = new Progress(stderr, interactive, jobList.size());
      for (int i = 0; i < jobList.size(); i++) {
        while (submitted < jobList.size() && submitted < i + window) {
          Job j = jobList.get(submitted++);
          inFlight.add(pool.submit(() -> checker.process(j.input(), j.output())));
        }
        WorkbookReport r;
        try {
          r = inFlight.remove().get();
        } catch (ExecutionException e) {
          throw new IllegalStateException(
              "checker threw for " + jobList.get(i).input(), e.getCause());
        }
        tally.add(r);
        report.add(r);
        progress.clear();
        print(jobList.get(i), r);
        stdout.flush();
        progress.step(i + 1, jobList.get(i).input().getFileName().toString());
      }
      progress.clear();
      return tally;
    } finally {
      pool.shutdownNow();
    }
  }

  private void print(Job job, WorkbookReport r) {
    if (r.status() == WorkbookReport.Status.REJECTED) {
      stdout.println(job.shown() + ": rejected " + r.error().code() + ": " + r.error().message());
      return;
    }
    for (FormResult f : r.forms()) {
      for (Finding x : f.findings()) {
        if (!quiet) {
          stdout.println(job.shown() + ":" + x);
        }
      }
    }
    stdout.println(
        job.shown()
            + ": "
            + r.forms().size()
            + " 个表 forms, "
            + r.count(Severity.ERROR)
            + " 错误 errors, "
            + r.count(Severity.WARNING)
            + " 警告 warnings → "
            + job.output());
  }

  /** The batch's last line for these reports (see {@link Tally#line}). */
  static String total(List<WorkbookReport> reports, Path reportFile, double seconds) {
    Tally t = new Tally();
    reports.forEach(t::add);
    return t.line(reportFile, seconds);
  }

  /** Every workbook under the paths, each with its output mirrored under {@code out}. */
  List<Job> jobs() throws IOException {
    Path outAbs = out.toAbsolutePath().normalize();
    if (Files.exists(out) && !Files.isDirectory(out)) {
      throw new IOException(
          "--out 须为文件夹，而 " + out + " 是一个文件 / --out must be a folder; " + out + " is a file");
    }
    List<Job> list = new ArrayList<>();
    Set<Path> seenOutputs = new HashSet<>();
    for (Path p : paths) {
      if (!Files.exists(p)) {
        throw new IOException("找不到文件或文件夹：" + p + " / no such file or folder: " + p);
      }
      if (Files.isDirectory(p)) {
        outsideInput(outAbs, p);
        List<Path> files;
        try (Stream<Path> s = Files.walk(p)) {
          files =
              s.filter(Files::isRegularFile).filter(WorkbookFiles::isWorkbook).sorted().toList();
        }
        for (Path f : files) {
          add(list, seenOutputs, f, out.resolve(p.relativize(f).toString()));
        }
      } else {
        add(list, seenOutputs, p, out.resolve(p.getFileName().toString()));
      }
    }
    return list;
  }

  /**
   * The output folder may not be an input folder or inside one: the annotated copies would be
   * checked again by the next run over that folder, or overwrite the inputs.
   */
  private void outsideInput(Path outAbs, Path input) throws IOException {
    Path in = input.toAbsolutePath().normalize();
    if (outAbs.equals(in)) {
      throw new IOException(
          "输出文件夹不能是输入文件夹 "
              + input
              + "，请用 --out 指定另一个文件夹"
              + " / the output folder is the input folder "
              + input
              + "; choose another --out folder");
    }
    if (outAbs.startsWith(in)) {
      throw new IOException(
          "输出文件夹 "
              + out
              + " 在输入文件夹 "
              + input
              + " 之内，请用 --out 指定输入文件夹以外的文件夹"
              + " / the output folder "
              + out
              + " is inside the input folder "
              + input
              + "; choose a folder outside it");
    }
  }

  private void add(List<Job> list, Set<Path> seen, Path input, Path output) throws IOException {
    if (output.toAbsolutePath().normalize().equals(input.toAbsolutePath().normalize())) {
      throw new IOException(
          "输出文件会覆盖输入文件："
              + input
              + "。请用 --out 指定另一个文件夹"
              + " / the output would overwrite the input "
              + input
              + "; choose another --out folder");
    }
    // Two inputs with one name (from different arguments) get (2), (3)… rather than overwrite each
    // other.
    String name = output.getFileName().toString();
    Path o = output;
    for (int n = 2; !seen.add(o.toAbsolutePath().normalize()); n++) {
      o = output.resolveSibling(name.replaceFirst("(\\.[^.]+)$", "(" + n + ")$1"));
    }
    list.add(new Job(input, o, input.toString()));
  }
}
