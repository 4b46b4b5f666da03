package org.perfsheet.check;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Writes a workbook so that a reader of the target never sees half a file: into a temporary
 * file in the same folder, flushed to disk, then moved over the target in one step.
 */
public final class SafeWrite {

  private SafeWrite() {}

  public static void write(Workbook wb, Path target) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, ".perfsheet-", ".tmp");
    try {
      try (OutputStream out = Files.newOutputStream(tmp)) {
        wb.write(out);
      }
      try (var ch = java.nio.channels.FileChannel.open(tmp, java.nio.file.StandardOpenOption.WRITE)) {
        ch.force(true);
      }
      move(tmp, target);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** Moves atomically where the file system can, else replaces (some network shares). */
  public static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
