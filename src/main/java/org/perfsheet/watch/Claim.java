package org.perfsheet.watch;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.perfsheet.files.SafeWrite;

/**
 * One submitted file taken from the inbox, as recorded in its work folder ({@code claim.json}). The
 * record is rewritten, atomically, after each step, so a restart after a crash knows where the file
 * had got to and goes on from there rather than starting a second copy.
 *
 * @param stem the name the returned files share, decided once: {@code x.审核} or {@code x.审核(2)}
 * @param stage the word of its {@link Stage}: {@code claimed} → {@code returned} (outputs in the
 *     outbox) → {@code archived}; or {@code claimed} → {@code failed} (the input in failed/)
 * @param archived where the original went (relative to the root), once it has
 * @param ext the returned workbook's extension, from its content: a workbook named .xls that is
 *     really .xlsx (or the reverse) comes back with the right one
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record Claim(
    String id,
    String submitter,
    String name,
    String claimedAt,
    String stage,
    String stem,
    String noteStem,
    String hash,
    String archived,
    String status,
    String error,
    String errorCode,
    Long durationMs,
    String reportJson,
    String ext) {

  static final String FILE = "claim.json";
  static final String PENDING = "claim.pending.json";
  private static final ObjectMapper MAPPER = new ObjectMapper();

  static Claim fresh(String id, String submitter, String name, String claimedAt) {
    return new Fields(id, submitter, name, claimedAt).claim();
  }

  /** Its stage; null for a word no stage has. */
  Stage at() {
    return Stage.of(stage);
  }

  Claim stage(Stage next) {
    return with(c -> c.stage = next.word());
  }

  Claim named(String newStem, String newHash) {
    return with(
        c -> {
          c.stem = newStem;
          c.hash = newHash;
        });
  }

  /** The name of the 未通过 note, fixed before it is written so a retry writes the same file. */
  Claim noted(String newNoteStem) {
    return with(c -> c.noteStem = newNoteStem);
  }

  Claim outcome(String newStatus, String code, String message, long duration, String report) {
    return with(
        c -> {
          c.status = newStatus;
          c.errorCode = code;
          c.error = message;
          c.durationMs = duration;
          c.reportJson = report;
        });
  }

  Claim archivedTo(String path, Stage nextStage) {
    return with(
        c -> {
          c.archived = path;
          c.stage = nextStage.word();
        });
  }

  Claim withExt(String newExt) {
    return with(c -> c.ext = newExt);
  }

  /** A copy with the fields {@code change} sets: the one place every field is copied. */
  private Claim with(Consumer<Fields> change) {
    Fields f = new Fields(this);
    change.accept(f);
    return f.claim();
  }

  /** A claim's fields, open to change while {@link #with} makes a copy. */
  private static final class Fields {
    final String id;
    final String submitter;
    final String name;
    final String claimedAt;
    String stage;
    String stem;
    String noteStem;
    String hash;
    String archived;
    String status;
    String error;
    String errorCode;
    Long durationMs;
    String reportJson;
    String ext;

    /** A claim just taken: the rest is learned step by step. */
    Fields(String id, String submitter, String name, String claimedAt) {
      this.id = id;
      this.submitter = submitter;
      this.name = name;
      this.claimedAt = claimedAt;
      stage = Stage.CLAIMED.word();
    }

    Fields(Claim c) {
      this(c.id, c.submitter, c.name, c.claimedAt);
      stage = c.stage;
      stem = c.stem;
      noteStem = c.noteStem;
      hash = c.hash;
      archived = c.archived;
      status = c.status;
      error = c.error;
      errorCode = c.errorCode;
      durationMs = c.durationMs;
      reportJson = c.reportJson;
      ext = c.ext;
    }

    Claim claim() {
      return new Claim(
          id,
          submitter,
          name,
          claimedAt,
          stage,
          stem,
          noteStem,
          hash,
          archived,
          status,
          error,
          errorCode,
          durationMs,
          reportJson,
          ext);
    }
  }

  /** The returned workbook's extension. */
  String outExt() {
    return ext != null ? ext : Names.extension(name);
  }

  /** The input's path relative to the inbox, as people name it: 普陀区司法局/x.xlsx. */
  String input() {
    return submitter.isEmpty() ? name : submitter + "/" + name;
  }

  void save(Path dir) throws IOException {
    save(dir, FILE);
  }

  /**
   * The record of a claim whose file is not moved yet: made final ({@link #promote}) once it is, so
   * a claim found with a final record and no input lost its input after it was taken.
   */
  void savePending(Path dir) throws IOException {
    save(dir, PENDING);
  }

  static void promote(Path dir) throws IOException {
    SafeWrite.move(dir.resolve(PENDING), dir.resolve(FILE));
  }

  private void save(Path dir, String file) throws IOException {
    Path tmp = dir.resolve(file + ".tmp");
    Files.write(tmp, MAPPER.writeValueAsBytes(this));
    SafeWrite.move(tmp, dir.resolve(file));
  }

  static Claim load(Path dir) throws IOException {
    return read(dir.resolve(FILE));
  }

  static Claim loadPending(Path dir) throws IOException {
    return read(dir.resolve(PENDING));
  }

  private static Claim read(Path f) throws IOException {
    try {
      return Files.exists(f) ? MAPPER.readValue(f.toFile(), Claim.class) : null;
    } catch (JacksonException torn) {
      return null; // written by an older version or torn by a crash: rebuilt from what was moved
    }
  }
}
