package org.perfsheet.cli;

import java.nio.file.Path;
import java.util.Locale;
import org.perfsheet.model.Severity;
import org.perfsheet.report.ExitCode;
import org.perfsheet.report.WorkbookReport;

/**
 * The counts a batch's last line and exit code need, kept as the reports stream past so a batch of
 * thousands holds none of them.
 */
final class Tally {

  private long files;
  private long forms;
  private long withErrors;
  private long rejected;

  void add(WorkbookReport r) {
    files++;
    forms += r.forms().size();
    if (r.count(Severity.ERROR) > 0) {
      withErrors++;
    }
    if (r.status() == WorkbookReport.Status.REJECTED) {
      rejected++;
    }
  }

  /**
   * The batch's last line: files, forms, workbooks with errors, rejected, the report, the time;
   * Chinese, then English.
   */
  String line(Path reportFile, double seconds) {
    String time = String.format(Locale.ROOT, "%.1f", seconds);
    return "共 "
        + files
        + " 个文件，"
        + forms
        + " 个表，"
        + withErrors
        + " 个有错误，"
        + rejected
        + " 个被拒收；报告 "
        + reportFile
        + "；用时 "
        + time
        + " 秒 / "
        + files
        + " files, "
        + forms
        + " forms, "
        + withErrors
        + " with errors, "
        + rejected
        + " rejected; report "
        + reportFile
        + "; "
        + time
        + " s";
  }

  int exitCode() {
    if (rejected > 0) {
      return ExitCode.UNREADABLE.code();
    }
    return withErrors > 0 ? ExitCode.FINDINGS.code() : ExitCode.OK.code();
  }
}
