package org.perfsheet.watch;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Watch settings for the in-process tests: the usual folders under {@code root}, a file ready after
 * 20 ms unchanged, one worker, 1 MiB files.
 */
final class QuickSettings {

  private QuickSettings() {}

  /** A check may take 30 s. */
  static WatchSettings of(Path root) {
    return of(root, Duration.ofSeconds(30));
  }

  static WatchSettings of(Path root, Duration timeout) {
    return new WatchSettings(
        root,
        "inbox",
        "outbox",
        "archive",
        "failed",
        Duration.ofMillis(20),
        Duration.ZERO,
        1,
        1L << 20,
        timeout);
  }
}
