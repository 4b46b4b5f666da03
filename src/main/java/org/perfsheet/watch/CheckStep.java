package org.perfsheet.watch;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.perfsheet.check.Checker;
import org.perfsheet.check.WorkbookProcessor;
import org.perfsheet.report.RejectReason;
import org.perfsheet.report.WorkbookReport;

/**
 * The checking step of a claim: names its results, judges the file within the size and time limits,
 * judges it again if a copy was still writing into it, and hands the outcome to {@link Outcomes}. A
 * file that takes longer than the time limit is failed; its thread cannot be stopped (POI does not
 * heed interrupts), so it runs on in the background until it ends.
 */
final class CheckStep implements AutoCloseable {

  private final WatchSettings s;
  private final Names names;
  private final Supplier<WorkbookProcessor> processors;
  private final PrintWriter log;
  private final Outcomes outcomes;
  private final ExecutorService checking =
      Executors.newCachedThreadPool(Watcher.daemon("perfsheet-check"));

  CheckStep(
      WatchSettings s,
      Names names,
      Supplier<WorkbookProcessor> processors,
      PrintWriter log,
      Outcomes outcomes) {
    this.s = s;
    this.names = names;
    this.processors = processors;
    this.log = log;
    this.outcomes = outcomes;
  }

  /** Checks the file and puts the results in the outbox; or fails it with the reason. */
  Claim check(Claim c, Path dir, Path original, Path outDir, long started) throws IOException {
    if (c.stem() == null) {
      c = c.withExt(Names.actualExtension(original, c.name()));
      c =
          c.named(
              names.reserve(outDir, c.id(), Names.base(c.name()), ".审核", c.outExt(), ".txt"),
              WatchFiles.sha256(original));
      c.save(dir);
    }
    WorkbookReport report = judge(c, original);
    // A copy still writing into the file after it was taken (the move keeps the open file): the
    // judgement is of old bytes, so it is made again on the new ones.
    for (int round = 0; round < 5; round++) {
      String hash = WatchFiles.sha256(original);
      if (hash.equals(c.hash())) {
        break;
      }
      log.println(
          Watcher.now()
              + " "
              + c.input()
              + " 在审核中被改动，重新审核 / changed while being checked, checking again");
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
      return outcomes.returned(c, dir, outDir, report, ms);
    }
    return outcomes.failed(c, dir, outDir, report, ms);
  }

  private WorkbookReport judge(Claim c, Path original) throws IOException {
    long size = Files.size(original);
    if (size > s.maxBytes()) {
      return WorkbookReport.rejected(
          c.input(),
          new RejectReason(
              "TOO_LARGE",
              "文件太大（"
                  + mb(size)
                  + " MB，上限 "
                  + mb(s.maxBytes())
                  + " MB）。请删除多余的工作表、图片和空行后重新提交 / the file is too large ("
                  + mb(size)
                  + " MB, limit "
                  + mb(s.maxBytes())
                  + " MB); remove unneeded sheets, pictures and empty rows and resubmit"));
    }
    Path annotated = outcomes.annotated(c);
    Files.createDirectories(annotated.getParent());
    Files.deleteIfExists(annotated);
    return runWithLimit(original, annotated, c.input());
  }

  private WorkbookReport runWithLimit(Path input, Path output, String shownInput) {
    Future<WorkbookReport> f = checking.submit(() -> processors.get().process(input, output));
    try {
      return f.get(s.timeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      f.cancel(true);
      return WorkbookReport.rejected(
          shownInput,
          new RejectReason(
              "TIMEOUT",
              "处理超过 "
                  + s.timeout().toSeconds()
                  + " 秒仍未完成，已停止。工作簿可能过大或结构异常，请删除多余内容后重新提交 / processing took longer than "
                  + s.timeout().toSeconds()
                  + " s and was stopped; the workbook may be too large or malformed"));
    } catch (ExecutionException e) {
      if (e.getCause() instanceof OutOfMemoryError) {
        return WorkbookReport.rejected(shownInput, Checker.OUT_OF_MEMORY);
      }
      return WorkbookReport.rejected(
          shownInput,
          new RejectReason(
              "INTERNAL_ERROR",
              "perfsheet 处理出错（"
                  + e.getCause()
                  + "），原文件已保留。请联系管理员 / perfsheet failed on this file; the original is kept"));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while checking " + input, e);
    }
  }

  private static String mb(long bytes) {
    return String.format(Locale.ROOT, "%.1f", bytes / 1024.0 / 1024.0);
  }

  /** Stops the checking threads still running (past their time limit). */
  @Override
  public void close() {
    checking.shutdownNow();
  }
}
