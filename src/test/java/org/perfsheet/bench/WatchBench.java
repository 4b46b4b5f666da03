package org.perfsheet.bench;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.perfsheet.check.Checker;
import org.perfsheet.watch.WatchCommand;
import picocli.CommandLine;

/**
 * The watched folder under load: N workbooks dropped at once, files per second and the latency from
 * drop to returned workbook, vs the checker called directly on as many threads.
 */
final class WatchBench {

  private WatchBench() {}

  static void run(Path tmp) throws Exception {
    int n = 200;
    List<Path> sources =
        BenchWorkbooks.make(Files.createDirectories(tmp.resolve("watch-src")), 20, 4);
    Checker checker = Bench.checker();
    int threads = Runtime.getRuntime().availableProcessors();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    Path direct = Files.createDirectories(tmp.resolve("watch-direct"));
    long t0 = System.nanoTime();
    List<Future<?>> fs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Path src = sources.get(i % sources.size());
      Path out = direct.resolve(i + ".xlsx");
      fs.add(pool.submit(() -> checker.process(src, out)));
    }
    for (Future<?> f : fs) {
      f.get();
    }
    long baseline = System.nanoTime() - t0;
    pool.shutdown();

    Path dir = tmp.resolve("watch-dir");
    Path inbox = Files.createDirectories(dir.resolve("inbox/单位"));
    long dropped = System.currentTimeMillis();
    for (int i = 0; i < n; i++) {
      Files.copy(sources.get(i % sources.size()), inbox.resolve("表" + i + ".xlsx"));
    }
    t0 = System.nanoTime();
    StringWriter log = new StringWriter();
    new CommandLine(new WatchCommand(() -> checker, new PrintWriter(log), new PrintWriter(log)))
        .execute(dir.toString(), "--once", "--workers", String.valueOf(threads));
    long watched = System.nanoTime() - t0;
    long[] latency = new long[n];
    for (int i = 0; i < n; i++) {
      latency[i] =
          Files.getLastModifiedTime(dir.resolve("outbox/单位/表" + i + ".审核.xlsx")).toMillis()
              - dropped;
    }
    Arrays.sort(latency);
    System.out.printf(
        Locale.ROOT,
        "watch: %d workbooks dropped at once: %.1f files/s (checker alone on %d threads: %.1f "
            + "files/s; ratio %.2f); drop→returned p50 %d ms, p95 %d ms%n",
        n,
        n / (watched / 1e9),
        threads,
        n / (baseline / 1e9),
        watched / (double) baseline,
        latency[n / 2],
        latency[n * 95 / 100]);
  }
}
