package org.perfsheet.watch;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How the watched folder runs. Checked when made; the defaults are what a bureau's shared folder
 * needs: poll every 2 s, a file is taken after 2 s without change, one worker per core, 50 MB and
 * 60 s per file.
 */
record WatchSettings(
    Path root,
    String inbox,
    String outbox,
    String archive,
    String failed,
    Duration interval,
    Duration quiet,
    int workers,
    long maxBytes,
    Duration timeout) {

  WatchSettings {
    if (workers < 1) {
      throw new IllegalArgumentException("--workers 须至少为 1 / --workers must be at least 1");
    }
    if (maxBytes < 1) {
      throw new IllegalArgumentException("--max-size 须大于 0 / --max-size must be positive");
    }
    for (String name : new String[] {inbox, outbox, archive, failed}) {
      if (name.isBlank()
          || name.contains("/")
          || name.contains("\\")
          || name.equals("..")
          || name.equals(".")) {
        throw new IllegalArgumentException(
            "文件夹名“" + name + "”无效：只能是一个名字，不能含路径 / folder names must be plain names");
      }
    }
  }

  Path inboxDir() {
    return root.resolve(inbox);
  }

  Path outboxDir() {
    return root.resolve(outbox);
  }

  Path archiveDir() {
    return root.resolve(archive);
  }

  Path failedDir() {
    return root.resolve(failed);
  }

  /** perfsheet's own bookkeeping: work folders, name reservations. */
  Path stateDir() {
    return root.resolve(".perfsheet");
  }

  Path journal() {
    return root.resolve("journal.jsonl");
  }
}
