package org.perfsheet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./perfsheet} from the built jar, laid out as the release has it (lib/ beside the script):
 * it checks, trains its start-up cache in the background after the first run, and the next run maps
 * it (on Java 25 or later the AOT cache, on 17-24 the class-data archive). Runs in verify, after
 * package.
 */
class LauncherIT {

  static final Path SAMPLE = Path.of("test-workbooks/self-evaluation/2021-司法行政其他业务支出-万元.xls");

  @Test
  void checksAndThenUsesTheClassDataArchiveOnThisJava(@TempDir Path tmp) throws Exception {
    Path home = install(tmp.resolve("home"));
    Path javaHome = Path.of(System.getProperty("java.home"));
    int major = Runtime.version().feature();
    String cache =
        major >= 25 ? "perfsheet-java" + major + ".aot" : "perfsheet-java" + major + ".jsa";
    trainsThenUses(home, tmp, javaHome, cache, major >= 25 ? "-XX:AOTMode=on" : "-Xshare:on");
  }

  @Test
  void onJava25CreatesThenUsesTheAotCache(@TempDir Path tmp) throws Exception {
    Optional<Path> java25 = java25();
    assumeTrue(java25.isPresent(), "no Java 25 or later in /usr/lib/jvm (or PERFSHEET_IT_JAVA25)");
    Path home = install(tmp.resolve("home"));
    trainsThenUses(
        home,
        tmp,
        java25.get(),
        "perfsheet-java" + feature(java25.get()) + ".aot",
        "-XX:AOTMode=on");
  }

  @Test
  void goesWithoutACacheWhereItCannotWrite(@TempDir Path tmp) throws Exception {
    assumeFalse(System.getProperty("user.name").equals("root"), "root writes read-only folders");
    Path home = install(tmp.resolve("home"));
    home.resolve("lib").toFile().setWritable(false);
    try {
      Result r = run(home, tmp.resolve("out"), Path.of(System.getProperty("java.home")), Map.of());
      assertTrue(r.code() <= 1, r.output());
      Thread.sleep(2000);
      try (Stream<Path> s = Files.list(home.resolve("lib"))) {
        assertFalse(
            s.anyMatch(p -> p.getFileName().toString().startsWith("perfsheet-java")),
            "no cache written");
      }
    } finally {
      home.resolve("lib").toFile().setWritable(true);
    }
  }

  /**
   * Under the C locale (a service manager, cron or a container without LANG) the JVM cannot decode
   * the Chinese name of the sample; the launcher runs it under a UTF-8 locale instead.
   */
  @Test
  void checksChineseFileNamesUnderTheCLocale(@TempDir Path tmp) throws Exception {
    Path home = install(tmp.resolve("home"));
    Result r =
        run(
            home,
            tmp.resolve("out"),
            Path.of(System.getProperty("java.home")),
            Map.of("LC_ALL", "C", "LANG", "C", "LC_CTYPE", "C", "PERFSHEET_CACHE", "off"));
    assertTrue(r.code() <= 1, r.output());
    assertTrue(
        Files.exists(tmp.resolve("out").resolve(SAMPLE.getFileName().toString())), r.output());
  }

  static void assumeFalse(boolean b, String why) {
    assumeTrue(!b, why);
  }

  private static void trainsThenUses(
      Path home, Path tmp, Path javaHome, String cacheName, String strict) throws Exception {
    Path cache = home.resolve("lib").resolve(cacheName);
    Result first = run(home, tmp.resolve("out1"), javaHome, Map.of());
    assertTrue(first.code() <= 1, first.output());
    assertTrue(first.output().contains("共 1 个文件，1 个表"), first.output());
    assertTrue(Files.isRegularFile(tmp.resolve("out1/report.json")));
    assertTrue(
        Files.isRegularFile(home.resolve("lib/perfsheet-layouts.cache")),
        "the first run kept the layouts it learned for the next");
    // The training runs in the background after the first run: wait for it, lock folder and all.
    Path lock = Path.of(cache + ".lock");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
    while ((!Files.isRegularFile(cache) || Files.exists(lock)) && System.nanoTime() < deadline) {
      Thread.sleep(500);
    }
    assertTrue(Files.isRegularFile(cache), "the training recorded " + cache);
    assertFalse(Files.exists(lock), "the training ended");
    // Strict mode makes the JVM fail rather than run without the cache, so success means it mapped
    // it.
    Result second = run(home, tmp.resolve("out2"), javaHome, Map.of("PERFSHEET_JAVA_OPTS", strict));
    assertTrue(second.code() <= 1, second.output());
    assertTrue(second.output().contains("共 1 个文件，1 个表"), second.output());
    assertEquals(
        first
            .output()
            .lines()
            .filter(l -> !l.startsWith("共"))
            .map(l -> l.replace("out1", "out2"))
            .toList(),
        second.output().lines().filter(l -> !l.startsWith("共")).toList(),
        "the same findings with the caches");
  }

  /** The release layout from the built jar: the launcher, lib/ (jar and libraries), templates/. */
  static Path install(Path home) throws IOException {
    Path lib = Files.createDirectories(home.resolve("lib"));
    Files.copy(Path.of("perfsheet"), home.resolve("perfsheet"));
    home.resolve("perfsheet").toFile().setExecutable(true);
    Files.copy(Path.of("target/perfsheet.jar"), lib.resolve("perfsheet.jar"));
    try (Stream<Path> s = Files.list(Path.of("target/lib"))) {
      for (Path p : s.toList()) {
        Files.copy(p, lib.resolve(p.getFileName()));
      }
    }
    Path templates = Files.createDirectories(home.resolve("templates"));
    try (Stream<Path> s = Files.list(Path.of("templates"))) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        Files.copy(p, templates.resolve(p.getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
      }
    }
    // A jar newer than the cache means a stale cache: the copies keep their order of age.
    lib.resolve("perfsheet.jar").toFile().setLastModified(System.currentTimeMillis() - 60_000);
    return home;
  }

  record Result(int code, String output) {}

  static Result run(Path home, Path out, Path javaHome, Map<String, String> env) throws Exception {
    List<String> cmd =
        new ArrayList<>(
            List.of(
                "bash",
                home.resolve("perfsheet").toString(),
                "check",
                SAMPLE.toAbsolutePath().toString(),
                "--out",
                out.toString(),
                "--quiet"));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
    pb.environment().put("JAVA_HOME", javaHome.toString());
    pb.environment().remove("PERFSHEET_JAVA_OPTS");
    pb.environment().remove("PERFSHEET_CACHE");
    pb.environment().putAll(env);
    Process p = pb.start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(180, TimeUnit.SECONDS), "finished");
    return new Result(p.exitValue(), output);
  }

  static Optional<Path> java25() throws IOException {
    String env = System.getenv("PERFSHEET_IT_JAVA25");
    if (env != null && Files.isExecutable(Path.of(env, "bin", "java"))) {
      return Optional.of(Path.of(env));
    }
    if (!Files.isDirectory(Path.of("/usr/lib/jvm"))) {
      return Optional.empty();
    }
    try (Stream<Path> s = Files.list(Path.of("/usr/lib/jvm"))) {
      return s.filter(
              p ->
                  Files.isExecutable(p.resolve("bin/java"))
                      && Files.isRegularFile(p.resolve("release")))
          .filter(p -> feature(p) >= 25)
          .sorted()
          .findFirst();
    }
  }

  /** The feature version in a Java home's release file (0 when unreadable). */
  static int feature(Path javaHome) {
    try {
      for (String line : Files.readAllLines(javaHome.resolve("release"))) {
        if (line.startsWith("JAVA_VERSION=")) {
          String v = line.substring("JAVA_VERSION=".length()).replace("\"", "");
          return Integer.parseInt(v.split("[.+-]")[0]);
        }
      }
    } catch (IOException | NumberFormatException e) {
      return 0;
    }
    return 0;
  }
}
