package org.perfsheet.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfsheet.check.WorkbookProcessor;
import org.perfsheet.files.SafeWrite;
import org.perfsheet.report.RejectReason;
import org.perfsheet.report.WorkbookReport;

/**
 * Issue 12, item 1: files of one name in flight at once (a workbook and its resubmission, several
 * workers) each keep their own original and their own note; no move replaces a file.
 */
class SameNameTest {

  @Test
  void twoClaimsNeverGetTheSameArchiveOrFailedName(@TempDir Path root) throws Exception {
    Names names = new Names(root.resolve(".perfsheet"));
    Path failed = Files.createDirectories(root.resolve("failed/单位"));
    String a = names.reserve(failed, "claim-a", "x", "", ".xlsx", ".xlsx.txt");
    String b = names.reserve(failed, "claim-b", "x", "", ".xlsx", ".xlsx.txt");
    assertEquals(
        List.of("x", "x(2)"), List.of(a, b), "neither has moved yet, still the names differ");
    assertEquals(
        "x",
        names.reserve(failed, "claim-a", "x", "", ".xlsx", ".xlsx.txt"),
        "a restart gets its own name back");
    Files.writeString(failed.resolve("y.xlsx.txt"), "an original named like a note");
    assertEquals(
        "y(2)",
        names.reserve(failed, "claim-c", "y", "", ".xlsx", ".xlsx.txt"),
        "a note never replaces a file");
  }

  @Test
  void aMoveNeverReplacesAFile(@TempDir Path dir) throws Exception {
    Path from = Files.writeString(dir.resolve("new.xlsx"), "new");
    Path to = Files.writeString(dir.resolve("kept.xlsx"), "kept");
    assertThrows(FileAlreadyExistsException.class, () -> SafeWrite.moveNew(from, to));
    assertEquals("kept", Files.readString(to));
    assertEquals("new", Files.readString(from));
    Files.createLink(dir.resolve("half.xlsx"), from); // killed between link and delete
    SafeWrite.moveNew(from, dir.resolve("half.xlsx"));
    assertTrue(Files.notExists(from), "a rerun finishes the move");
  }

  @Test
  void sameNamedFilesInFlightTogetherAreAllKept(@TempDir Path root) throws Exception {
    int workers = 4;
    int files = 24;
    CyclicBarrier together =
        new CyclicBarrier(workers); // every group leaves the check at the same moment
    WorkbookProcessor processor =
        (in, out) -> {
          String content = read(in);
          try {
            together.await(60, TimeUnit.SECONDS);
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
          if (content.endsWith("bad")) {
            return WorkbookReport.rejected(
                "x", new RejectReason("NOT_A_WORKBOOK", "坏 / bad " + content));
          }
          try {
            Files.copy(in, out);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          return WorkbookReport.checked("x", out.toString(), List.of());
        };
    WatchSettings s =
        new WatchSettings(
            root,
            "inbox",
            "outbox",
            "archive",
            "failed",
            Duration.ofMillis(10),
            Duration.ZERO,
            workers,
            1L << 20,
            Duration.ofSeconds(60));
    Watcher w = new Watcher(s, () -> processor, new PrintWriter(new StringWriter()));
    Thread running =
        new Thread(
            () -> {
              try {
                w.run(false);
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            });
    running.start();
    Path inbox = Files.createDirectories(root.resolve("inbox/单位"));
    for (int i = 0; i < files; i++) {
      Path f = inbox.resolve("同名.xlsx");
      while (Files.exists(f)) {
        Thread.sleep(5); // the previous one is not claimed yet
      }
      Files.writeString(f, "file " + i + (i % 2 == 0 ? " good" : " bad"));
    }
    long end = System.currentTimeMillis() + 120_000;
    while (new Journal(s.journal()).read().size() < files && System.currentTimeMillis() < end) {
      Thread.sleep(20);
    }
    w.stop();
    running.join();

    Set<String> kept = new TreeSet<>();
    int notes = 0;
    int originals = 0;
    try (Stream<Path> all =
        Stream.concat(Files.walk(root.resolve("archive")), Files.walk(root.resolve("failed")))) {
      for (Path p : all.filter(Files::isRegularFile).toList()) {
        if (p.toString().endsWith(".txt")) {
          notes++;
          assertTrue(
              Files.readString(p, StandardCharsets.UTF_8).contains("bad"),
              p + ": " + Files.readString(p, StandardCharsets.UTF_8));
        } else {
          originals++;
          kept.add(Files.readString(p));
        }
      }
    }
    assertEquals(files, originals, "every original kept");
    assertEquals(files, kept.size(), "and each one different: none replaced another");
    assertEquals(files / 2, notes, "one note beside each failed original");
    Set<String> reasons = new TreeSet<>();
    for (Path p :
        Files.list(root.resolve("failed/单位")).filter(p -> p.toString().endsWith(".txt")).toList()) {
      String note = Files.readString(p, StandardCharsets.UTF_8);
      String original =
          Files.readString(Path.of(p.toString().substring(0, p.toString().length() - 4)));
      assertTrue(note.contains(original), "the note beside " + p.getFileName() + " is its own");
      reasons.add(note);
    }
    assertEquals(files / 2, reasons.size());
  }

  private static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
