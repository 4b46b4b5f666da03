package org.perfsheet.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.perfsheet.check.Checker;
import org.perfsheet.scoring.ScoringProfile;
import org.perfsheet.workbook.TemplateLearner;

/**
 * The benchmark suite: {@code bench/run
 * [check|batch|coldstart|summary|template|watch|read|single|openpyxl|rss|jobs]…}. Each figure is
 * printed beside a baseline measured in the same run, as a ratio, because absolute times on shared
 * machines drift.
 */
public final class Bench {

  public static void main(String[] args) throws Exception {
    List<String> which =
        args.length == 0
            ? List.of(
                "check",
                "batch",
                "coldstart",
                "summary",
                "template",
                "watch",
                "read",
                "single",
                "openpyxl",
                "rss",
                "jobs")
            : Arrays.asList(args);
    System.out.println(
        "machine: "
            + Runtime.getRuntime().availableProcessors()
            + " cores, java "
            + System.getProperty("java.version")
            + ", max heap "
            + Runtime.getRuntime().maxMemory() / 1024 / 1024
            + " MB");
    Path tmp = Files.createTempDirectory("perfsheet-bench");
    for (String w : which) {
      switch (w) {
        case "check" -> check(tmp);
        case "batch" -> batch(tmp);
        case "coldstart" -> coldstart(tmp);
        case "summary" -> SummaryBench.run(tmp);
        case "template" -> TemplateBench.run(tmp);
        case "watch" -> WatchBench.run(tmp);
        case "read" -> ReadBench.run(tmp);
        case "single" -> LauncherBench.single(tmp);
        case "openpyxl" -> LauncherBench.openpyxl(tmp);
        case "rss" -> LauncherBench.rss(tmp);
        case "jobs" -> LauncherBench.jobs(tmp);
        case "summary-fastexcel" -> {
          SummaryBench.fastexcel(Path.of(args[1]), Path.of(args[2]));
          return;
        }
        case "summary-sxssf" -> {
          SummaryBench.sxssf(Path.of(args[1]), Path.of(args[2]));
          return;
        }
        default -> System.out.println("unknown benchmark " + w);
      }
    }
    try (var files = Files.walk(tmp)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  static Checker checker() throws IOException {
    return new Checker(TemplateLearner.loadAll(Path.of("templates")), ScoringProfile.defaults());
  }

  /**
   * Rounds over all the workbooks before measuring, and measured. perfsheet runs more distinct code
   * than POI's open+save, so the JIT needs longer to settle it: three rounds leave it about a tenth
   * slower than it runs in a long batch or the watched folder (cold start has its own benchmark).
   * {@code -Dbench.warm=3} shows the unsettled figure.
   */
  static final int WARM_ROUNDS = Integer.getInteger("bench.warm", 10);

  static final int ROUNDS = Integer.getInteger("bench.rounds", 5);

  /**
   * Per workbook: full check (read, validate, score, annotate, write) vs POI's bare open + save.
   */
  static void check(Path tmp) throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("check"));
    List<Path> files = BenchWorkbooks.make(dir, 60, 1);
    Checker checker = checker();
    Path out = Files.createDirectories(tmp.resolve("check-out"));
    for (int warm = 0; warm < WARM_ROUNDS; warm++) {
      for (Path f : files) {
        poiOpenSave(f, out.resolve("poi-" + f.getFileName()));
        checker.process(f, out.resolve(f.getFileName()));
      }
    }
    long[] poi = new long[files.size()];
    long[] full = new long[files.size()];
    for (int round = 0; round < ROUNDS; round++) {
      for (int i = 0; i < files.size(); i++) {
        // Alternate which goes first, so neither always runs on caches the other warmed.
        boolean poiFirst = (round + i) % 2 == 0;
        long t0 = System.nanoTime();
        if (poiFirst) {
          poiOpenSave(files.get(i), out.resolve("poi-" + files.get(i).getFileName()));
        } else {
          checker.process(files.get(i), out.resolve(files.get(i).getFileName()));
        }
        long t1 = System.nanoTime();
        if (poiFirst) {
          checker.process(files.get(i), out.resolve(files.get(i).getFileName()));
        } else {
          poiOpenSave(files.get(i), out.resolve("poi-" + files.get(i).getFileName()));
        }
        long t2 = System.nanoTime();
        poi[i] += poiFirst ? t1 - t0 : t2 - t1;
        full[i] += poiFirst ? t2 - t1 : t1 - t0;
      }
    }
    double p = median(poi) / ROUNDS / 1e6;
    double c = median(full) / ROUNDS / 1e6;
    System.out.printf(
        Locale.ROOT,
        "check (per workbook, 10-45 indicators, median of %d, after %d warm-up rounds): POI"
            + " open+save to file %.1f ms, perfsheet check %.1f ms, ratio %.2f; goal ≤ 0.6: %s%n",
        files.size(),
        WARM_ROUNDS,
        p,
        c,
        c / p,
        c / p <= 0.6 ? "met" : "not met");
  }

  /** The floor any POI-based tool pays: open from a stream, save to a file beside the output. */
  static void poiOpenSave(Path f, Path target) throws IOException {
    try (InputStream in = Files.newInputStream(f);
        Workbook wb = WorkbookFactory.create(in);
        OutputStream out = Files.newOutputStream(target)) {
      wb.write(out);
    }
  }

  /**
   * Throughput over 2,000 workbooks on the machine's cores, and heap after GC as the batch grows.
   */
  static void batch(Path tmp) throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("batch"));
    List<Path> distinct = BenchWorkbooks.make(dir, 50, 2);
    Checker checker = checker();
    Path out = Files.createDirectories(tmp.resolve("batch-out"));
    int total = 2000;
    ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
    long start = System.nanoTime();
    List<String> heap = new ArrayList<>();
    for (int done = 0; done < total; done += 500) {
      List<Future<?>> fs = new ArrayList<>();
      for (int i = done; i < done + 500; i++) {
        Path f = distinct.get(i % distinct.size());
        Path o = out.resolve((i % 8) + "-" + f.getFileName());
        fs.add(pool.submit(() -> checker.process(f, o)));
      }
      for (Future<?> f : fs) {
        f.get();
      }
      System.gc();
      Runtime rt = Runtime.getRuntime();
      heap.add((done + 500) + ": " + (rt.totalMemory() - rt.freeMemory()) / 1024 / 1024 + " MB");
    }
    double secs = (System.nanoTime() - start) / 1e9;
    pool.shutdown();
    System.out.printf(
        Locale.ROOT,
        "batch: %d workbooks in %.1f s = %.1f workbooks/s on %d threads; heap after GC %s%n",
        total,
        secs,
        total / secs,
        Runtime.getRuntime().availableProcessors(),
        heap);
  }

  /** One ./perfsheet check of one workbook, whole process, vs java -version. */
  static void coldstart(Path tmp) throws Exception {
    Path one = BenchWorkbooks.make(Files.createDirectories(tmp.resolve("cold")), 1, 3).get(0);
    run(List.of("./perfsheet", "--version"));
    long[] a = new long[5];
    long[] b = new long[5];
    for (int i = 0; i < 5; i++) {
      a[i] =
          run(
              List.of(
                  "./perfsheet",
                  "check",
                  one.toString(),
                  "--out",
                  tmp.resolve("cold-out").toString(),
                  "--quiet"));
      b[i] = run(List.of("java", "-version"));
    }
    System.out.printf(
        Locale.ROOT,
        "coldstart: ./perfsheet check (1 workbook) %.0f ms, java -version %.0f ms, ratio %.1f%n",
        median(a) / 1e6,
        median(b) / 1e6,
        median(a) / median(b));
  }

  static long run(List<String> cmd) throws Exception {
    long t0 = System.nanoTime();
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    p.getInputStream().transferTo(OutputStream.nullOutputStream());
    p.waitFor();
    return System.nanoTime() - t0;
  }

  static double median(long[] v) {
    long[] s = v.clone();
    Arrays.sort(s);
    return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2.0;
  }

  /** Peak heap of a piece of work: the pools' high-water marks, reset before it runs. */
  static long peakHeap(ThrowingRunnable work) throws Exception {
    System.gc();
    List<MemoryPoolMXBean> pools =
        ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP)
            .toList();
    pools.forEach(MemoryPoolMXBean::resetPeakUsage);
    work.run();
    return pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
  }

  interface ThrowingRunnable {
    void run() throws Exception;
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private Bench() {}
}
