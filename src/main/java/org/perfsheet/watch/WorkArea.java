package org.perfsheet.watch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * This process's work folder ({@code .perfsheet/work/<process>/}), held by a file lock for as long
 * as the process lives. A file is claimed by moving it from the inbox into a folder of its own
 * here, in one atomic step: two watchers on one folder can never both take it. A work folder whose
 * lock is free belongs to a process that died; the next watcher adopts its claims.
 */
final class WorkArea implements AutoCloseable {

  private static final String LOCK = ".lock";

  private final Path root;
  private final Path mine;
  private final FileChannel channel;
  private final FileLock lock;
  private final AtomicLong counter = new AtomicLong();

  WorkArea(Path stateDir) throws IOException {
    this.root = stateDir.resolve("work");
    Files.createDirectories(root);
    this.mine =
        root.resolve(
            ProcessHandle.current().pid() + "-" + UUID.randomUUID().toString().substring(0, 8));
    Files.createDirectories(mine);
    this.channel =
        FileChannel.open(mine.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    this.lock = channel.lock();
  }

  /** Takes a file from the inbox; null when another watcher was first or the file is in use. */
  Path claim(Path file, String submitter) throws IOException {
    String id =
        ZonedDateTime.now().toLocalDate()
            + "-"
            + UUID.randomUUID().toString().substring(0, 8)
            + "-"
            + counter.incrementAndGet();
    Path dir = mine.resolve(id);
    Path input = dir.resolve("input");
    Files.createDirectories(input);
    // A pending record first: a claim killed before its move finds its input still in the inbox;
    // the record is made final once the file is here.
    Claim.fresh(id, submitter, file.getFileName().toString(), ZonedDateTime.now().toString())
        .savePending(dir);
    try {
      try {
        Files.move(file, input.resolve(file.getFileName()), StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(file, input.resolve(file.getFileName()));
      }
    } catch (NoSuchFileException e) {
      deleteTree(dir);
      return null; // another watcher took it
    } catch (FileSystemException e) {
      deleteTree(dir);
      return null; // still open in another program (Windows): next poll
    }
    Claim.promote(dir);
    return dir;
  }

  /** The claims left by this process and by dead ones: what a restart must finish. */
  List<Path> leftovers() throws IOException {
    List<Path> claims = new ArrayList<>();
    try (Stream<Path> procs = Files.list(root)) {
      for (Path proc : procs.filter(Files::isDirectory).sorted().toList()) {
        if (proc.equals(mine)) {
          continue;
        }
        try (FileChannel ch =
            FileChannel.open(
                proc.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
          FileLock other = ch.tryLock();
          if (other == null) {
            continue; // alive
          }
          try (Stream<Path> s = Files.list(proc)) {
            for (Path c : s.filter(Files::isDirectory).toList()) {
              Path moved = mine.resolve(c.getFileName());
              Files.move(c, moved, StandardCopyOption.ATOMIC_MOVE);
              claims.add(moved);
            }
          }
          other.release();
        } catch (OverlappingFileLockException e) {
          continue;
        }
        deleteTree(proc);
      }
    }
    return claims;
  }

  /** Claims in this process's folder (after adoption). */
  List<Path> own() throws IOException {
    try (Stream<Path> s = Files.list(mine)) {
      return s.filter(Files::isDirectory).sorted().toList();
    }
  }

  /**
   * Claims in hand: those with a record or an input (an empty folder left by a kill is not one).
   */
  static int pending(Path stateDir) throws IOException {
    int n = 0;
    for (Path proc : list(stateDir.resolve("work"))) {
      for (Path claim : list(proc)) {
        n +=
            Files.exists(claim.resolve(Claim.FILE)) || Files.exists(claim.resolve("input")) ? 1 : 0;
      }
    }
    return n;
  }

  /** How many watchers hold a work folder on this folder now. */
  static int running(Path stateDir) {
    int n = 0;
    for (Path proc : list(stateDir.resolve("work"))) {
      if (!Files.exists(proc.resolve(LOCK))) {
        continue;
      }
      try (FileChannel ch = FileChannel.open(proc.resolve(LOCK), StandardOpenOption.WRITE)) {
        FileLock l = ch.tryLock();
        if (l == null) {
          n++;
        } else {
          l.release();
        }
      } catch (OverlappingFileLockException e) {
        n++; // held in this very process
      } catch (IOException e) {
        // gone while we looked
      }
    }
    return n;
  }

  /** Every claim folder of every process. */
  static List<Path> claims(Path stateDir) {
    List<Path> all = new ArrayList<>();
    for (Path proc : list(stateDir.resolve("work"))) {
      all.addAll(list(proc));
    }
    all.sort(null);
    return all;
  }

  /** The ids of every claim in every process's work folder (claim folders are named by id). */
  static Set<String> claimIds(Path stateDir) throws IOException {
    Set<String> ids = new HashSet<>();
    for (Path proc : list(stateDir.resolve("work"))) {
      for (Path claim : list(proc)) {
        ids.add(claim.getFileName().toString());
      }
    }
    return ids;
  }

  /** Sub-folders, tolerating folders that other watchers delete while we look. */
  private static List<Path> list(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(Files::isDirectory).toList();
    } catch (IOException | UncheckedIOException gone) {
      return List.of();
    }
  }

  /** Clears the folders in {@code dir} not named by a live claim. */
  static void dropStale(Path dir, Set<String> liveClaims) throws IOException {
    for (Path p : list(dir)) {
      if (!liveClaims.contains(p.getFileName().toString())) {
        deleteTree(p);
      }
    }
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  /**
   * Releases the lock. Claims not finished stay where they are: the next watcher adopts them and
   * goes on from the step each had reached.
   */
  @Override
  public void close() throws IOException {
    lock.release();
    channel.close();
    if (own().isEmpty()) {
      deleteTree(mine);
    }
  }
}
