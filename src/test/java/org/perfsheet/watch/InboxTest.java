package org.perfsheet.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfsheet.report.RejectReason;
import org.perfsheet.report.WorkbookReport;

/**
 * Issue 12, items 3 and 4: a copy paused longer than the quiet period is not taken half-written; a
 * file whose time is ahead of the server's clock is taken once it has been stable. Time is passed
 * in, so nothing here waits.
 */
class InboxTest {

  static final long QUIET = 2_000;
  static final long GRACE = 600_000;

  @Test
  void aZipCutShortWaitsUntilItIsWhole(@TempDir Path dir) throws Exception {
    pausedCopy(dir, Path.of("test-workbooks/self-evaluation/2021-上海市司法局-项目自评表.xlsx"), "a.xlsx");
  }

  @Test
  void anOleFileCutShortWaitsUntilItIsWhole(@TempDir Path dir) throws Exception {
    pausedCopy(dir, WatchCrashIT.SAMPLE, "a.xls");
  }

  private static void pausedCopy(Path dir, Path sample, String name) throws Exception {
    byte[] all = Files.readAllBytes(sample);
    Path f = dir.resolve(name);
    Files.write(f, Arrays.copyOf(all, all.length * 2 / 3));
    Inbox inbox = new Inbox(dir, QUIET, GRACE);
    long t = 1_000_000;
    assertEquals(List.of(), inbox.ready(t));
    assertEquals(
        List.of(), inbox.ready(t + QUIET * 10), "stable but cut short: the copy has only paused");
    Files.write(
        f, Arrays.copyOfRange(all, all.length * 2 / 3, all.length), StandardOpenOption.APPEND);
    Files.setLastModifiedTime(f, FileTime.fromMillis(System.currentTimeMillis() + 5_000));
    assertEquals(List.of(), inbox.ready(t + QUIET * 11), "changed: waits the quiet period again");
    assertEquals(List.of(f), inbox.ready(t + QUIET * 12), "whole and stable");
    assertTrue(Completeness.whole(f));
  }

  @Test
  void aFileCutShortForGoodIsJudgedAfterTheGracePeriod(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("truncated.xlsx");
    Files.copy(Path.of("src/test/resources/bad-inputs/truncated.xlsx"), f);
    assertFalse(Completeness.whole(f));
    Inbox inbox = new Inbox(dir, QUIET, GRACE);
    inbox.ready(0);
    assertEquals(List.of(), inbox.ready(GRACE - 1));
    assertEquals(List.of(f), inbox.ready(GRACE), "then the check says it is damaged");
  }

  @Test
  void everyWholeWorkbookIsWhole() throws Exception {
    try (var s = Files.walk(Path.of("test-workbooks"))) {
      for (Path p : s.filter(p -> p.toString().matches(".*\\.xlsx?$")).toList()) {
        assertTrue(Completeness.whole(p), p.toString());
      }
    }
    assertTrue(Completeness.whole(Path.of("templates/self-evaluation.xlsx")));
  }

  @Test
  void aFileFromTheFutureIsTakenOnceStable(@TempDir Path dir) throws Exception {
    Path f = Files.copy(WatchCrashIT.SAMPLE, dir.resolve("future.xls"));
    Files.setLastModifiedTime(f, FileTime.fromMillis(System.currentTimeMillis() + 3_600_000));
    Inbox inbox = new Inbox(dir, QUIET, GRACE);
    long now = System.currentTimeMillis();
    assertEquals(List.of(), inbox.ready(now));
    assertEquals(
        List.of(f),
        inbox.ready(now + QUIET),
        "an hour ahead of the clock, stable for the quiet period");
  }

  @Test
  void aFileChangedAfterItWasTakenIsJudgedOnItsNewBytes(@TempDir Path root) throws Exception {
    AtomicInteger calls = new AtomicInteger();
    Files.createDirectories(root.resolve("inbox"));
    Files.writeString(root.resolve("inbox/a.xlsx"), "half");
    WatchSettings s = QuickSettings.of(root);
    new Watcher(
            s,
            () ->
                (in, out) -> {
                  try {
                    if (calls.incrementAndGet() == 1) {
                      Files.writeString(
                          in,
                          " and the rest",
                          StandardOpenOption.APPEND); // the copy goes on into the taken file
                      return WorkbookReport.rejected("a", new RejectReason("NO_FORM", "半 / half"));
                    }
                    Files.copy(in, out);
                  } catch (IOException e) {
                    throw new UncheckedIOException(e);
                  }
                  return WorkbookReport.checked("a", out.toString(), List.of());
                },
            new PrintWriter(new StringWriter()))
        .run(true);
    var journal = new Journal(s.journal()).read();
    assertEquals(1, journal.size());
    assertEquals("returned", journal.get(0).path("status").asText(), "judged on the whole file");
    Path archived = root.resolve(journal.get(0).path("archived").asText());
    assertEquals("half and the rest", Files.readString(archived));
    assertEquals(
        WatchFiles.sha256(archived),
        journal.get(0).path("hash").asText(),
        "the journal's hash is the kept file's");
  }
}
