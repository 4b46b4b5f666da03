package org.perfsheet.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfsheet.check.WorkbookProcessor;
import org.perfsheet.report.WorkbookReport;

/**
 * Issue 12, item 5: an empty claim folder (a kill while clearing one), a claim whose input an
 * antivirus deleted, and a check that outlived its time limit never leave a claim behind that
 * blocks or shows as in progress for ever.
 */
class PhantomClaimTest {

  @Test
  void emptyAndInputlessClaimsOfADeadWatcherAreResolved(@TempDir Path root) throws Exception {
    Path dead = Files.createDirectories(root.resolve(".perfsheet/work/999-dead"));
    Files.createFile(dead.resolve(".lock"));
    Files.createDirectories(dead.resolve("c-empty"));
    Files.createDirectories(dead.resolve("c-unmoved/input"));
    Claim.fresh("c-unmoved", "单位", "a.xlsx", "2026-11-28T09:00:00+08:00")
        .savePending(dead.resolve("c-unmoved"));
    Path gone = Files.createDirectories(dead.resolve("c-gone/input"));
    Claim.fresh("c-gone", "单位", "杀毒.xlsx", "2026-11-28T09:00:00+08:00").save(gone.getParent());
    StringWriter log = new StringWriter();
    Watcher w =
        new Watcher(
            QuickSettings.of(root, Duration.ofSeconds(5)),
            () ->
                (in, out) -> {
                  throw new AssertionError("nothing here is checked");
                },
            new PrintWriter(log, true));
    w.run(true);

    assertEquals(0, WorkArea.pending(root.resolve(".perfsheet")), log.toString());
    assertEquals(
        List.of(),
        List.copyOf(WorkArea.claimIds(root.resolve(".perfsheet"))),
        "no claim folder left");
    List<JsonNode> journal = new Journal(root.resolve("journal.jsonl")).read();
    assertEquals(1, journal.size(), "only the claim whose input vanished is journaled");
    assertEquals("单位/杀毒.xlsx", journal.get(0).path("input").asText());
    assertEquals("failed", journal.get(0).path("status").asText());
    assertEquals("INPUT_MISSING", journal.get(0).path("error").path("code").asText());
    String note = Files.readString(root.resolve("outbox/单位/杀毒.未通过.txt"), StandardCharsets.UTF_8);
    assertTrue(note.contains("请重新提交") && note.contains("please resubmit"), note);

    w.run(true); // and a second start finds nothing to complain about
    assertEquals(1, new Journal(root.resolve("journal.jsonl")).read().size());
  }

  @Test
  void aReturnedClaimWhoseOriginalVanishedIsJournaledNotRetriedForEver(@TempDir Path root)
      throws Exception {
    Path dir = Files.createDirectories(root.resolve("claims/c-returned/input"));
    Claim.fresh("c-returned", "单位", "a.xlsx", "2026-11-28T09:00:00+08:00")
        .named("a.审核", "0".repeat(64))
        .outcome(
            "returned",
            null,
            null,
            12,
            "{\"input\":\"单位/a.xlsx\",\"status\":\"checked\",\"forms\":[]}")
        .stage(Stage.RETURNED)
        .save(dir.getParent());
    new Watcher(
            QuickSettings.of(root, Duration.ofSeconds(5)),
            () ->
                (in, out) -> {
                  throw new AssertionError("not checked again");
                },
            new PrintWriter(new StringWriter()))
        .finish(dir.getParent());
    List<JsonNode> journal = new Journal(root.resolve("journal.jsonl")).read();
    assertEquals(1, journal.size());
    assertEquals("returned", journal.get(0).path("status").asText());
    assertTrue(journal.get(0).path("archived").isNull(), journal.get(0).toString());
    assertTrue(Files.notExists(dir.getParent()));
  }

  @Test
  void aCheckPastItsTimeLimitDoesNotBringItsClaimBack(@TempDir Path root) throws Exception {
    CountDownLatch ended = new CountDownLatch(1);
    WorkbookProcessor late =
        (in, out) -> {
          try {
            sleepThroughInterrupts(1_500); // past the 1 s limit, deaf to interrupts as POI is
            // then writes as SafeWrite does, folders and all
            Files.createDirectories(out.getParent());
            Files.writeString(out, "late");
          } catch (Exception e) {
            throw new IllegalStateException(e);
          } finally {
            ended.countDown();
          }
          return WorkbookReport.checked("x", out.toString(), List.of());
        };
    Files.createDirectories(root.resolve("inbox"));
    Files.writeString(root.resolve("inbox/慢.xlsx"), "slow");
    new Watcher(
            QuickSettings.of(root, Duration.ofSeconds(1)),
            () -> late,
            new PrintWriter(new StringWriter()))
        .run(true);
    assertTrue(ended.await(30, TimeUnit.SECONDS));
    assertTrue(Files.exists(root.resolve("failed/慢.xlsx")));
    assertEquals(0, WorkArea.pending(root.resolve(".perfsheet")), "nothing shows as in progress");
    assertEquals(
        List.of(),
        List.copyOf(WorkArea.claimIds(root.resolve(".perfsheet"))),
        "no claim folder came back");
  }

  private static void sleepThroughInterrupts(long millis) {
    long end = System.nanoTime() + millis * 1_000_000;
    while (System.nanoTime() < end) {
      try {
        Thread.sleep(Math.max(1, (end - System.nanoTime()) / 1_000_000));
      } catch (InterruptedException ignored) {
        // as POI: carries on
      }
    }
  }
}
