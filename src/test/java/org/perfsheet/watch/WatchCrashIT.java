package org.perfsheet.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fault injection: watchers as separate processes, killed with SIGKILL at random moments and
 * restarted, two of them on one folder, files copied slowly in chunks. At the end every input is
 * archived or failed exactly once, every valid one returned exactly once, the journal accounts for
 * each, and nothing temporary is left.
 */
class WatchCrashIT {

  static final Path SAMPLE = Path.of("test-workbooks/self-evaluation/2021-司法行政其他业务支出-万元.xls");

  static Process start(Path dir) throws Exception {
    List<String> cmd =
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Dperfsheet.home=" + Path.of("").toAbsolutePath(),
            "-Xmx256m",
            "-cp",
            System.getProperty("java.class.path"),
            "org.perfsheet.cli.Main",
            "watch",
            dir.toString(),
            "--interval",
            "0.2",
            "--settle",
            "0.6",
            "--workers",
            "2");
    return new ProcessBuilder(cmd)
        .redirectErrorStream(true)
        .redirectOutput(dir.resolve("../watch-" + System.nanoTime() + ".log").toFile())
        .start();
  }

  record Drop(String submitter, String name, byte[] content, boolean valid) {}

  static List<Drop> drops(int n, Random random) throws Exception {
    byte[] sample = Files.readAllBytes(SAMPLE);
    String[] units = {"普陀区司法局", "法律援助中心", ""};
    List<Drop> d = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String unit = units[i % units.length];
      boolean valid = i % 7 != 3;
      d.add(
          new Drop(
              unit,
              (valid ? "项目 自评 " : "坏 文件 ") + i + (valid ? ".xls" : ".xlsx"),
              valid ? sample : ("broken " + i).getBytes(),
              valid));
    }
    return d;
  }

  static void drop(Path inbox, Drop d, boolean slowly) throws Exception {
    Path dir = d.submitter().isEmpty() ? inbox : inbox.resolve(d.submitter());
    Files.createDirectories(dir);
    if (!slowly) {
      Files.write(dir.resolve(d.name()), d.content());
      return;
    }
    try (OutputStream out = Files.newOutputStream(dir.resolve(d.name()))) {
      int third = d.content().length / 3;
      for (int k = 0; k < 3; k++) {
        out.write(d.content(), k * third, k == 2 ? d.content().length - 2 * third : third);
        out.flush();
        Thread.sleep(
            250); // a slow network copy: below the quiet period, so never taken half-written
      }
    }
  }

  static boolean drained(Path dir) throws Exception {
    return new Inbox(dir.resolve("inbox"), 0).candidates().isEmpty()
        && WorkArea.pending(dir.resolve(".perfsheet")) == 0;
  }

  static void awaitDrained(Path dir, long seconds) throws Exception {
    long end = System.currentTimeMillis() + seconds * 1000;
    while (!drained(dir) && System.currentTimeMillis() < end) {
      Thread.sleep(200);
    }
  }

  @Test
  void killedAtRandomItLosesNothingAndReturnsNothingTwice(@TempDir Path root) throws Exception {
    Path dir = root.resolve("shared");
    Files.createDirectories(dir.resolve("inbox"));
    Random random = new Random(20261124);
    List<Drop> drops = drops(140, random);
    Process p = start(dir);
    int kills = 0;
    for (int i = 0; i < drops.size(); i++) {
      drop(dir.resolve("inbox"), drops.get(i), i % 40 == 5);
      if (i % 30 == 29) {
        Thread.sleep(300 + random.nextInt(900));
        p.destroyForcibly().waitFor(10, TimeUnit.SECONDS); // SIGKILL, mid-work
        kills++;
        p = start(dir);
      }
    }
    awaitDrained(dir, 90);
    p.destroy(); // SIGTERM: finish or release, then exit
    assertTrue(p.waitFor(30, TimeUnit.SECONDS), "stops on SIGTERM");
    p = start(dir); // a last restart finishes anything released
    awaitDrained(dir, 30);
    p.destroy();
    p.waitFor(30, TimeUnit.SECONDS);
    assertEquals(4, kills);
    verify(dir, drops);
  }

  @Test
  void twoWatchersOnOneFolderNeverProcessAFileTwice(@TempDir Path root) throws Exception {
    Path dir = root.resolve("shared");
    Files.createDirectories(dir.resolve("inbox"));
    List<Drop> drops = drops(60, new Random(7));
    Process a = start(dir);
    Process b = start(dir);
    for (Drop d : drops) {
      drop(dir.resolve("inbox"), d, false);
    }
    awaitDrained(dir, 90);
    a.destroy();
    b.destroy();
    a.waitFor(30, TimeUnit.SECONDS);
    b.waitFor(30, TimeUnit.SECONDS);
    verify(dir, drops);
  }

  static void verify(Path dir, List<Drop> drops) throws Exception {
    List<JsonNode> journal = new Journal(dir.resolve("journal.jsonl")).read();
    Map<String, Long> byInput =
        journal.stream()
            .collect(Collectors.groupingBy(j -> j.path("input").asText(), Collectors.counting()));
    Map<String, String> archived = new HashMap<>();
    for (JsonNode j : journal) {
      archived.put(j.path("input").asText(), j.path("archived").asText());
    }
    for (Drop d : drops) {
      String input = d.submitter().isEmpty() ? d.name() : d.submitter() + "/" + d.name();
      assertEquals(1L, byInput.getOrDefault(input, 0L), "journal has " + input + " exactly once");
      Path out = dir.resolve("outbox").resolve(d.submitter());
      String stem = d.name().substring(0, d.name().lastIndexOf('.'));
      if (d.valid()) {
        assertTrue(Files.exists(out.resolve(stem + ".审核.xls")), "returned: " + input);
        assertTrue(!Files.exists(out.resolve(stem + ".审核(2).xls")), "returned once: " + input);
        assertTrue(archived.get(input).startsWith("archive/"), input);
      } else {
        assertTrue(Files.exists(out.resolve(stem + ".未通过.txt")), "told: " + input);
        assertTrue(!Files.exists(out.resolve(stem + ".未通过(2).txt")), "told once: " + input);
        assertTrue(archived.get(input).startsWith("failed/"), input);
      }
      assertTrue(
          Arrays.equals(d.content(), Files.readAllBytes(dir.resolve(archived.get(input)))),
          "the original is kept intact: " + input);
    }
    assertEquals(drops.size(), journal.size(), "one journal line per file");
    Leftovers.assertNone(dir);
  }
}
