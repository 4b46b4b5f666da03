package org.perfsheet.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12, item 7: OutOfMemoryError in one check fails that file only, as too large; the others go
 * on.
 */
class OutOfMemoryTest {

  @Test
  void outOfMemoryFailsOnlyThatFile(@TempDir Path root) throws Exception {
    Files.createDirectories(root.resolve("inbox"));
    Files.writeString(root.resolve("inbox/a-huge.xlsx"), "huge");
    Files.writeString(root.resolve("inbox/b-ok.xlsx"), "ok");
    WatchSettings s = QuickSettings.of(root);
    new Watcher(
            s,
            () ->
                (in, out) -> {
                  if (in.getFileName().toString().contains("huge")) {
                    throw new OutOfMemoryError("Java heap space");
                  }
                  return FailingOutboxTest.COPY.process(in, out);
                },
            new PrintWriter(new StringWriter()))
        .run(true);
    String note = Files.readString(root.resolve("failed/a-huge.xlsx.txt"), StandardCharsets.UTF_8);
    assertTrue(note.contains("代码 / code: TOO_LARGE") && note.contains("内存不足"), note);
    assertTrue(Files.exists(root.resolve("outbox/b-ok.审核.xlsx")));
    assertEquals(2, new Journal(s.journal()).read().size());
  }
}
