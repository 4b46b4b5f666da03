package org.perfsheet.watch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.perfsheet.files.WorkbookFiles;

/**
 * Finds the files in the inbox that are ready: not a lock, temporary or hidden file, unchanged
 * (size and modification time) for the quiet period, so a file still being copied over a network
 * share is left alone, and whole ({@link Completeness}): a copy that paused longer than the quiet
 * period waits until it is complete, or until it has been unchanged for the grace period, when it
 * is judged as it is. Only stability counts, never the clock: a file whose time is ahead of the
 * server's is taken as soon as it has been stable. Symbolic links are never followed.
 */
final class Inbox {

  private record Seen(long size, long modified, long since) {}

  private final Path dir;
  private final long quietMillis;
  private final long graceMillis;
  private final Map<Path, Seen> seen = new HashMap<>();

  Inbox(Path dir, long quietMillis) {
    this(dir, quietMillis, quietMillis);
  }

  /**
   * @param graceMillis how long a file cut short may stay unchanged before it is judged anyway
   */
  Inbox(Path dir, long quietMillis, long graceMillis) {
    this.dir = dir;
    this.quietMillis = quietMillis;
    this.graceMillis = graceMillis;
  }

  /** Office and WPS lock files, partial downloads, hidden and temporary files. */
  static boolean ignored(Path file) {
    String n = file.getFileName().toString();
    String lower = n.toLowerCase(Locale.ROOT);
    return WorkbookFiles.isLockOrHidden(file)
        || lower.endsWith(".tmp")
        || lower.endsWith(".part")
        || lower.endsWith(".crdownload")
        || lower.endsWith(".download")
        || lower.endsWith(".partial")
        || lower.equals("thumbs.db")
        || lower.equals("desktop.ini")
        || lower.endsWith("#");
  }

  /** Files ready to take now; {@code now} in milliseconds. */
  List<Path> ready(long now) throws IOException {
    List<Path> ready = new ArrayList<>();
    Map<Path, Seen> next = new HashMap<>();
    for (Path f : candidates()) {
      BasicFileAttributes a;
      try {
        a = Files.readAttributes(f, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      } catch (IOException gone) {
        continue;
      }
      long modified = a.lastModifiedTime().toMillis();
      Seen before = seen.get(f);
      Seen s =
          before != null && before.size() == a.size() && before.modified() == modified
              ? before
              : new Seen(a.size(), modified, now);
      next.put(f, s);
      long stable = now - s.since();
      if (stable >= quietMillis && (stable >= graceMillis || Completeness.whole(f))) {
        ready.add(f);
      }
    }
    seen.clear();
    seen.putAll(next);
    ready.sort(null);
    return ready;
  }

  /** Everything waiting, ready or not (for --status and progress lines). */
  List<Path> candidates() throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
          .filter(p -> !ignored(p) && dir.relativize(p).getNameCount() <= 2)
          .filter(p -> !hiddenFolder(dir.relativize(p)))
          .toList();
    } catch (UncheckedIOException e) {
      return List.of(); // a file vanished while listing: try again next poll
    }
  }

  /** Files in the inbox that will never be taken, each with the reason (for --status). */
  SortedMap<String, String> ignoredWithReasons() {
    SortedMap<String, String> out = new TreeMap<>();
    if (!Files.isDirectory(dir)) {
      return out;
    }
    try (Stream<Path> s = Files.walk(dir, 4)) {
      for (Path p : s.filter(p -> !p.equals(dir)).toList()) {
        Path rel = dir.relativize(p);
        String why =
            Files.isSymbolicLink(p)
                ? "符号链接，不读取 / a symbolic link, not followed"
                : Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)
                    ? null
                    : hiddenFolder(rel)
                        ? "在隐藏文件夹中 / in a hidden folder"
                        : rel.getNameCount() > 2
                            ? "文件夹层级太深（只读 inbox 下一层）/ too deep: only one level of folders is read"
                            : ignored(p) ? "临时、隐藏或锁定文件 / a temporary, hidden or lock file" : null;
        if (why != null) {
          out.put(rel.toString().replace('\\', '/'), why);
        }
      }
    } catch (IOException | UncheckedIOException e) {
      // files vanishing while listed: the next --status shows them
    }
    return out;
  }

  private static boolean hiddenFolder(Path rel) {
    return rel.getNameCount() > 1 && rel.getName(0).toString().startsWith(".");
  }

  /** The submitter: the inbox subfolder the file was dropped in, or "" at the top. */
  String submitter(Path file) {
    Path rel = dir.relativize(file);
    return rel.getNameCount() > 1 ? rel.getName(0).toString() : "";
  }
}
