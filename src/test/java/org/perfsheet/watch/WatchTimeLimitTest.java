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
import org.perfsheet.report.WorkbookReport;
import picocli.CommandLine;

/**
 * The watched folder's time limit: a check past it is failed as TIMEOUT and the next file is still
 * checked. The next file's check is a copy, not a real check (WatchTest has those): a real one had
 * to finish within the 2 s limit, which a machine busy with other work did not always allow.
 */
class WatchTimeLimitTest {

  @Test
  void aSlowFileIsFailedAtTheTimeLimitAndTheServiceGoesOn(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("inbox"));
    Files.copy(WatchTest.SAMPLE, dir.resolve("inbox/slow.xls"));
    Files.copy(WatchTest.SAMPLE, dir.resolve("inbox/ok.xls"));
    WorkbookProcessor slow =
        (in, out) -> {
          if (in.getFileName().toString().startsWith("slow")) {
            try {
              Thread.sleep(6_000);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          }
          try {
            Files.copy(in, out);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          return WorkbookReport.checked(in.getFileName().toString(), out.toString(), List.of());
        };
    StringWriter log = new StringWriter();
    int code =
        new CommandLine(
                new WatchCommand(
                    () -> slow, new PrintWriter(log, true), new PrintWriter(log, true)))
            .execute(dir.toString(), "--once", "--timeout", "2");
    assertEquals(0, code);
    assertTrue(Files.exists(dir.resolve("failed/slow.xls")), log.toString());
    assertTrue(Files.readString(dir.resolve("failed/slow.xls.txt")).contains("TIMEOUT"));
    assertTrue(Files.exists(dir.resolve("outbox/ok.审核.xls")), log.toString());
  }
}
