package org.perfsheet.cli;

import java.io.PrintWriter;

/**
 * {@code [120/300] name} on stderr, overwritten in place, while a batch runs at a terminal; nothing
 * when the output is piped or redirected, so logs and scripts see only the result lines.
 */
final class Progress {

  /**
   * Long names wrap on a narrow terminal, and a wrapped line cannot be overwritten with {@code \r}.
   */
  static final int NAME_COLUMNS = 40;

  private final PrintWriter err;
  private final boolean shown;
  private final int total;

  /** Terminal columns of the line shown; a Chinese character takes two. */
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
    String line = "[" + done + "/" + total + "] " + fit(name);
    int columns = columns(line);
    err.print("\r" + line + " ".repeat(Math.max(0, width - columns)));
    err.flush();
    width = columns;
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

  /** The name cut to {@link #NAME_COLUMNS} columns, with … where it was cut. */
  static String fit(String name) {
    if (columns(name) <= NAME_COLUMNS) {
      return name;
    }
    StringBuilder b = new StringBuilder();
    int used = 0;
    for (int i = 0; i < name.length(); ) {
      int cp = name.codePointAt(i);
      int w = wide(cp) ? 2 : 1;
      if (used + w > NAME_COLUMNS - 1) {
        break;
      }
      b.appendCodePoint(cp);
      used += w;
      i += Character.charCount(cp);
    }
    return b.append('…').toString();
  }

  /** Terminal columns: CJK characters and full-width punctuation take two. */
  static int columns(String s) {
    return s.codePoints().map(cp -> wide(cp) ? 2 : 1).sum();
  }

  private static boolean wide(int cp) {
    return cp >= 0x1100
        && (cp <= 0x115F
            || cp >= 0x2E80 && cp <= 0xA4CF
            || cp >= 0xAC00 && cp <= 0xD7A3
            || cp >= 0xF900 && cp <= 0xFAFF
            || cp >= 0xFE30 && cp <= 0xFE4F
            || cp >= 0xFF00 && cp <= 0xFF60
            || cp >= 0xFFE0 && cp <= 0xFFE6
            || cp >= 0x20000 && cp <= 0x3FFFD);
  }
}
