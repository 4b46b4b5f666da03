package org.perfsheet.cli;

import java.io.PrintWriter;

/**
 * {@code [120/300] name} on stderr, overwritten in place, while a batch runs at a terminal; nothing
 * when the output is piped or redirected, so logs and scripts see only the result lines.
 */
final class Progress {

  /** Long names wrap on a narrow terminal, and a wrapped line cannot be overwritten with {@code \r}. */
  static final int NAME_CHARS = 30;

  private final PrintWriter err;
  private final boolean shown;
  private final int total;
  private int width;

  Progress(PrintWriter err, boolean shown, int total) {
    this.err = err;
    this.shown = shown;
    this.total = total;
  }

  /** {@code done} of the total are finished, the last one being {@code name}. */
  void step(int done, String name) {
    if (!shown) {
      return;
    }
    String shortName = name.length() > NAME_CHARS ? name.substring(0, NAME_CHARS - 1) + "…" : name;
    String line = "[" + done + "/" + total + "] " + shortName;
    err.print("\r" + line + " ".repeat(Math.max(0, width - line.length())));
    err.flush();
    width = line.length();
  }

  /** Blanks the progress line, before a result line is printed or when the batch is over. */
  void clear() {
    if (!shown || width == 0) {
      return;
    }
    err.print("\r" + " ".repeat(width) + "\r");
    err.flush();
    width = 0;
  }
}
