package org.perfsheet.summary;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.perfsheet.model.FormResult;
import org.perfsheet.report.WorkbookReport;

/**
 * One pass over the reports to learn which entries are the latest of their form (a resubmitted
 * workbook replaces the earlier one: same file name, same sheet), then passes that visit only
 * those. Only the keys are kept in memory, never the rows.
 */
final class Batch {

  interface FormVisitor {
    void form(Reports.Entry e, FormResult f) throws IOException;

    void rejected(Reports.Entry e) throws IOException;
  }

  private final Reports reports;
  private final Map<String, Integer> latest = new HashMap<>();

  Batch(Reports reports) throws IOException {
    this.reports = reports;
    int[] seq = {0};
    reports.forEach(e -> {
      int n = seq[0]++;
      if (e.report().status() == WorkbookReport.Status.REJECTED) {
        latest.put(key(e, null), n);
      }
      e.report().forms().forEach(f -> latest.put(key(e, f.sheet()), n));
    });
  }

  static String key(Reports.Entry e, String sheet) {
    return (e.submitter() == null ? "" : e.submitter()) + "|" + Reports.shortName(e.report().input()) + "|"
        + (sheet == null ? "" : sheet);
  }

  void visit(FormVisitor v) throws IOException {
    int[] seq = {0};
    IOException[] failure = {null};
    reports.forEach(e -> {
      int n = seq[0]++;
      try {
        if (e.report().status() == WorkbookReport.Status.REJECTED) {
          if (latest.get(key(e, null)) == n) {
            v.rejected(e);
          }
          return;
        }
        for (FormResult f : e.report().forms()) {
          if (latest.get(key(e, f.sheet())) == n) {
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

  /** Per 主管部门: forms, budget-weighted average score, grades, forms with errors. */
  static final class Department {
    int forms;
    double weightedScore;
    double weight;
    double plainScore;
    int scored;
    int withErrors;
    final Map<String, Integer> grades = new TreeMap<>();

    void add(FormResult f) {
      forms++;
      if (f.hasErrors()) {
        withErrors++;
      }
      if (f.grade() != null) {
        grades.merge(f.grade(), 1, Integer::sum);
      }
      Double score = f.total() == null ? null : f.total().computed();
      if (score != null) {
        scored++;
        plainScore += score;
        if (f.budget() != null && f.budget() > 0) {
          weightedScore += score * f.budget();
          weight += f.budget();
        }
      }
    }

    /** Weighted by budget over the forms that state one; the plain average when none does. */
    Double average() {
      if (scored == 0) {
        return null;
      }
      return weight > 0 ? weightedScore / weight : plainScore / scored;
    }
  }
}
