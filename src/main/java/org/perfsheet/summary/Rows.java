package org.perfsheet.summary;

import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.perfsheet.model.FormResult;
import org.perfsheet.model.Severity;

/** The 项目汇总 row of a form or of a rejected workbook: the same for the workbook and the CSV. */
final class Rows {

  private Rows() {}

  static List<Object> form(Reports.Entry e, FormResult f) {
    return Arrays.asList(f.year() == null ? null : f.year().doubleValue(), f.department(), f.unit(), f.project(),
        f.kind().chinese(), f.budget(), f.spent(), f.budgetRate() == null ? null : f.budgetRate().computed(),
        f.total() == null ? null : f.total().stated(), f.total() == null ? null : f.total().computed(), f.grade(),
        (double) f.count(Severity.ERROR), (double) f.count(Severity.WARNING), (double) f.count(Severity.INFO),
        f.findings().stream().map(x -> x.code().name()).collect(Collectors.toCollection(TreeSet::new)).stream()
            .collect(Collectors.joining(",")),
        e.submitter(), Reports.shortName(e.report().input()), f.sheet(), "已审核");
  }

  static List<Object> rejected(Reports.Entry e) {
    Object[] row = new Object[SummaryWorkbook.PROJECT_HEAD.length];
    row[15] = e.submitter();
    row[16] = Reports.shortName(e.report().input());
    row[18] = "未能读取：" + (e.report().error() == null ? "" : e.report().error().message());
    return Arrays.asList(row);
  }

  /**
   * Text a spreadsheet would run as a formula ({@code = + - @}, tab, CR) gets a leading
   * apostrophe in CSV, as OWASP advises; numbers are left alone.
   */
  static String csvSafe(String s) {
    if (s == null || s.isEmpty()) {
      return "";
    }
    char c = s.charAt(0);
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + s : s;
  }
}
