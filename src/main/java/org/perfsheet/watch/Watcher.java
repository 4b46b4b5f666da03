package org.perfsheet.watch;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.perfsheet.files.SafeWrite;
import org.perfsheet.check.WorkbookProcessor;
import org.perfsheet.model.Severity;
import org.perfsheet.report.RejectReason;
import org.perfsheet.report.ReportJson;
import org.perfsheet.report.TextReport;
import org.perfsheet.report.WorkbookReport;

/**
 * The watched folder: takes complete files from the inbox, checks them in parallel, returns the
 * annotated workbook and a text report to the submitter's outbox folder, archives the original
 * (or puts it in failed/ with the reason), and journals each file.
 *
 * <p>Every step moves or writes whole files, and the claim's record says which steps are done:
 * after a kill or a power cut, restarting finishes each claim from where it was, under the names
 * it had chosen, so nothing is lost or returned twice. A file over the size limit is failed
 * without being opened. A file that takes longer than the time limit is failed; its thread
 * cannot be stopped (POI does not heed interrupts), so it runs on in the background until it ends.
 */
final class Watcher {

  /** How long a file cut short (a stalled copy) waits unchanged before it is judged as it is. */
  static final long INCOMPLETE_GRACE = 10 * 60_000;

  private final WatchSettings s;
  private final Supplier<WorkbookProcessor> processors;
  private final PrintWriter log;
  private final Journal journal;
  private final Names names;
  private final ExecutorService checking = Executors.newCachedThreadPool(daemon("perfsheet-check"));
  private final Set<Path> inFlight = ConcurrentHashMap.newKeySet();
  private final java.util.Map<Path, Long> retries = new ConcurrentHashMap<>();
  private volatile boolean stopping;

  Watcher(WatchSettings s, Supplier<WorkbookProcessor> processors, PrintWriter log) {
    this.s = s;
    this.processors = processors;
    this.log = log;
    this.journal = new Journal(s.journal());
    this.names = new Names(s.stateDir());
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
    Inbox inbox = once ? new Inbox(s.inboxDir(), 0, 0) : new Inbox(s.inboxDir(), s.quiet().toMillis(), INCOMPLETE_GRACE);
    ExecutorService workers = Executors.newFixedThreadPool(s.workers(), daemon("perfsheet-worker"));
    try (WorkArea work = new WorkArea(s.stateDir()); Hint hint = Hint.on(s.inboxDir())) {
      List<Path> leftovers = work.leftovers();
      names.dropStale(WorkArea.claimIds(s.stateDir()));
      WorkArea.dropStale(s.stateDir().resolve("scratch"), WorkArea.claimIds(s.stateDir()));
      for (Path c : work.own()) {
        submit(workers, c);
      }
      if (!leftovers.isEmpty()) {
        log.println(now() + " 恢复上次未完成的 " + leftovers.size() + " 个文件 / resuming " + leftovers.size() + " unfinished files");
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
      checking.shutdownNow();
    }
  }

  /**
   * File-system events, used only to wake the poll early where they work; on network shares they
   * often do not, and the poll finds the files anyway.
   */
  static final class Hint implements AutoCloseable {
    private final java.nio.file.WatchService service;

    private Hint(java.nio.file.WatchService service) {
      this.service = service;
    }

    static Hint on(Path inbox) {
      try {
        java.nio.file.WatchService w = inbox.getFileSystem().newWatchService();
        inbox.register(w, java.nio.file.StandardWatchEventKinds.ENTRY_CREATE,
            java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY);
        try (var subs = Files.list(inbox)) {
          for (Path d : subs.filter(Files::isDirectory).toList()) {
            d.register(w, java.nio.file.StandardWatchEventKinds.ENTRY_CREATE,
                java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY);
          }
        }
        return new Hint(w);
      } catch (IOException | UnsupportedOperationException e) {
        return new Hint(null);
      }
    }

    /** Waits up to {@code millis}, less when an event arrives or {@code stop} turns true. */
    void await(long millis, java.util.function.BooleanSupplier stop) throws InterruptedException {
      long end = System.currentTimeMillis() + millis;
      while (!stop.getAsBoolean() && System.currentTimeMillis() < end) {
        java.nio.file.WatchKey key = service == null ? null : service.poll(50, TimeUnit.MILLISECONDS);
        if (key != null) {
          key.pollEvents();
          key.reset();
          return;
        }
        if (service == null) {
          Thread.sleep(50);
        }
      }
    }

    @Override
    public void close() throws IOException {
      if (service != null) {
        service.close();
      }
    }
  }

  private void sleep(long millis) throws InterruptedException {
    for (long slept = 0; slept < millis && !stopping; slept += 50) {
      Thread.sleep(50);
    }
  }

  private void submit(ExecutorService workers, Path claimDir) {
    inFlight.add(claimDir);
    workers.submit(() -> {
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
        log.println(now() + " 暂时无法完成，" + delay / 1000 + " 秒后重试 / could not finish, retrying in " + delay / 1000 + " s: "
            + Problems.input(claimDir) + "：" + why);
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
      if (e.getValue() <= now && !inFlight.contains(e.getKey()) && retries.remove(e.getKey(), e.getValue())) {
        submit(workers, e.getKey());
      }
    }
  }

  /** Takes one claim through its remaining steps. */
  void finish(Path dir) throws IOException {
    Claim c = record(dir);
    if (c == null) {
      return;
    }
    // Only a claim that reached archived or failed before a crash may be in the journal already:
    // reading the whole journal for every file would make each file cost more than the last.
    boolean mayBeJournaled = c.stage().equals("archived") || c.stage().equals("failed");
    Path original = dir.resolve("input").resolve(c.name());
    if (!Files.exists(original)) {
      c = vanished(c, dir);
      if (c.stage().equals("unmoved")) {
        names.release(s.outboxDir().resolve(c.submitter()), c.stem());
        WorkArea.deleteTree(dir);
        return;
      }
    }
    Path outDir = s.outboxDir().resolve(c.submitter());
    Files.createDirectories(outDir);
    if (c.stage().equals("lost")) {
      c = lost(c, dir, outDir);
    }
    long started = System.nanoTime();
    if (c.stage().equals("claimed")) {
      c = check(c, dir, original, outDir, started);
    }
    if (c.stage().equals("returned")) {
      Path archive = s.archiveDir().resolve(LocalDate.now().toString()).resolve(c.submitter());
      Files.createDirectories(archive);
      String kept = names.reserve(archive, c.id(), Names.stem(c.name()), "", Names.extension(c.name()));
      c = c.archivedTo(s.root().relativize(archive.resolve(kept + Names.extension(c.name()))).toString(), "archiving");
      c.save(dir);
    }
    if (c.stage().equals("archiving") || c.stage().equals("failing")) {
      moveOnce(original, s.root().resolve(c.archived()));
      c = c.stage(c.stage().equals("archiving") ? "archived" : "failed");
      c.save(dir);
    }
    if ((c.stage().equals("archived") || c.stage().equals("failed")) && !(mayBeJournaled && journal.contains(c.id()))) {
      journal.append(line(c));
      log.println(now() + " " + c.input() + " → " + (c.status().equals("returned")
          ? s.outbox() + "/" + rel(c.submitter(), c.stem() + c.outExt()) + "（" + summary(c) + "）"
          : (c.archived() == null ? "（原件已不在 / original gone）" : c.archived()) + "：" + c.errorCode()) + "，" + c.durationMs() + " ms");
    }
    names.release(outDir, c.stem());
    names.release(outDir, c.noteStem());
    if (c.archived() != null) {
      Path kept = s.root().resolve(c.archived());
      String keptName = kept.getFileName().toString();
      names.release(kept.getParent(), keptName.substring(0, keptName.length() - Names.extension(c.name()).length()));
    }
    WorkArea.deleteTree(s.stateDir().resolve("scratch").resolve(c.id()));
    WorkArea.deleteTree(dir);
  }

  /**
   * Where the check writes the annotated workbook: outside the claim's folder, so that a check
   * still running past its time limit, which creates the folders it writes to, cannot bring back
   * a claim already finished (stale ones are cleared at start).
   */
  private Path annotated(Claim c) {
    return s.stateDir().resolve("scratch").resolve(c.id()).resolve("annotated" + c.outExt());
  }

  /**
   * The claim's record; null, with the folder cleared, when there is nothing to finish: a claim
   * killed before its move (the file is still in the inbox) or while clearing a finished claim.
   * A record lost by a crash is rebuilt from what was moved.
   */
  private Claim record(Path dir) throws IOException {
    Claim c = Claim.load(dir);
    if (c != null) {
      return c;
    }
    Path moved = null;
    if (Files.isDirectory(dir.resolve("input"))) {
      try (var files = Files.list(dir.resolve("input"))) {
        moved = files.findFirst().orElse(null);
      }
    }
    if (moved == null) {
      log.println(now() + " 清除空的处理记录 / cleared an empty claim: " + dir.getFileName());
      WorkArea.deleteTree(dir);
      return null;
    }
    Claim pending = Claim.loadPending(dir);
    c = pending != null && pending.name().equals(moved.getFileName().toString()) ? pending
        : Claim.fresh(dir.getFileName().toString(), "", moved.getFileName().toString(), OffsetDateTime.now().toString());
    c.save(dir);
    Files.deleteIfExists(dir.resolve(Claim.PENDING));
    return c;
  }

  /**
   * A claim whose input is gone (an antivirus, a person in the work folder): never checked, or
   * its original neither archived nor failed. It is journaled with the reason and never blocks.
   */
  private Claim vanished(Claim c, Path dir) throws IOException {
    boolean moved = c.archived() != null && Files.exists(s.root().resolve(c.archived()));
    if (c.stage().equals("claimed") && Files.exists(s.inboxDir().resolve(c.submitter()).resolve(c.name()))) {
      return c.stage("unmoved"); // a record of an older version, killed before its move: the file waits in the inbox
    }
    if (c.stage().equals("claimed")) {
      c = c.stage("lost");
      c.save(dir);
    } else if ((c.stage().equals("returned") || c.stage().equals("archiving") || c.stage().equals("failing")) && !moved) {
      log.println(now() + " 原件已不在，无法归档 / the original is gone, not archived: " + c.input());
      c = c.archivedTo(null, c.stage().equals("failing") ? "failed" : "archived");
      c.save(dir);
    }
    return c;
  }

  private Claim lost(Claim c, Path dir, Path outDir) throws IOException {
    RejectReason why = new RejectReason("INPUT_MISSING", "文件在审核前从 perfsheet 的工作文件夹中消失（可能被杀毒软件或他人删除），"
        + "未能审核。请重新提交 / the file vanished from perfsheet's work folder before it was checked (removed by an "
        + "antivirus or a person); please resubmit it");
    if (c.noteStem() == null) {
      names.release(outDir, c.stem());
      c = c.noted(names.reserve(outDir, c.id(), Names.base(c.name()), ".未通过", ".txt")).named(null, c.hash());
      c.save(dir);
    }
    write(outDir.resolve(c.noteStem() + ".txt"), "perfsheet 未能审核此文件，请重新提交。\n文件：" + c.input()
        + "\n原因 / reason: " + why.message() + "\n代码 / code: " + why.code() + "\n");
    c = c.outcome("failed", why.code(), why.message(), 0, ReportJson.line(WorkbookReport.rejected(c.input(), why)))
        .archivedTo(null, "failed");
    c.save(dir);
    return c;
  }

  /** Checks the file and puts the results in the outbox; or fails it with the reason. */
  private Claim check(Claim c, Path dir, Path original, Path outDir, long started) throws IOException {
    if (c.stem() == null) {
      c = c.withExt(Names.actualExtension(original, c.name()));
      c = c.named(names.reserve(outDir, c.id(), Names.base(c.name()), ".审核", c.outExt(), ".txt"),
          sha256(original));
      c.save(dir);
    }
    WorkbookReport report = judge(c, original);
    // A copy still writing into the file after it was taken (the move keeps the open file): the
    // judgement is of old bytes, so it is made again on the new ones.
    for (int round = 0; round < 5; round++) {
      String hash = sha256(original);
      if (hash.equals(c.hash())) {
        break;
      }
      log.println(now() + " " + c.input() + " 在审核中被改动，重新审核 / changed while being checked, checking again");
      c = c.named(c.stem(), hash);
      c.save(dir);
      try {
        Thread.sleep(s.quiet().toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted", e);
      }
      report = judge(c, original);
    }
    long ms = (System.nanoTime() - started) / 1_000_000;
    if (report.status() == WorkbookReport.Status.CHECKED) {
      String outName = c.stem() + c.outExt();
      WorkbookReport shown = new WorkbookReport(c.input(), s.outbox() + "/" + rel(c.submitter(), outName), report.status(),
          null, report.forms(), report.review());
      Path annotated = annotated(c);
      SafeWrite.force(annotated); // on disk before the claim says returned and the original is archived
      SafeWrite.move(annotated, outDir.resolve(outName));
      write(outDir.resolve(c.stem() + ".txt"), renamed(c) + TextReport.render(shown, c.name()));
      c = c.outcome("returned", null, null, ms, ReportJson.line(shown)).stage("returned");
      c.save(dir);
      return c;
    }
    return fail(c, dir, original, outDir, report, ms);
  }

  /** Said first in the report when the workbook comes back under another extension than it came. */
  private static String renamed(Claim c) {
    String was = Names.extension(c.name());
    if (was.equalsIgnoreCase(c.outExt())) {
      return "";
    }
    return "注意：文件扩展名“" + was + "”与内容不符，审核后的工作簿已按“" + c.outExt() + "”返回，请以后用正确的扩展名保存 / the file's "
        + "extension " + was + " did not match its content; the checked workbook is returned as " + c.outExt() + "\n\n";
  }

  private WorkbookReport judge(Claim c, Path original) throws IOException {
    long size = Files.size(original);
    if (size > s.maxBytes()) {
      return WorkbookReport.rejected(c.input(), new RejectReason("TOO_LARGE", "文件太大（" + mb(size) + " MB，上限 "
          + mb(s.maxBytes()) + " MB）。请删除多余的工作表、图片和空行后重新提交 / the file is too large (" + mb(size)
          + " MB, limit " + mb(s.maxBytes()) + " MB); remove unneeded sheets, pictures and empty rows and resubmit"));
    }
    Files.createDirectories(annotated(c).getParent());
    Files.deleteIfExists(annotated(c));
    return runWithLimit(original, annotated(c), c.input());
  }

  private WorkbookReport runWithLimit(Path input, Path output, String shownInput) {
    Future<WorkbookReport> f = checking.submit(() -> processors.get().process(input, output));
    try {
      return f.get(s.timeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      f.cancel(true);
      return WorkbookReport.rejected(shownInput, new RejectReason("TIMEOUT", "处理超过 " + s.timeout().toSeconds()
          + " 秒仍未完成，已停止。工作簿可能过大或结构异常，请删除多余内容后重新提交 / processing took longer than "
          + s.timeout().toSeconds() + " s and was stopped; the workbook may be too large or malformed"));
    } catch (ExecutionException e) {
      if (e.getCause() instanceof OutOfMemoryError) {
        return WorkbookReport.rejected(shownInput, org.perfsheet.check.Checker.OUT_OF_MEMORY);
      }
      return WorkbookReport.rejected(shownInput, new RejectReason("INTERNAL_ERROR", "perfsheet 处理出错（"
          + e.getCause() + "），原文件已保留。请联系管理员 / perfsheet failed on this file; the original is kept"));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while checking " + input, e);
    }
  }

  /**
   * The original to failed/ with the reason beside it, and the reason in the outbox. Names are
   * fixed in the claim first, so a retry after a crash writes the same files again.
   */
  private Claim fail(Claim c, Path dir, Path original, Path outDir, WorkbookReport report, long ms) throws IOException {
    RejectReason why = report.error();
    if (c.noteStem() == null) {
      names.release(outDir, c.stem());
      c = c.noted(names.reserve(outDir, c.id(), Names.base(c.name()), ".未通过", ".txt")).named(null, c.hash());
      c.save(dir);
    }
    Path failedDir = s.failedDir().resolve(c.submitter());
    Files.createDirectories(failedDir);
    String ext = Names.extension(c.name());
    Path target = failedDir.resolve(names.reserve(failedDir, c.id(), Names.stem(c.name()), "", ext, ext + ".txt") + ext);
    String note = "文件：" + c.input() + "\n原因 / reason: " + why.message() + "\n代码 / code: " + why.code() + "\n";
    write(failedDir.resolve(target.getFileName() + ".txt"), note);
    write(outDir.resolve(c.noteStem() + ".txt"), "perfsheet 未能审核此文件，请修改后重新提交。\n" + note);
    WorkbookReport shown = WorkbookReport.rejected(c.input(), why);
    c = c.outcome("failed", why.code(), why.message(), ms, ReportJson.line(shown))
        .archivedTo(s.root().relativize(target).toString(), "failing");
    c.save(dir);
    return c;
  }

  /** Moves a file to its reserved name unless an earlier run, killed right after, already did. */
  private static void moveOnce(Path from, Path to) throws IOException {
    if (!Files.exists(from) && Files.exists(to)) {
      return;
    }
    Files.createDirectories(to.getParent());
    SafeWrite.moveNew(from, to);
  }

  private ObjectNode line(Claim c) throws IOException {
    ObjectNode j = Journal.object();
    j.put("id", c.id());
    j.put("time", OffsetDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    j.put("submitter", c.submitter());
    j.put("input", c.input());
    j.put("hash", c.hash());
    j.put("status", c.status());
    ArrayNode outputs = j.putArray("outputs");
    String sub = c.submitter().isEmpty() ? "" : c.submitter() + "/";
    if (c.status().equals("returned")) {
      outputs.add(s.outbox() + "/" + sub + c.stem() + c.outExt());
      outputs.add(s.outbox() + "/" + sub + c.stem() + ".txt");
    } else {
      outputs.add(s.outbox() + "/" + sub + c.noteStem() + ".txt");
    }
    j.put("archived", c.archived());
    j.put("duration_ms", c.durationMs());
    if (c.errorCode() == null) {
      j.putNull("error");
    } else {
      j.putObject("error").put("code", c.errorCode()).put("message", c.error());
    }
    j.set("report", new com.fasterxml.jackson.databind.ObjectMapper().readTree(c.reportJson()));
    return j;
  }

  private static String summary(Claim c) {
    try {
      WorkbookReport r = ReportJson.fromJson(new com.fasterxml.jackson.databind.ObjectMapper().readTree(c.reportJson()));
      return r.forms().size() + " 个表，错误 " + r.count(Severity.ERROR) + "，警告 " + r.count(Severity.WARNING);
    } catch (IOException x) {
      return "";
    }
  }

  private static String rel(String submitter, String name) {
    return submitter.isEmpty() ? name : submitter + "/" + name;
  }

  private static void write(Path target, String text) throws IOException {
    // A short temporary name (the target's own may be at the file-name limit), the same for the
    // same target, so a retry after a kill mid-write overwrites what the kill left.
    String key = HexFormat.of().formatHex(digest(target.getFileName().toString().getBytes(StandardCharsets.UTF_8)), 0, 8);
    Path tmp = target.resolveSibling(".perfsheet-" + key + ".tmp");
    Files.writeString(tmp, text, StandardCharsets.UTF_8);
    SafeWrite.move(tmp, target);
  }

  private static byte[] digest(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
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

  private static String mb(long bytes) {
    return String.format(java.util.Locale.ROOT, "%.1f", bytes / 1024.0 / 1024.0);
  }

  static String now() {
    return OffsetDateTime.now().withNano(0).toLocalDateTime().toString();
  }

  private static java.util.concurrent.ThreadFactory daemon(String name) {
    return r -> {
      Thread t = new Thread(r, name);
      t.setDaemon(true);
      return t;
    };
  }
}
