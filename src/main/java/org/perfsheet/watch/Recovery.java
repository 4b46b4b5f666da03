package org.perfsheet.watch;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import org.perfsheet.report.RejectReason;
import org.perfsheet.report.ReportJson;
import org.perfsheet.report.WorkbookReport;

/**
 * What a claim found on start-up (or on a retry) needs before it can go on: its record, rebuilt
 * when a crash lost it, and a decision when its input is gone.
 */
final class Recovery {

  private final WatchSettings s;
  private final Names names;
  private final PrintWriter log;

  Recovery(WatchSettings s, Names names, PrintWriter log) {
    this.s = s;
    this.names = names;
    this.log = log;
  }

  /**
   * The claim's record; null, with the folder cleared, when there is nothing to finish: a claim
   * killed before its move (the file is still in the inbox) or while clearing a finished claim. A
   * record lost by a crash is rebuilt from what was moved.
   */
  Claim record(Path dir) throws IOException {
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
      log.println(Watcher.now() + " 清除空的处理记录 / cleared an empty claim: " + dir.getFileName());
      WorkArea.deleteTree(dir);
      return null;
    }
    Claim pending = Claim.loadPending(dir);
    c =
        pending != null && pending.name().equals(moved.getFileName().toString())
            ? pending
            : Claim.fresh(
                dir.getFileName().toString(),
                "",
                moved.getFileName().toString(),
                OffsetDateTime.now().toString());
    c.save(dir);
    Files.deleteIfExists(dir.resolve(Claim.PENDING));
    return c;
  }

  /**
   * A claim whose input is gone (an antivirus, a person in the work folder): never checked, or its
   * original neither archived nor failed. It is journaled with the reason and never blocks.
   */
  Claim vanished(Claim c, Path dir) throws IOException {
    boolean moved = c.archived() != null && Files.exists(s.root().resolve(c.archived()));
    Stage at = c.at();
    if (at == Stage.CLAIMED
        && Files.exists(s.inboxDir().resolve(c.submitter()).resolve(c.name()))) {
      return c.stage(
          Stage.UNMOVED); // a record of an older version, killed before its move: the file waits in
      // the inbox
    }
    if (at == Stage.CLAIMED) {
      c = c.stage(Stage.LOST);
      c.save(dir);
    } else if ((at == Stage.RETURNED || at == Stage.ARCHIVING || at == Stage.FAILING) && !moved) {
      log.println(Watcher.now() + " 原件已不在，无法归档 / the original is gone, not archived: " + c.input());
      c = c.archivedTo(null, at == Stage.FAILING ? Stage.FAILED : Stage.ARCHIVED);
      c.save(dir);
    }
    return c;
  }

  /** A claim whose input vanished before it was checked: the submitter is asked to resubmit. */
  Claim lost(Claim c, Path dir, Path outDir) throws IOException {
    RejectReason why =
        new RejectReason(
            "INPUT_MISSING",
            "文件在审核前从 perfsheet 的工作文件夹中消失（可能被杀毒软件或他人删除），未能审核。请重新提交 / the file vanished from"
                + " perfsheet's work folder before it was checked (removed by an antivirus or a"
                + " person); please resubmit it");
    if (c.noteStem() == null) {
      names.release(outDir, c.stem());
      c =
          c.noted(names.reserve(outDir, c.id(), Names.base(c.name()), ".未通过", ".txt"))
              .named(null, c.hash());
      c.save(dir);
    }
    WatchFiles.write(
        outDir.resolve(c.noteStem() + ".txt"),
        "perfsheet 未能审核此文件，请重新提交。\n文件："
            + c.input()
            + "\n原因 / reason: "
            + why.message()
            + "\n代码 / code: "
            + why.code()
            + "\n");
    c =
        c.outcome(
                "failed",
                why.code(),
                why.message(),
                0,
                ReportJson.line(WorkbookReport.rejected(c.input(), why)))
            .archivedTo(null, Stage.FAILED);
    c.save(dir);
    return c;
  }
}
