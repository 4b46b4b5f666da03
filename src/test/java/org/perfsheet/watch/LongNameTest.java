package org.perfsheet.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfsheet.report.RejectReason;
import org.perfsheet.report.WorkbookReport;

/**
 * Issue 12, item 2: an input name near the 255-byte limit plus {@code .审核} or {@code .txt} went
 * past it; the claim stayed in the work folder for ever. Names are shortened keeping their start,
 * their mark and their extension, and stay unique.
 */
class LongNameTest {

  @Test
  void namesNearTheLimitAreShortenedAndProcessed(@TempDir Path root) throws Exception {
    String good = "长".repeat(82) + "ab.xlsx"; // 253 bytes
    String bad = "坏".repeat(82) + "ab.xlsx";
    assertEquals(253, good.getBytes(StandardCharsets.UTF_8).length);
    Path inbox = Files.createDirectories(root.resolve("inbox/单位"));
    Files.writeString(inbox.resolve(good), "good");
    Files.writeString(inbox.resolve(bad), "bad");
    WatchSettings s = QuickSettings.of(root);
    StringWriter log = new StringWriter();
    new Watcher(
            s,
            () ->
                (in, out) -> {
                  try {
                    if (Files.readString(in).equals("bad")) {
                      return WorkbookReport.rejected(
                          "x", new RejectReason("NOT_A_WORKBOOK", "坏 / bad"));
                    }
                    Files.copy(in, out);
                  } catch (IOException e) {
                    throw new UncheckedIOException(e);
                  }
                  return WorkbookReport.checked("x", out.toString(), List.of());
                },
            new PrintWriter(log, true))
        .run(true);

    assertEquals(0, WorkArea.pending(s.stateDir()), log.toString());
    assertEquals(2, new Journal(s.journal()).read().size(), log.toString());
    List<String> outbox = names(root.resolve("outbox/单位"));
    assertEquals(3, outbox.size(), outbox.toString());
    for (String n : outbox) {
      assertTrue(n.getBytes(StandardCharsets.UTF_8).length <= 255, n);
      assertTrue(n.startsWith("长长长") || n.startsWith("坏坏坏"), n);
    }
    assertTrue(outbox.stream().anyMatch(n -> n.endsWith("长.审核.xlsx")), outbox.toString());
    assertTrue(outbox.stream().anyMatch(n -> n.endsWith("长.审核.txt")), outbox.toString());
    assertTrue(outbox.stream().anyMatch(n -> n.endsWith("坏.未通过.txt")), outbox.toString());
    List<String> failed = names(root.resolve("failed/单位"));
    assertEquals(2, failed.size(), failed.toString());
    assertTrue(
        failed.get(0).endsWith(".xlsx") && failed.get(1).equals(failed.get(0) + ".txt"),
        failed.toString());
    try (Stream<Path> archived = Files.walk(root.resolve("archive"))) {
      assertEquals(
          List.of(good),
          archived.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).toList());
    }
  }

  @Test
  void shortenedNamesStayUnique(@TempDir Path root) throws Exception {
    Names names = new Names(root.resolve(".perfsheet"));
    Path out = Files.createDirectories(root.resolve("outbox"));
    String a = names.reserve(out, "a", "长".repeat(90) + "甲", ".审核", ".xlsx", ".txt");
    String b = names.reserve(out, "b", "长".repeat(90) + "乙", ".审核", ".xlsx", ".txt");
    assertTrue(a.endsWith(".审核") && b.endsWith(".审核(2)"), a + " / " + b);
    assertTrue((b + ".xlsx").getBytes(StandardCharsets.UTF_8).length <= 255);
  }

  private static List<String> names(Path dir) throws Exception {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
