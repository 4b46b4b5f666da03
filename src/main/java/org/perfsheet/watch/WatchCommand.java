package org.perfsheet.watch;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import org.perfsheet.check.WorkbookProcessor;
import org.perfsheet.report.ExitCode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code watch DIR}: the watched folder service (see {@link Watcher}); {@code watch --status DIR}
 * summarises its journal.
 */
@Command(
    name = "watch",
    mixinStandardHelpOptions = true,
    description = {
      "监控文件夹：各单位把工作簿放入 inbox，审核后的工作簿和意见自动放到 outbox，原件归档。",
      "Watched folder: units drop workbooks into DIR/inbox; annotated copies come back in"
          + " DIR/outbox."
    })
public final class WatchCommand implements Callable<Integer> {

  @Parameters(
      paramLabel = "DIR",
      description = "the shared folder (inbox, outbox, archive, failed are made inside)")
  Path dir;

  @Option(names = "--status", description = "summarise the journal and exit")
  boolean status;

  @Option(
      names = "--once",
      description = "process what is in the inbox now, then exit (for tests and scheduled runs)")
  boolean once;

  @Option(
      names = "--interval",
      paramLabel = "SECONDS",
      description = "poll every (default ${DEFAULT-VALUE})")
  double interval = 2;

  @Option(
      names = "--settle",
      paramLabel = "SECONDS",
      description =
          "文件保持不变这么久后才处理（默认 ${DEFAULT-VALUE} 秒） / a file is taken after this long unchanged"
              + " (default ${DEFAULT-VALUE})")
  double settle = 2;

  /**
   * The old name of {@code --settle}: {@code --quiet} means less output in the other commands
   * (issue 14).
   */
  @Option(names = "--quiet", paramLabel = "SECONDS", hidden = true)
  Double deprecatedQuiet;

  @Option(
      names = "--workers",
      paramLabel = "N",
      description = "files checked in parallel (default: cores)")
  int workers = Runtime.getRuntime().availableProcessors();

  @Option(
      names = "--max-size",
      paramLabel = "MB",
      description = "larger files are failed unopened (default ${DEFAULT-VALUE})")
  double maxMb = 50;

  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      description = "per file (default ${DEFAULT-VALUE})")
  double timeout = 60;

  @Option(
      names = "--inbox",
      paramLabel = "NAME",
      description = "folder names (default inbox, outbox, archive, failed)")
  String inbox = "inbox";

  @Option(names = "--outbox", paramLabel = "NAME")
  String outbox = "outbox";

  @Option(names = "--archive", paramLabel = "NAME")
  String archive = "archive";

  @Option(names = "--failed", paramLabel = "NAME")
  String failed = "failed";

  @Option(
      names = "--declarations",
      paramLabel = "PATH",
      split = ",",
      description = "declarations (files or folders): self-evaluation targets must match them")
  List<Path> declarations = List.of();

  private final Function<List<Path>, WorkbookProcessor> processors;
  private final PrintWriter out;
  private final PrintWriter err;

  /**
   * @param processors makes the processor, given the declarations to hold self-evaluations to
   */
  public WatchCommand(
      Function<List<Path>, WorkbookProcessor> processors, PrintWriter out, PrintWriter err) {
    this.processors = processors;
    this.out = out;
    this.err = err;
  }

  /** For a processor that needs no declarations. */
  public WatchCommand(Supplier<WorkbookProcessor> processor, PrintWriter out, PrintWriter err) {
    this(declared -> processor.get(), out, err);
  }

  @Override
  public Integer call() throws Exception {
    if (deprecatedQuiet != null) {
      err.println(
          "perfsheet watch: --quiet 已改名为 --settle，请改用 --settle / --quiet is now --settle; please"
              + " use --settle");
      settle = deprecatedQuiet;
    }
    WatchSettings s;
    try {
      s =
          new WatchSettings(
              dir,
              inbox,
              outbox,
              archive,
              failed,
              seconds(interval),
              seconds(settle),
              workers,
              (long) (maxMb * 1024 * 1024),
              seconds(timeout));
    } catch (IllegalArgumentException e) {
      err.println("perfsheet watch: " + e.getMessage());
      return ExitCode.USAGE.code();
    }
    if (status) {
      return status(s);
    }
    WorkbookProcessor processor;
    try {
      processor = processors.apply(declarations);
    } catch (RuntimeException e) {
      err.println(
          "perfsheet watch: "
              + (e.getCause() != null ? e.getCause().getMessage() : e.getMessage()));
      return ExitCode.USAGE.code();
    }
    Watcher w = new Watcher(s, () -> processor, out);
    CountDownLatch ended = new CountDownLatch(1);
    Thread hook =
        new Thread(
            () -> {
              w.stop();
              try {
                // the JVM halts when the hooks return: wait for the files in hand and the stop line
                ended.await(s.timeout().toMillis() + 15_000, TimeUnit.MILLISECONDS);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            "perfsheet-stop");
    Runtime.getRuntime().addShutdownHook(hook);
    out.println(
        Watcher.now()
            + " perfsheet 正在监控 / watching "
            + s.inboxDir().toAbsolutePath()
            + "（Ctrl-C 停止 / to stop）");
    out.println(
        Watcher.now()
            + " 设置 / settings: --interval "
            + interval
            + " --settle "
            + settle
            + " --workers "
            + workers
            + " --max-size "
            + maxMb
            + " --timeout "
            + timeout
            + "，最大内存 / max heap "
            + Runtime.getRuntime().maxMemory() / (1 << 20)
            + " MB");
    int unfinished;
    try {
      unfinished = w.run(once);
      out.println(
          Watcher.now()
              + " perfsheet 已停止 / stopped"
              + (unfinished > 0
                  ? "，"
                      + unfinished
                      + " 个文件未能完成，下次启动时继续（原因见上）/ files unfinished, resumed at the next start"
                      + " (reasons above)"
                  : ""));
    } finally {
      out.flush();
      ended.countDown();
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException shuttingDown) {
        // the hook is running: we are stopping because of it
      }
    }
    return unfinished > 0 ? ExitCode.UNFINISHED.code() : ExitCode.OK.code();
  }

  private int status(WatchSettings s) throws IOException {
    List<JsonNode> lines = new Journal(s.journal()).read();
    String today = LocalDate.now().toString();
    long todayAll = lines.stream().filter(j -> j.path("time").asText().startsWith(today)).count();
    long todayFailed =
        lines.stream()
            .filter(j -> j.path("time").asText().startsWith(today))
            .filter(j -> "failed".equals(j.path("status").asText()))
            .count();
    long failedAll = lines.stream().filter(j -> "failed".equals(j.path("status").asText())).count();
    int waiting = new Inbox(s.inboxDir(), 0).candidates().size();
    int working = WorkArea.pending(s.stateDir());
    out.println("今日处理 / today: " + todayAll + "（未通过 / failed " + todayFailed + "）");
    out.println("累计 / all time: " + lines.size() + "（未通过 / failed " + failedAll + "）");
    out.println("排队 / queued: " + waiting + "，处理中 / in progress: " + working);
    int running = WorkArea.running(s.stateDir());
    out.println(
        "监控进程 / watcher: "
            + (running > 0
                ? "运行中 / running" + (running > 1 ? "（" + running + " 个）" : "")
                : "未运行 / not running"));
    if (!lines.isEmpty()) {
      JsonNode last = lines.get(lines.size() - 1);
      out.println(
          "最近处理 / last file: " + last.path("time").asText() + " " + last.path("input").asText());
    }
    byUnit(lines, new Inbox(s.inboxDir(), 0), today);
    int stuck = 0;
    for (Path claim : WorkArea.claims(s.stateDir())) {
      String problem = Problems.of(claim);
      if (problem != null) {
        out.println("未能完成 / stuck: " + Problems.input(claim) + "：" + problem);
        stuck++;
      }
    }
    return stuck > 0 ? ExitCode.UNFINISHED.code() : ExitCode.OK.code();
  }

  /**
   * Per unit: done, failed, waiting; then today's failures with their reasons, and what the inbox
   * ignores.
   */
  private void byUnit(List<JsonNode> lines, Inbox inbox, String today) throws IOException {
    SortedMap<String, long[]> units = new TreeMap<>();
    for (JsonNode j : lines) {
      long[] n = units.computeIfAbsent(j.path("submitter").asText(), u -> new long[3]);
      n["failed".equals(j.path("status").asText()) ? 1 : 0]++;
    }
    for (Path f : inbox.candidates()) {
      units.computeIfAbsent(inbox.submitter(f), u -> new long[3])[2]++;
    }
    for (var u : units.entrySet()) {
      out.println(
          "  "
              + (u.getKey().isEmpty() ? "（inbox 根目录 / top）" : u.getKey())
              + "：通过 / returned "
              + u.getValue()[0]
              + "，未通过 / failed "
              + u.getValue()[1]
              + "，排队 / waiting "
              + u.getValue()[2]);
    }
    for (JsonNode j : lines) {
      if (j.path("time").asText().startsWith(today) && "failed".equals(j.path("status").asText())) {
        out.println(
            "未通过 / failed: "
                + j.path("input").asText()
                + "："
                + j.path("error").path("code").asText()
                + " "
                + j.path("error").path("message").asText());
      }
    }
    inbox
        .ignoredWithReasons()
        .forEach((file, why) -> out.println("忽略 / ignored: " + file + "：" + why));
  }

  private static Duration seconds(double s) {
    return Duration.ofMillis((long) (s * 1000));
  }
}
