package org.perfsheet.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/** Runs another program (openpyxl, LibreOffice) in the slow-tier tests. */
public final class Processes {

  private Processes() {}

  /** How it ended (-1: it took too long) and what it printed, both streams. */
  public record Run(int exit, String output) {}

  public static Run exec(String... cmd) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(180, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      return new Run(-1, out);
    }
    return new Run(p.exitValue(), out);
  }
}
