package org.perfsheet.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Whole-process benchmarks of {@code ./perfsheet} as a user runs it (issue 16): a single check, a
 * batch against openpyxl, peak RSS as the batch grows, and {@code --jobs} scaling. Each figure is
 * printed beside a baseline measured in the same run, and the goal.
 */
final class LauncherBench {

  private LauncherBench() {}

  static final int RUNS = Integer.getInteger("bench.runs", 5);

  /**
   * Java 17 as installed, and Java 25 or later where one is found (BENCH_JAVA25 names its home).
   */
  static Map<String, Path> javas() {
    Map<String, Path> homes = new LinkedHashMap<>();
    Path home17 = Path.of("/usr/lib/jvm/java-17-openjdk-amd64");
    homes.put("17", Files.isDirectory(home17) ? home17 : Path.of(System.getProperty("java.home")));
    java25().ifPresent(h -> homes.put("25", h));
    return homes;
  }

  static Optional<Path> java25() {
    String env = System.getenv("BENCH_JAVA25");
    if (env != null && Files.isExecutable(Path.of(env, "bin", "java"))) {
      return Optional.of(Path.of(env));
    }
    try (var s = Files.list(Path.of("/usr/lib/jvm"))) {
      return s.filter(p -> p.getFileName().toString().matches(".*-2[5-9]-.*|.*-[3-9]\\d-.*"))
          .filter(p -> Files.isExecutable(p.resolve("bin/java")))
          .sorted()
          .findFirst();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /**
   * One workbook of {@code forms} self-evaluation forms: a generated form and its copies on further
   * sheets.
   */
  static Path multiForm(Path dir, String name, int forms, long seed) throws IOException {
    Path one =
        BenchWorkbooks.make(Files.createDirectories(dir.resolve("seed-" + name)), 1, seed).get(0);
    Path f = dir.resolve(name);
    try (InputStream in = Files.newInputStream(one);
        XSSFWorkbook wb = new XSSFWorkbook(in)) {
      for (int i = 2; i <= forms; i++) {
        wb.cloneSheet(0, "自评表" + i);
      }
      try (OutputStream out = Files.newOutputStream(f)) {
        wb.write(out);
      }
    }
    return f;
  }

  /**
   * A single check of a 14-form workbook, whole process, on each Java, vs {@code java -version}.
   */
  static void single(Path tmp) throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("single"));
    Path wb = multiForm(dir, "fourteen.xlsx", 14, 7);
    for (var e : javas().entrySet()) {
      Map<String, String> env = Map.of("JAVA_HOME", e.getValue().toString());
      List<String> check =
          List.of(
              "./perfsheet",
              "check",
              wb.toString(),
              "--out",
              tmp.resolve("single-out").toString(),
              "--quiet");
      trainedCache(e.getKey(), env, check);
      System.out.println("  " + lastLine(check, env));
      Map<String, String> noCache =
          Map.of("JAVA_HOME", e.getValue().toString(), "PERFSHEET_CACHE", "off");
      long[] runs = new long[RUNS];
      long[] plain = new long[RUNS];
      long[] base = new long[RUNS];
      for (int i = 0; i < RUNS; i++) {
        runs[i] = run(check, env);
        plain[i] = run(check, noCache);
        base[i] = run(List.of(e.getValue().resolve("bin/java").toString(), "-version"), env);
      }
      double goal = e.getKey().equals("17") ? 1.0 : 0.5;
      double t = Bench.median(runs) / 1e9;
      System.out.printf(
          Locale.ROOT,
          "single (java %s): ./perfsheet check of a 14-form workbook %.2f s (median of %d); without"
              + " the start-up cache %.2f s (ratio %.2f); java -version %.2f s (ratio %.1f); goal ≤"
              + " %.1f s: %s%n",
          e.getKey(),
          t,
          RUNS,
          Bench.median(plain) / 1e9,
          Bench.median(runs) / Bench.median(plain),
          Bench.median(base) / 1e9,
          Bench.median(runs) / Bench.median(base),
          goal,
          t <= goal ? "met" : "not met");
    }
  }

  /**
   * Runs the launcher once and waits for its start-up cache to be trained (it is, in the
   * background, after a run that finds none), so the measured runs use it.
   */
  static void trainedCache(String version, Map<String, String> env, List<String> warmUp)
      throws Exception {
    Path jar =
        Files.isRegularFile(Path.of("target/perfsheet.jar")) ? Path.of("target") : Path.of("lib");
    Path cache =
        jar.resolve(
            "perfsheet-java" + version + (Integer.parseInt(version) >= 25 ? ".aot" : ".jsa"));
    run(warmUp, env);
    for (int i = 0;
        i < 240 && !(Files.exists(cache) && !Files.exists(Path.of(cache + ".lock")));
        i++) {
      Thread.sleep(500);
    }
    if (!Files.exists(cache)) {
      System.out.println("  (no start-up cache " + cache + " after 2 minutes; measured without)");
    }
  }

  /**
   * 40 workbooks of 14 forms: ./perfsheet check of the folder vs openpyxl's load + save of each.
   */
  static void openpyxl(Path tmp) throws Exception {
    if (new ProcessBuilder("/usr/bin/python3", "-c", "import openpyxl").start().waitFor() != 0) {
      System.out.println(
          "openpyxl: skipped, /usr/bin/python3 cannot import openpyxl (Debian: apt-get install"
              + " python3-openpyxl)");
      return;
    }
    Path dir = Files.createDirectories(tmp.resolve("openpyxl"));
    Path seeds = Files.createDirectories(tmp.resolve("openpyxl-seeds"));
    for (int i = 0; i < 40; i++) {
      Files.move(
          multiForm(seeds, "wb-" + i + ".xlsx", 14, 100 + i), dir.resolve("wb-" + i + ".xlsx"));
    }
    Path script = tmp.resolve("loadsave.py");
    Files.writeString(
        script,
        """
        import os, sys, openpyxl
        src, out = sys.argv[1], sys.argv[2]
        os.makedirs(out, exist_ok=True)
        for name in sorted(os.listdir(src)):
            openpyxl.load_workbook(os.path.join(src, name)).save(os.path.join(out, name))
        """);
    Map<String, String> env = fastestJava();
    List<String> check =
        List.of(
            "./perfsheet",
            "check",
            dir.toString(),
            "--out",
            tmp.resolve("openpyxl-out").toString(),
            "--quiet");
    trainedCache(env.get("version"), env, check);
    long[] p = new long[3];
    long[] o = new long[3];
    for (int i = 0; i < 3; i++) {
      p[i] = run(check, env);
      o[i] =
          run(
              List.of(
                  "/usr/bin/python3",
                  script.toString(),
                  dir.toString(),
                  tmp.resolve("openpyxl-py").toString()),
              Map.of());
    }
    double ratio = Bench.median(p) / Bench.median(o);
    System.out.printf(
        Locale.ROOT,
        "openpyxl (java %s): 40 workbooks of 14 forms, ./perfsheet check %.2f s, openpyxl load+save"
            + " %.2f s (median of 3), ratio %.2f; goal ≤ 0.25: %s%n",
        env.get("version"),
        Bench.median(p) / 1e9,
        Bench.median(o) / 1e9,
        ratio,
        ratio <= 0.25 ? "met" : "not met");
  }

  /** Java 25 where present (the launcher's AOT cache), else 17. */
  static Map<String, String> fastestJava() {
    var javas = javas();
    String v = javas.containsKey("25") ? "25" : "17";
    return Map.of("JAVA_HOME", javas.get(v).toString(), "version", v);
  }

  /** Peak RSS of ./perfsheet check over 10 and over 2,000 workbooks (/usr/bin/time -v). */
  static void rss(Path tmp) throws Exception {
    if (!Files.isExecutable(Path.of("/usr/bin/time"))) {
      System.out.println("rss: skipped, no /usr/bin/time (Debian: apt-get install time)");
      return;
    }
    List<Path> distinct =
        BenchWorkbooks.make(Files.createDirectories(tmp.resolve("rss-src")), 50, 2);
    Map<String, String> env = fastestJava();
    long small = peakRss(copies(tmp.resolve("rss-10"), distinct, 10), tmp, env);
    long big = peakRss(copies(tmp.resolve("rss-2000"), distinct, 2000), tmp, env);
    System.out.printf(
        Locale.ROOT,
        "rss (java %s): peak RSS of ./perfsheet check, 10 workbooks %d MB, 2,000 workbooks %d MB, "
            + "ratio %.2f; goal ≤ 300 MB for 2,000: %s%n",
        env.get("version"),
        small,
        big,
        (double) big / small,
        big <= 300 ? "met" : "not met");
  }

  static Path copies(Path dir, List<Path> distinct, int n) throws IOException {
    Files.createDirectories(dir);
    for (int i = 0; i < n; i++) {
      Files.copy(
          distinct.get(i % distinct.size()),
          dir.resolve(String.format(Locale.ROOT, "%04d.xlsx", i)));
    }
    return dir;
  }

  static long peakRss(Path dir, Path tmp, Map<String, String> env) throws Exception {
    Path log = tmp.resolve("time-" + dir.getFileName() + ".txt");
    run(
        List.of(
            "/usr/bin/time",
            "-v",
            "-o",
            log.toString(),
            "./perfsheet",
            "check",
            dir.toString(),
            "--out",
            tmp.resolve(dir.getFileName() + "-out").toString(),
            "--quiet"),
        env);
    Matcher m =
        Pattern.compile("Maximum resident set size \\(kbytes\\): (\\d+)")
            .matcher(Files.readString(log));
    return m.find() ? Long.parseLong(m.group(1)) / 1024 : -1;
  }

  /**
   * ./perfsheet check with --jobs 1 and --jobs 2: the speed-up, for a short batch and a long one.
   * One job already uses about 1.25 cores while the C1 compiler is busy (a quarter of a core for
   * the first two seconds: methods called once per workbook reach its threshold only after a few
   * hundred workbooks), and that core is what the second job needs. The goal ("once compilation no
   * longer fills a core") is judged on the long batch; the short one is printed to show the
   * difference.
   */
  static void jobs(Path tmp) throws Exception {
    List<Path> distinct =
        BenchWorkbooks.make(Files.createDirectories(tmp.resolve("jobs-src")), 50, 5);
    Map<String, String> env = fastestJava();
    for (int size : new int[] {300, 1500}) {
      Path dir = copies(tmp.resolve("jobs-" + size), distinct, size);
      long[] one = new long[3];
      long[] two = new long[3];
      for (int i = 0; i < 3; i++) {
        for (int jobs = 1; jobs <= 2; jobs++) {
          long t =
              run(
                  List.of(
                      "./perfsheet",
                      "check",
                      dir.toString(),
                      "--out",
                      tmp.resolve("jobs-out-" + jobs).toString(),
                      "--quiet",
                      "--jobs",
                      String.valueOf(jobs)),
                  env);
          (jobs == 1 ? one : two)[i] = t;
        }
      }
      double speedup = Bench.median(one) / Bench.median(two);
      System.out.printf(
          Locale.ROOT,
          "jobs (java %s, %d cores): %,d workbooks, --jobs 1 %.1f s, --jobs 2 %.1f s (median of 3),"
              + " speed-up %.2f; %s%n",
          env.get("version"),
          Runtime.getRuntime().availableProcessors(),
          size,
          Bench.median(one) / 1e9,
          Bench.median(two) / 1e9,
          speedup,
          size < 1500
              ? "(short batch: the compiler still takes a quarter of the second core)"
              : "goal ≥ 1.6: " + (speedup >= 1.6 ? "met" : "not met"));
    }
  }

  /** The last line a process printed: the check's total, to show what was measured. */
  static String lastLine(List<String> cmd, Map<String, String> env) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
    pb.environment().put("JAVA_HOME", env.get("JAVA_HOME"));
    Process p = pb.start();
    List<String> lines =
        new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    p.waitFor();
    return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
  }

  /** The wall time of a process, or -1 when it failed to start or exited above 1 (1: findings). */
  static long run(List<String> cmd, Map<String, String> env) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
    env.forEach(
        (k, v) -> {
          if (!k.equals("version")) {
            pb.environment().put(k, v);
          }
        });
    long t0 = System.nanoTime();
    Process p;
    try {
      p = pb.start();
    } catch (IOException e) {
      return -1;
    }
    byte[] out = p.getInputStream().readAllBytes();
    int code = p.waitFor();
    long t = System.nanoTime() - t0;
    if (code > 1) {
      System.out.println(
          "  "
              + String.join(" ", cmd)
              + " exited "
              + code
              + ": "
              + new String(out, StandardCharsets.UTF_8).lines().limit(5).toList());
      return -1;
    }
    return t;
  }
}
