package org.perfsheet.files;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a workbook so that a reader of the target never sees half a file: into a temporary file in
 * the same folder, then moved over the target in one step. It is not forced to disk: {@code check}
 * can simply be run again after a power cut, and the watched folder, which promises each file
 * returned exactly once, forces what it returns ({@link #force}) before recording it.
 */
public final class SafeWrite {

  private SafeWrite() {}

  public static void write(Workbook wb, Path target) throws IOException {
    write(
        target,
        out -> {
          if (wb instanceof XSSFWorkbook) {
            // POI zips at the default level 6; level 1 saves about a tenth of the write (bench/run
            // check) for files some 8 % larger, and an annotated copy is read once, then replaced.
            ZipArchiveOutputStream zip = new ZipArchiveOutputStream(out);
            zip.setLevel(Deflater.BEST_SPEED);
            wb.write(zip); // POI finishes the archive; closing it would close the file too early
          } else {
            wb.write(out);
          }
        });
  }

  /** What writes a file's content. */
  @FunctionalInterface
  public interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  /** Writes what {@code content} writes; when it throws, the target is left as it was. */
  public static void write(Path target, Content content) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = tempFile(dir, ".perfsheet-");
    try {
      try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE);
          OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16)) {
        content.writeTo(out);
        out.flush();
      }
      move(tmp, target);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /**
   * A new empty temporary file in {@code dir}, with the permissions an ordinary new file gets there
   * (the umask, the folder's default ACL): {@link Files#createTempFile} makes it 0600, and the file
   * moved into place would stay unreadable to the other accounts of a shared folder.
   */
  public static Path tempFile(Path dir, String prefix) throws IOException {
    // The name need not be unguessable: CREATE_NEW never opens what is there (a file, a link).
    for (int attempt = 0; ; attempt++) {
      Path tmp =
          dir.resolve(
              prefix + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
      try {
        Files.newByteChannel(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
        return tmp;
      } catch (FileAlreadyExistsException e) {
        if (attempt > 100) {
          throw e;
        }
      }
    }
  }

  /** Forces a written file's content to disk. */
  public static void force(Path file) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
      channel.force(true);
    }
  }

  /**
   * Moves a file to a name that must not exist yet, never replacing one (a rename replaces
   * silently, so it is linked first: linking fails on an existing name). Run again after a crash
   * between link and delete, it finds the two names on one file and finishes.
   */
  public static void moveNew(Path from, Path to) throws IOException {
    try {
      Files.createLink(to, from);
    } catch (FileAlreadyExistsException e) {
      if (!Files.isSameFile(from, to)) {
        throw e;
      }
    } catch (UnsupportedOperationException | FileSystemException noLinks) {
      Files.move(
          from,
          to); // no hard links here (some shares): a plain rename, refused on an existing name
      return;
    }
    Files.delete(from);
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
