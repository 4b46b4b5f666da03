package org.perfsheet.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** {@code ./perfsheet}: see {@link PerfsheetCommand}. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    PrintWriter out =
        new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err =
        new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    // A console means a person at a terminal (not a pipe or a service log): progress is shown.
    System.exit(PerfsheetCommand.run(args, out, err, System.console() != null));
  }
}
