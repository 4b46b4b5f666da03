package org.perfsheet.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfsheet.check.WorkbookProcessor;
import org.perfsheet.report.ExitCode;
import org.perfsheet.report.WorkbookReport;
import picocli.CommandLine;

/**
 * Issue 12, item 6: an outbox that cannot be written (read-only, or here a file in the way, which
 * fails for root too) kept files in the work folder silently and --once exited 0. Now the log,
 * --status and the exit code say so, and the file is finished once the outbox can be written.
 */
class FailingOutboxTest {

  static final WorkbookProcessor COPY =
      (in, out) -> {
        try {
          Files.copy(in, out);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        return WorkbookReport.checked("x", out.toString(), List.of());
      };

  @Test
  void theOperatorIsToldAndTheFileIsRetried(@TempDir Path root) throws Exception {
    Files.createDirectories(root.resolve("inbox/单位"));
    Files.createDirectories(root.resolve("outbox"));
    Files.writeString(root.resolve("outbox/单位"), "not a folder: the unit's outbox cannot be made");
    Files.writeString(root.resolve("inbox/单位/a.xlsx"), "a");
    StringWriter log = new StringWriter();
    int code =
        new CommandLine(
                new WatchCommand(
                    () -> COPY, new PrintWriter(log, true), new PrintWriter(log, true)))
            .execute(root.toString(), "--once");
    assertEquals(ExitCode.UNFINISHED.code(), code, log.toString());
    assertTrue(
        log.toString().contains("单位/a.xlsx：无法写入 / cannot write") && log.toString().contains("重试"),
        log.toString());

    StringWriter status = new StringWriter();
    int statusCode =
        new CommandLine(
                new WatchCommand(
                    () -> COPY, new PrintWriter(status, true), new PrintWriter(status, true)))
            .execute(root.toString(), "--status");
    assertEquals(ExitCode.UNFINISHED.code(), statusCode);
    assertTrue(status.toString().contains("未能完成 / stuck: 单位/a.xlsx："), status.toString());

    // A running watcher retries by itself once the outbox can be written.
    WatchSettings s = QuickSettings.of(root);
    Watcher w = new Watcher(s, () -> COPY, new PrintWriter(new StringWriter(), true));
    Thread t =
        new Thread(
            () -> {
              try {
                w.run(false);
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            });
    t.start();
    Thread.sleep(300);
    Files.delete(root.resolve("outbox/单位"));
    long end = System.currentTimeMillis() + 30_000;
    while (WorkArea.pending(s.stateDir()) > 0 && System.currentTimeMillis() < end) {
      Thread.sleep(50);
    }
    w.stop();
    t.join();
    assertEquals(0, WorkArea.pending(s.stateDir()));
    assertTrue(Files.exists(root.resolve("outbox/单位/a.审核.xlsx")));
    assertEquals(1, new Journal(s.journal()).read().size());
  }
}
