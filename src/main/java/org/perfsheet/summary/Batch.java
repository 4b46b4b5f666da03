package org.perfsheet.summary;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.perfsheet.model.FormResult;
import org.perfsheet.report.WorkbookReport;
import org.perfsheet.text.Text;

/**
 * One pass over the reports to learn which entry is the latest of each form, then passes that visit
 * only those. A form is one (year, unit, project, form kind): an {@code .xls} and an {@code .xlsx}
 * of the same project, or a clerk's corrected copy resubmitted under another name, count once, the
 * latest (later in the journal, later in the report). A form without a project name is known by its
 * file and sheet. A rejected workbook counts until a later report of the same file name reads it.
 * Only a 64-bit hash of each key is kept in memory, never the rows (two keys of a batch sharing a
 * hash: about one chance in 10^9 for a million forms).
 */
final class Batch {

  interface FormVisitor {
    void form(Reports.Entry e, FormResult f) throws IOException;

    void rejected(Reports.Entry e) throws IOException;
  }

  private final Reports reports;
  private final Map<Long, Integer> latest = new HashMap<>();

  /** The years and 主管部门 of the batch, for the title row written before the forms are. */
  final Set<Integer> years = new TreeSet<>();

  final Set<String> departments = new TreeSet<>();

  Batch(Reports reports) throws IOException {
    this.reports = reports;
    int[] seq = {0};
    reports.forEach(
        e -> {
          int n = seq[0]++;
          latest.put(hash(fileKey(e)), n);
          for (FormResult f : e.report().forms()) {
            latest.put(hash(formKey(e, f)), n);
            if (f.year() != null) {
              years.add(f.year());
            }
            if (f.department() != null && !f.department().isBlank()) {
              departments.add(f.department().strip());
            }
          }
        });
  }

  /**
   * The form's identity: year, unit, project and kind, compared as people would (spaces, full width
   * aside).
   */
  static String formKey(Reports.Entry e, FormResult f) {
    if (f.project() == null || f.project().isBlank()) {
      return "sheet|" + fileKey(e) + "|" + f.sheet();
    }
    return "form|"
        + f.year()
        + "|"
        + Text.compact(f.unit() != null ? f.unit() : f.department())
        + "|"
        + Text.compact(f.project())
        + "|"
        + f.kind().code();
  }

  private static String fileKey(Reports.Entry e) {
    return (e.submitter() == null ? "" : e.submitter())
        + "|"
        + Reports.shortName(e.report().input());
  }

  /** 64-bit FNV-1a over the key's characters. */
  static long hash(String key) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      h = (h ^ (c & 0xff)) * 0x100000001b3L;
      h = (h ^ (c >>> 8)) * 0x100000001b3L;
    }
    return h;
  }

  void visit(FormVisitor v) throws IOException {
    int[] seq = {0};
    IOException[] failure = {null};
    reports.forEach(
        e -> {
          int n = seq[0]++;
          if (failure[0] != null) {
            return;
          }
          try {
            if (e.report().status() == WorkbookReport.Status.REJECTED) {
              if (latest.get(hash(fileKey(e))) == n) {
                v.rejected(e);
              }
              return;
            }
            for (FormResult f : e.report().forms()) {
              if (latest.get(hash(formKey(e, f))) == n) {
                v.form(e, f);
              }
            }
          } catch (IOException x) {
            failure[0] = x;
          }
        });
    if (failure[0] != null) {
      throw failure[0];
    }
  }
}
