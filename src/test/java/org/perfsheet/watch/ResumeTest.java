package org.perfsheet.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A claim found after a crash at its last steps: archived, and maybe journaled already. It is
 * journaled exactly once either way; only such claims look in the journal at all.
 */
class ResumeTest {

  @Test
  void anArchivedClaimIsJournaledExactlyOnce(@TempDir Path root) throws Exception {
    WatchSettings s =
        new WatchSettings(
            root,
            "inbox",
            "outbox",
            "archive",
            "failed",
            Duration.ofSeconds(1),
            Duration.ofSeconds(1),
            1,
            50L << 20,
            Duration.ofSeconds(60));
    Watcher w =
        new Watcher(
            s,
            () ->
                (in, out) -> {
                  throw new AssertionError("an archived claim is not checked again");
                },
            new PrintWriter(new StringWriter()));
    Journal journal = new Journal(s.journal());

    Path journaled = archivedClaim(root, "c-journaled");
    journal.append(Journal.object().put("id", "c-journaled").put("input", "单位/a.xlsx"));
    w.finish(journaled);

    Path notYet = archivedClaim(root, "c-not-yet");
    w.finish(notYet);

    List<String> ids = journal.read().stream().map(j -> j.path("id").asText()).toList();
    assertEquals(List.of("c-journaled", "c-not-yet"), ids);
    assertFalse(Files.exists(journaled), "the claim's work folder is cleared");
    assertFalse(Files.exists(notYet));
  }

  private static Path archivedClaim(Path root, String id) throws Exception {
    Path dir = Files.createDirectories(root.resolve("claims").resolve(id));
    Files.createDirectories(dir.resolve("input"));
    Claim.fresh(id, "单位", "a.xlsx", "2026-11-26T09:00:00+08:00")
        .named("a.审核", "0".repeat(64))
        .outcome("returned", null, null, 12, "{\"input\":\"单位/a.xlsx\"}")
        .archivedTo("archive/2026-11-26/单位/a.xlsx", Stage.ARCHIVED)
        .save(dir);
    return dir;
  }
}
