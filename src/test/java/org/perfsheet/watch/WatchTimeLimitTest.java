package org.perfsheet.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;
import org.perfsheet.check.Checker;
import org.perfsheet.check.WorkbookProcessor;
import org.perfsheet.scoring.ScoringProfile;
import org.perfsheet.workbook.TemplateLearner;
import picocli.CommandLine;

/**
 * The watched folder's time limit: a check past it is failed and the next file is still checked.
 * Isolated, should JUnit's parallel execution be turned on (README, Tests): the good file must be
 * checked within the 2 s limit, which a test running beside it on two cores could prevent.
 */
@Isolated
class WatchTimeLimitTest {

  static final Path SAMPLE = WatchTest.SAMPLE;
  static WorkbookProcessor checker;

  @BeforeAll
  static void setUp() throws Exception {
    checker = new Checker(TemplateLearner.loadAll(Path.of("templates")), ScoringProfile.defaults());
  }

  @Test
  void aSlowFileIsFailedAtTheTimeLimitAndTheServiceGoesOn(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("inbox"));
    Files.copy(SAMPLE, dir.resolve("inbox/slow.xls"));
    Files.copy(SAMPLE, dir.resolve("inbox/ok.xls"));
    WorkbookProcessor slow = (in, out) -> {
      if (in.getFileName().toString().startsWith("slow")) {
        try {
          Thread.sleep(6_000);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      return checker.process(in, out);
    };
    StringWriter log = new StringWriter();
    int code = new CommandLine(new WatchCommand(() -> slow, new PrintWriter(log, true), new PrintWriter(log, true)))
        .execute(dir.toString(), "--once", "--timeout", "2"); // ok.xls needs well under 2 s even on a cold JVM
    assertEquals(0, code);
    assertTrue(Files.exists(dir.resolve("failed/slow.xls")), log.toString());
    assertTrue(Files.readString(dir.resolve("failed/slow.xls.txt")).contains("TIMEOUT"));
    assertTrue(Files.exists(dir.resolve("outbox/ok.审核.xls")), log.toString());
  }
}
