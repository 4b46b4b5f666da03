package org.perfsheet.summary;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.perfsheet.model.Finding;
import org.perfsheet.model.FormResult;
import org.perfsheet.model.Severity;

/** The 项目汇总 row of a form or of a rejected workbook: the same for the workbook and the CSV. */
final class Rows {

  static final String[] HEAD = {
    "年度",
    "主管部门",
    "实施单位",
    "项目名称",
    "表类型",
    "全年预算数（元）",
    "全年执行数（元）",
    "执行率",
    "自评总分",
    "核定总分",
    "等级",
    "审核结论",
    "错误数",
    "警告数",
    "提示数",
    "问题",
    "提交单位",
    "来源文件",
    "工作表",
    "说明"
  };

  /** The number format of each column (null: text). */
  static final String[] FORMATS = {
    Formats.YEAR,
    null,
    null,
    null,
    null,
    Formats.MONEY,
    Formats.MONEY,
    Formats.RATE,
    Formats.SCORE,
    Formats.SCORE,
    null,
    null,
    Formats.COUNT,
    Formats.COUNT,
    Formats.COUNT,
    null,
    null,
    null,
    null,
    null
  };

  /** Widths to fit A4 landscape at a readable scale; the long texts wrap. */
  static final double[] WIDTHS = {
    6, 12, 12, 18, 12, 14, 14, 8, 6, 6, 5, 5, 5, 5, 5, 24, 8, 16, 10, 14
  };

  static final int[] WRAP = {1, 2, 3, 4, 15, 17, 18, 19};
  static final int RATE = 7;
  static final String PASSED = "通过";
  static final String RETURNED = "退回";

  private Rows() {}

  static List<Object> form(Reports.Entry e, FormResult f) {
    List<Finding> shown =
        f.findings().stream()
            .filter(x -> x.severity() != Severity.INFO)
            .sorted(Comparator.comparing(Finding::severity))
            .toList(); // errors first
    return Arrays.asList(
        f.year() == null ? null : f.year().doubleValue(),
        f.department(),
        f.unit(),
        f.project(),
        f.kind().chinese(),
        f.budget(),
        f.spent(),
        f.budgetRate() == null ? null : f.budgetRate().computed(),
        f.total() == null ? null : f.total().stated(),
        f.total() == null ? null : f.total().computed(),
        f.grade(),
        f.hasErrors() ? RETURNED : PASSED,
        (double) f.count(Severity.ERROR),
        (double) f.count(Severity.WARNING),
        (double) f.count(Severity.INFO),
        shown.stream()
            .map(x -> ProblemNames.of(x.code()))
            .distinct()
            .collect(Collectors.joining("、")),
        e.submitter(),
        Reports.shortName(e.report().input()),
        f.sheet(),
        null);
  }

  static List<Object> rejected(Reports.Entry e) {
    Object[] row = new Object[HEAD.length];
    row[11] = "未能读取";
    row[16] = e.submitter();
    row[17] = Reports.shortName(e.report().input());
    row[19] = e.report().error() == null ? "" : e.report().error().message();
    return Arrays.asList(row);
  }

  /**
   * A CSV field: numbers plain, rates as the percentage people read, text guarded against formulas.
   */
  static String csv(int column, Object v) {
    if (v instanceof Double d) {
      if (column == RATE) {
        return BigDecimal.valueOf(d * 100).setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
      }
      return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }
    return csvSafe(Objects.toString(v, null));
  }

  /**
   * Text a spreadsheet would run as a formula ({@code = + - @}, tab, CR) gets a leading apostrophe
   * in CSV, as OWASP advises; numbers are left alone.
   */
  static String csvSafe(String s) {
    if (s == null || s.isEmpty()) {
      return "";
    }
    char c = s.charAt(0);
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + s : s;
  }
}
