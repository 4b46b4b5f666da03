package org.perfsheet.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The soak run of issue 12 (verify phase only): a few hundred files, good, bad, same-named, copied
 * with pauses longer than the quiet period, renamed while waiting, are dropped into a watcher that
 * is SIGKILLed at random moments and restarted. Every input, known by its hash, ends up exactly
 * once in archive/ or failed/, intact; every good one is returned exactly once; nothing is left in
 * the work folders; the log carries no library stack trace. Bounded: it gives up after five
 * minutes. Its result is recorded in docs/watch.md.
 */
class WatchSoakIT {

  static final Path XLSX = Path.of("test-workbooks/self-evaluation/2021-上海市司法局-项目自评表.xlsx");

  record Drop(
      String submitter,
      String name,
      String renamedTo,
      byte[] content,
      boolean good,
      boolean paused) {}

  /**
   * The sample made unique by a part of its own (POI ignores it), so every drop has its own hash.
   */
  static byte[] uniqueWorkbook(byte[] sample, int i) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(sample));
        ZipOutputStream out = new ZipOutputStream(bytes)) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        out.putNextEntry(new ZipEntry(e.getName()));
        in.transferTo(out);
      }
      out.putNextEntry(new ZipEntry("customXml/soak" + i + ".xml"));
      out.write(("<soak n=\"" + i + "\"/>").getBytes(StandardCharsets.UTF_8));
    }
    return bytes.toByteArray();
  }

  static List<Drop> drops(int n, Random random) throws Exception {
    byte[] sample = Files.readAllBytes(XLSX);
    String[] units = {"普陀区司法局", "法律援助中心", ""};
    List<Drop> d = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String unit = units[i % units.length];
      boolean good = i % 5 != 2;
      String name = i % 4 == 1 ? "同名 自评表.xlsx" : (good ? "自评 " : "坏 ") + i + ".xlsx";
      String renamed = i % 17 == 6 ? "改名 " + i + ".xlsx" : null;
      byte[] content =
          good ? uniqueWorkbook(sample, i) : ("broken " + i).getBytes(StandardCharsets.UTF_8);
      d.add(new Drop(unit, name, renamed, content, good, good && i % 11 == 4));
    }
    return d;
  }

  static void drop(Path inbox, Drop d) throws Exception {
    Path dir = d.submitter().isEmpty() ? inbox : inbox.resolve(d.submitter());
    Files.createDirectories(dir);
    Path target = dir.resolve(d.name());
    for (long end = System.currentTimeMillis() + 20_000;
        Files.exists(target) && System.currentTimeMillis() < end; ) {
      Thread.sleep(20); // a same-named file still waiting: the unit sends the next once it is taken
    }
    if (d.paused()) {
      try (OutputStream out = Files.newOutputStream(target)) {
        int cut = d.content().length * 2 / 3;
        out.write(d.content(), 0, cut);
        out.flush();
        Thread.sleep(1_500); // longer than the 0.6 s quiet period: an SMB copy that stalls
        out.write(d.content(), cut, d.content().length - cut);
      }
    } else {
      Files.write(target, d.content());
    }
    if (d.renamedTo() != null) {
      Thread.sleep(100);
      try {
        Files.move(target, dir.resolve(d.renamedTo()), StandardCopyOption.ATOMIC_MOVE);
      } catch (NoSuchFileException taken) {
        // the watcher was quicker: it goes under its first name
      }
    }
  }

  @Test
  void aFewHundredFilesThroughRandomKillsEachEndUpExactlyOnce(@TempDir Path root) throws Exception {
    long started = System.currentTimeMillis();
    Path dir = root.resolve("shared");
    Files.createDirectories(dir.resolve("inbox"));
    Random random = new Random(20261128);
    List<Drop> drops = drops(300, random);
    ExecutorService slow = Executors.newFixedThreadPool(4);
    Process p = WatchCrashIT.start(dir);
    int kills = 0;
    for (int i = 0; i < drops.size(); i++) {
      Drop d = drops.get(i);
      if (d.paused()) {
        slow.submit(
            () -> {
              drop(dir.resolve("inbox"), d);
              return null;
            });
      } else {
        drop(dir.resolve("inbox"), d);
      }
      if (random.nextInt(25) == 0) {
        Thread.sleep(random.nextInt(800));
        p.destroyForcibly().waitFor(10, TimeUnit.SECONDS); // SIGKILL, mid-work
        kills++;
        p = WatchCrashIT.start(dir);
      }
    }
    slow.shutdown();
    assertTrue(slow.awaitTermination(60, TimeUnit.SECONDS));
    WatchCrashIT.awaitDrained(dir, 240);
    p.destroy();
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "stops on SIGTERM");
    p = WatchCrashIT.start(dir); // a last start finishes anything released at the stop
    WatchCrashIT.awaitDrained(dir, 60);
    p.destroy();
    p.waitFor(60, TimeUnit.SECONDS);
    long seconds = (System.currentTimeMillis() - started) / 1000;
    System.out.println("soak: " + drops.size() + " files, " + kills + " kills, " + seconds + " s");
    verify(dir, drops);
    assertTrue(kills >= 5, "killed " + kills + " times");
  }

  static void verify(Path dir, List<Drop> drops) throws Exception {
    List<JsonNode> journal = new Journal(dir.resolve("journal.jsonl")).read();
    Map<String, List<JsonNode>> byHash = new HashMap<>();
    for (JsonNode j : journal) {
      byHash.computeIfAbsent(j.path("hash").asText(), h -> new ArrayList<>()).add(j);
    }
    int returned = 0;
    for (Drop d : drops) {
      String hash = sha256(d.content());
      List<JsonNode> lines = byHash.getOrDefault(hash, List.of());
      assertEquals(1, lines.size(), "journaled exactly once: " + d.submitter() + "/" + d.name());
      JsonNode j = lines.get(0);
      Path kept = dir.resolve(j.path("archived").asText());
      assertEquals(hash, WatchFiles.sha256(kept), "kept intact: " + kept);
      assertTrue(
          j.path("archived").asText().startsWith(d.good() ? "archive/" : "failed/"), j.toString());
      assertEquals(d.good() ? "returned" : "failed", j.path("status").asText(), j.toString());
      if (d.good()) {
        assertTrue(Files.exists(dir.resolve(j.path("outputs").get(0).asText())), "returned: " + j);
        returned++;
      }
    }
    assertEquals(drops.size(), journal.size(), "one journal line per file");
    try (Stream<Path> s = Files.walk(dir.resolve("outbox"))) {
      assertEquals(
          returned,
          s.filter(
                  p ->
                      p.toString().endsWith(".审核.xlsx")
                          || p.toString().matches(".*\\.审核\\(\\d+\\)\\.xlsx"))
              .count(),
          "every good file returned exactly once");
    }
    Leftovers.assertNone(dir);
    try (Stream<Path> logs = Files.list(dir.getParent())) {
      for (Path log : logs.filter(p -> p.getFileName().toString().startsWith("watch-")).toList()) {
        String text = Files.readString(log, StandardCharsets.UTF_8);
        assertTrue(
            !text.contains("\tat org.apache.poi"),
            "no library stack trace in " + log + ":\n" + text);
      }
    }
  }

  static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }
}
