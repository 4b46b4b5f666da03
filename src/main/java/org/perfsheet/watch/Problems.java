package org.perfsheet.watch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Why a claim could not be finished, said to the operator (not the submitter: the file is not
 * judged yet) in one line, and kept beside the claim ({@code problem.txt}) for {@code --status}.
 */
final class Problems {

  static final String FILE = "problem.txt";

  private Problems() {}

  static String describe(Throwable e) {
    if (e instanceof AccessDeniedException a) {
      return "无权写入 " + a.getFile() + "（文件夹只读或权限不足）/ no permission to write " + a.getFile();
    }
    String text = String.valueOf(e.getMessage());
    if (text.contains("No space left")
        || text.contains("not enough space")
        || text.contains("磁盘空间不足")) {
      return "磁盘已满 / the disk is full"
          + (e instanceof FileSystemException f ? "：" + f.getFile() : "");
    }
    if (e instanceof FileSystemException f) {
      return "无法写入 / cannot write "
          + f.getFile()
          + (f.getReason() == null ? "" : "：" + f.getReason())
          + (f.getOtherFile() == null ? "" : " → " + f.getOtherFile())
          + "（"
          + e.getClass().getSimpleName()
          + "）";
    }
    if (e instanceof OutOfMemoryError) {
      return "内存不足 / out of memory";
    }
    return e.toString();
  }

  static void record(Path claimDir, String problem) {
    try {
      Files.writeString(
          claimDir.resolve(FILE), Watcher.now() + " " + problem + "\n", StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException unwritable) {
      // the work folder itself cannot be written: the log has said it
    }
  }

  /** The last problem of a claim, or null. */
  static String of(Path claimDir) {
    try {
      Path f = claimDir.resolve(FILE);
      return Files.exists(f) ? Files.readString(f, StandardCharsets.UTF_8).strip() : null;
    } catch (IOException e) {
      return null;
    }
  }

  /** The claim's input as people name it, or its folder's name when its record cannot be read. */
  static String input(Path claimDir) {
    try {
      Claim c = Claim.load(claimDir);
      return c != null ? c.input() : claimDir.getFileName().toString();
    } catch (IOException e) {
      return claimDir.getFileName().toString();
    }
  }
}
