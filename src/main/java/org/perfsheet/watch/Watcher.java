package org.perfsheet.watch;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.perfsheet.check.WorkbookProcessor;

/**
 * The watched folder: takes complete files from the inbox, checks them in parallel, returns the
 * annotated workbook and a text report to the submitter's outbox folder, archives the original (or
 * puts it in failed/ with the reason), and journals each file.
 *
 * <p>Every step moves or writes whole files, and the claim's record says which steps are done
 * ({@link Stage}): after a kill or a power cut, restarting finishes each claim from where it was,
 * under the names it had chosen, so nothing is lost or returned twice ({@link Recovery}). A file
 * over the size limit is failed without being opened, one over the time limit is failed too ({@link
 * CheckStep}); results are put in place by {@link Outcomes} and journaled by {@link JournalEntry}.
 */
final class Watcher {

  /** How long a file cut short (a stalled copy) waits unchanged before it is judged as it is. */
  static final long INCOMPLETE_GRACE = 10 * 60_000;

  private final WatchSettings s;
  private final PrintWriter log;
  private final Journal journal;
  private final Names names;
  private final Recovery recovery;
  private final Outcomes outcomes;
  private final CheckStep checkStep;
  private final Set<Path> inFlight = ConcurrentHashMap.newKeySet();
  private final Map<Path, Long> retries = new ConcurrentHashMap<>();
  private volatile boolean stopping;

  Watcher(WatchSettings s, Supplier<WorkbookProcessor> processors, PrintWriter log) {
    this.s = s;
    this.log = log;
    this.journal = new Journal(s.journal());
    this.names = new Names(s.stateDir());
    this.recovery = new Recovery(s, names, log);
    this.outcomes = new Outcomes(s, names);
    this.checkStep = new CheckStep(s, names, processors, log, outcomes);
  }

  void stop() {
    stopping = true;
  }

  /**
   * Runs until stopped; with {@code once}, until the inbox has nothing ready.
   *
   * @return how many files are left unfinished (waiting for a retry: an outbox that cannot be
   *     written, a full disk); each was told in the log
   */
  int run(boolean once) throws IOException, InterruptedException {
    for (Path d : List.of(s.inboxDir(), s.outboxDir(), s.archiveDir(), s.failedDir())) {
      Files.createDirectories(d);
    }
    Inbox inbox =
        once
            ? new Inbox(s.inboxDir(), 0, 0)
            : new Inbox(s.inboxDir(), s.quiet().toMillis(), INCOMPLETE_GRACE);
    ExecutorService workers = Executors.newFixedThreadPool(s.workers(), daemon("perfsheet-worker"));
    try (WorkArea work = new WorkArea(s.stateDir());
        Hint hint = Hint.on(s.inboxDir())) {
      List<Path> leftovers = work.leftovers();
      names.dropStale(WorkArea.claimIds(s.stateDir()));
      WorkArea.dropStale(s.stateDir().resolve("scratch"), WorkArea.claimIds(s.stateDir()));
      for (Path c : work.own()) {
        submit(workers, c);
      }
      if (!leftovers.isEmpty()) {
        log.println(
            now()
                + " 恢复上次未完成的 "
                + leftovers.size()
                + " 个文件 / resuming "
                + leftovers.size()
                + " unfinished files");
      }
      int lastQueue = 0;
      while (!stopping) {
        if (!once) {
          retryDue(workers);
        }
        List<Path> ready = inbox.ready(System.currentTimeMillis());
        if (ready.size() >= 20 && ready.size() != lastQueue) {
          log.println(now() + " 队列中 " + ready.size() + " 个文件 / " + ready.size() + " files queued");
        }
        lastQueue = ready.size();
        for (Path f : ready) {
          if (stopping) {
            break;
          }
          String submitter = inbox.submitter(f);
          Path claim = work.claim(f, submitter);
          if (claim != null) {
            submit(workers, claim);
          }
        }
        if (once && ready.isEmpty() && inFlight.isEmpty()) {
          break;
        }
        if (once) {
          sleep(50);
        } else {
          hint.await(s.interval().toMillis(), () -> stopping);
        }
      }
      workers.shutdown();
      workers.awaitTermination(s.timeout().toMillis() + 5_000, TimeUnit.MILLISECONDS);
      return retries.size();
    } finally {
      workers.shutdownNow();
      checkStep.close();
    }
  }

  private void sleep(long millis) throws InterruptedException {
    for (long slept = 0; slept < millis && !stopping; slept += 50) {
      Thread.sleep(50);
    }
  }

  private void submit(ExecutorService workers, Path claimDir) {
    inFlight.add(claimDir);
    workers.submit(
        () -> {
          try {
            if (!stopping) {
              finish(claimDir);
              retries.remove(claimDir);
            }
          } catch (Exception | OutOfMemoryError e) {
            // The claim stays in the work folder, is tried again later (and after a restart); the
            // operator is told why, here and in --status; the service goes on.
            long delay = retryDelay();
            String why = Problems.describe(e);
            log.println(
                now()
                    + " 暂时无法完成，"
                    + delay / 1000
                    + " 秒后重试 / could not finish, retrying in "
                    + delay / 1000
                    + " s: "
                    + Problems.input(claimDir)
                    + "："
                    + why);
            Problems.record(claimDir, why);
            retries.put(claimDir, System.currentTimeMillis() + delay);
          } finally {
            inFlight.remove(claimDir);
          }
        });
  }

  private long retryDelay() {
    return Math.max(1_000, Math.min(60_000, s.interval().toMillis() * 15));
  }

  /** Claims whose retry is due go back to the workers. */
  private void retryDue(ExecutorService workers) {
    long now = System.currentTimeMillis();
    for (var e : retries.entrySet()) {
      if (e.getValue() <= now
          && !inFlight.contains(e.getKey())
          && retries.remove(e.getKey(), e.getValue())) {
        submit(workers, e.getKey());
      }
    }
  }

  /** Takes one claim through its remaining steps. */
  void finish(Path dir) throws IOException {
    Claim c = recovery.record(dir);
    if (c == null) {
      return;
    }
    // Only a claim that reached archived or failed before a crash may be in the journal already:
    // reading the whole journal for every file would make each file cost more than the last.
    boolean mayBeJournaled = done(c);
    Path original = dir.resolve("input").resolve(c.name());
    if (!Files.exists(original)) {
      c = recovery.vanished(c, dir);
      if (c.at() == Stage.UNMOVED) {
        names.release(s.outboxDir().resolve(c.submitter()), c.stem());
        WorkArea.deleteTree(dir);
        return;
      }
    }
    Path outDir = s.outboxDir().resolve(c.submitter());
    Files.createDirectories(outDir);
    if (c.at() == Stage.LOST) {
      c = recovery.lost(c, dir, outDir);
    }
    long started = System.nanoTime();
    if (c.at() == Stage.CLAIMED) {
      c = checkStep.check(c, dir, original, outDir, started);
    }
    if (c.at() == Stage.RETURNED) {
      c = outcomes.archiving(c, dir);
    }
    if (c.at() == Stage.ARCHIVING || c.at() == Stage.FAILING) {
      c = outcomes.moveOriginal(c, dir, original);
    }
    if (done(c) && !(mayBeJournaled && journal.contains(c.id()))) {
      journal.append(JournalEntry.line(c, s));
      log.println(now() + " " + JournalEntry.told(c, s));
    }
    clear(c, dir, outDir);
  }

  private static boolean done(Claim c) {
    return c.at() != null && c.at().done();
  }

  /** Frees the names the claim reserved and removes its work and scratch folders. */
  private void clear(Claim c, Path dir, Path outDir) throws IOException {
    names.release(outDir, c.stem());
    names.release(outDir, c.noteStem());
    if (c.archived() != null) {
      Path kept = s.root().resolve(c.archived());
      String keptName = kept.getFileName().toString();
      names.release(
          kept.getParent(),
          keptName.substring(0, keptName.length() - Names.extension(c.name()).length()));
    }
    WorkArea.deleteTree(s.stateDir().resolve("scratch").resolve(c.id()));
    WorkArea.deleteTree(dir);
  }

  static String now() {
    return OffsetDateTime.now().withNano(0).toLocalDateTime().toString();
  }

  static ThreadFactory daemon(String name) {
    return r -> {
      Thread t = new Thread(r, name);
      t.setDaemon(true);
      return t;
    };
  }
}
