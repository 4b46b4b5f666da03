package org.perfsheet.watch;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import org.perfsheet.model.Severity;
import org.perfsheet.report.ReportJson;
import org.perfsheet.report.WorkbookReport;

/** What a finished claim leaves behind: its line in the journal and its line in the log. */
final class JournalEntry {

  private JournalEntry() {}

  /**
   * The journal line (docs/watch.md); its fields and their order are read by summary and --status.
   */
  static ObjectNode line(Claim c, WatchSettings s) throws IOException {
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
    j.set("report", new ObjectMapper().readTree(c.reportJson()));
    return j;
  }

  /** The log line: where the file went and, for a returned one, its forms and findings. */
  static String told(Claim c, WatchSettings s) {
    return c.input()
        + " → "
        + (c.status().equals("returned")
            ? s.outbox()
                + "/"
                + Outcomes.rel(c.submitter(), c.stem() + c.outExt())
                + "（"
                + summary(c)
                + "）"
            : (c.archived() == null ? "（原件已不在 / original gone）" : c.archived())
                + "："
                + c.errorCode())
        + "，"
        + c.durationMs()
        + " ms";
  }

  private static String summary(Claim c) {
    try {
      WorkbookReport r = ReportJson.fromJson(new ObjectMapper().readTree(c.reportJson()));
      return r.forms().size()
          + " 个表，错误 "
          + r.count(Severity.ERROR)
          + "，警告 "
          + r.count(Severity.WARNING);
    } catch (IOException x) {
      return "";
    }
  }
}
