package org.perfsheet.watch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.perfsheet.files.SafeWrite;

/** The watched folder's file steps that a retry after a crash may repeat safely. */
final class WatchFiles {

  private WatchFiles() {}

  /** Writes a text file whole: a reader sees the old file or the new one, never part of it. */
  static void write(Path target, String text) throws IOException {
    // A short temporary name (the target's own may be at the file-name limit), the same for the
    // same target, so a retry after a kill mid-write overwrites what the kill left.
    String key =
        HexFormat.of()
            .formatHex(
                digest(target.getFileName().toString().getBytes(StandardCharsets.UTF_8)), 0, 8);
    Path tmp = target.resolveSibling(".perfsheet-" + key + ".tmp");
    Files.writeString(tmp, text, StandardCharsets.UTF_8);
    SafeWrite.move(tmp, target);
  }

  /** Moves a file to its reserved name unless an earlier run, killed right after, already did. */
  static void moveOnce(Path from, Path to) throws IOException {
    if (!Files.exists(from) && Files.exists(to)) {
      return;
    }
    Files.createDirectories(to.getParent());
    SafeWrite.moveNew(from, to);
  }

  static String sha256(Path f) throws IOException {
    try (InputStream in = Files.newInputStream(f)) {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      byte[] buf = new byte[1 << 16];
      for (int n; (n = in.read(buf)) > 0; ) {
        md.update(buf, 0, n);
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] digest(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
