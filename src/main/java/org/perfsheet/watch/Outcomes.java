package org.perfsheet.watch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.perfsheet.files.SafeWrite;
import org.perfsheet.report.RejectReason;
import org.perfsheet.report.ReportJson;
import org.perfsheet.report.TextReport;
import org.perfsheet.report.WorkbookReport;

/**
 * Putting a judged file's results in place: the annotated workbook and its report returned to the
 * outbox, or the reason the file failed; then the original archived or put in failed/. Each step
 * saves the claim's record after it, and names are fixed in the record first, so a retry after a
 * crash writes the same files again.
 */
final class Outcomes {

  private final WatchSettings s;
  private final Names names;

  Outcomes(WatchSettings s, Names names) {
    this.s = s;
    this.names = names;
  }

  /**
   * Where the check writes the annotated workbook: outside the claim's folder, so that a check
   * still running past its time limit, which creates the folders it writes to, cannot bring back a
   * claim already finished (stale ones are cleared at start).
   */
  Path annotated(Claim c) {
    return s.stateDir().resolve("scratch").resolve(c.id()).resolve("annotated" + c.outExt());
  }

  /** The annotated workbook and its text report to the submitter's outbox folder. */
  Claim returned(Claim c, Path dir, Path outDir, WorkbookReport report, long ms)
      throws IOException {
    String outName = c.stem() + c.outExt();
    WorkbookReport shown =
        new WorkbookReport(
            c.input(),
            s.outbox() + "/" + rel(c.submitter(), outName),
            report.status(),
            null,
            report.forms(),
            report.review());
    Path annotated = annotated(c);
    SafeWrite.force(
        annotated); // on disk before the claim says returned and the original is archived
    SafeWrite.move(annotated, outDir.resolve(outName));
    WatchFiles.write(
        outDir.resolve(c.stem() + ".txt"), renamed(c) + TextReport.render(shown, c.name()));
    c = c.outcome("returned", null, null, ms, ReportJson.line(shown)).stage(Stage.RETURNED);
    c.save(dir);
    return c;
  }

  /** Said first in the report when the workbook comes back under another extension than it came. */
  private static String renamed(Claim c) {
    String was = Names.extension(c.name());
    if (was.equalsIgnoreCase(c.outExt())) {
      return "";
    }
    return "注意：文件扩展名“"
        + was
        + "”与内容不符，审核后的工作簿已按“"
        + c.outExt()
        + "”返回，请以后用正确的扩展名保存 / the file's "
        + "extension "
        + was
        + " did not match its content; the checked workbook is returned as "
        + c.outExt()
        + "\n\n";
  }

  /**
   * The original's place in failed/ chosen, with the reason beside it, and the reason in the
   * outbox.
   */
  Claim failed(Claim c, Path dir, Path outDir, WorkbookReport report, long ms) throws IOException {
    RejectReason why = report.error();
    if (c.noteStem() == null) {
      names.release(outDir, c.stem());
      c =
          c.noted(names.reserve(outDir, c.id(), Names.base(c.name()), ".未通过", ".txt"))
              .named(null, c.hash());
      c.save(dir);
    }
    Path failedDir = s.failedDir().resolve(c.submitter());
    Files.createDirectories(failedDir);
    String ext = Names.extension(c.name());
    Path target =
        failedDir.resolve(
            names.reserve(failedDir, c.id(), Names.stem(c.name()), "", ext, ext + ".txt") + ext);
    String note =
        "文件：" + c.input() + "\n原因 / reason: " + why.message() + "\n代码 / code: " + why.code() + "\n";
    WatchFiles.write(failedDir.resolve(target.getFileName() + ".txt"), note);
    WatchFiles.write(outDir.resolve(c.noteStem() + ".txt"), "perfsheet 未能审核此文件，请修改后重新提交。\n" + note);
    WorkbookReport shown = WorkbookReport.rejected(c.input(), why);
    c =
        c.outcome("failed", why.code(), why.message(), ms, ReportJson.line(shown))
            .archivedTo(s.root().relativize(target).toString(), Stage.FAILING);
    c.save(dir);
    return c;
  }

  /** A returned file's archive name, under today's date and its submitter. */
  Claim archiving(Claim c, Path dir) throws IOException {
    Path archive = s.archiveDir().resolve(LocalDate.now().toString()).resolve(c.submitter());
    Files.createDirectories(archive);
    String kept =
        names.reserve(archive, c.id(), Names.stem(c.name()), "", Names.extension(c.name()));
    c =
        c.archivedTo(
            s.root().relativize(archive.resolve(kept + Names.extension(c.name()))).toString(),
            Stage.ARCHIVING);
    c.save(dir);
    return c;
  }

  /** The original moved to the archive or failed/ name chosen for it. */
  Claim moveOriginal(Claim c, Path dir, Path original) throws IOException {
    WatchFiles.moveOnce(original, s.root().resolve(c.archived()));
    c = c.stage(c.at() == Stage.ARCHIVING ? Stage.ARCHIVED : Stage.FAILED);
    c.save(dir);
    return c;
  }

  static String rel(String submitter, String name) {
    return submitter.isEmpty() ? name : submitter + "/" + name;
  }
}
