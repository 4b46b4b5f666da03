package org.perfsheet.report;

import java.util.List;
import org.perfsheet.annotate.Wording;
import org.perfsheet.model.Finding;
import org.perfsheet.model.FormResult;
import org.perfsheet.model.Review;
import org.perfsheet.model.Severity;
import org.perfsheet.model.Stated;
import org.perfsheet.scoring.Scores;

/**
 * The findings as plain Chinese text, for the note a submitter finds beside the returned workbook:
 * the verdict, date and round first, then each form's figures and findings, errors first, without
 * the English codes (they are in report.json). UTF-8 with a byte-order mark and CRLF line ends, so
 * that the Notepad of older Windows shows it as Chinese and in lines.
 */
public final class TextReport {

  static final String BOM = "\uFEFF";
  static final String CRLF = "\r\n";

  private TextReport() {}

  public static String render(WorkbookReport r, String fileName) {
    StringBuilder sb = new StringBuilder();
    Review review = r.review();
    String body =
        review == null || review.settings().body() == null ? "" : review.settings().body();
    sb.append(body).append("审核意见\n");
    sb.append("文件：").append(fileName).append('\n');
    if (r.status() == WorkbookReport.Status.REJECTED) {
      sb.append('\n').append("未能审核：").append(r.error().message()).append('\n');
      return lines(sb);
    }
    long errors = r.count(Severity.ERROR);
    long warnings = r.count(Severity.WARNING);
    if (review != null) {
      sb.append("审核结论：").append(review.conclusion(errors, warnings)).append('\n');
      sb.append("审核时间：").append(review.atText()).append('\n');
      sb.append("审核轮次：").append(review.roundText()).append('\n');
      sb.append("审核人：").append(review.settings().reviewer()).append('\n');
      long sheets = r.forms().stream().map(FormResult::sheet).distinct().count();
      sb.append("与上次相比：").append(review.changesText(sheets > 1)).append('\n');
    }
    sb.append('\n');
    for (FormResult f : r.forms()) {
      sb.append("【")
          .append(f.sheet())
          .append("】")
          .append(f.project() == null ? "" : f.project())
          .append('\n');
      line(sb, "预算执行率", f.budgetRate(), true);
      line(sb, "预算执行得分", f.budgetScore(), false);
      line(sb, "总分", f.total(), false);
      if (f.grade() != null) {
        sb.append("  等级：")
            .append(f.grade())
            .append(f.hasErrors() ? "（按核定分数，待修改后确定）" : "")
            .append('\n');
      }
      sb.append("  错误 ")
          .append(f.count(Severity.ERROR))
          .append(" 项，警告 ")
          .append(f.count(Severity.WARNING))
          .append(" 项，提示 ")
          .append(f.count(Severity.INFO))
          .append(" 项\n");
      for (Severity s : Severity.values()) {
        findings(sb, s, f.findings().stream().filter(x -> x.severity() == s).toList());
      }
      sb.append('\n');
    }
    sb.append(errors == 0 ? "未发现错误。" : "请修改全部错误后重新提交（可直接修改返回的工作簿，上次的标注会先被清除）。").append('\n');
    return lines(sb);
  }

  private static void findings(StringBuilder sb, Severity s, List<Finding> list) {
    if (list.isEmpty()) {
      return;
    }
    sb.append("  ").append(s.chinese()).append("：\n");
    int n = 0;
    for (Finding x : list) {
      sb.append("  ")
          .append(++n)
          .append(". ")
          .append(x.cell().a1())
          .append(' ')
          .append(x.indicator() == null ? "" : "〔" + x.indicator() + "〕")
          .append(Wording.forSubmitter(x.message()))
          .append('\n');
    }
  }

  /** The text with a byte-order mark and Windows line ends. */
  private static String lines(StringBuilder sb) {
    return BOM + sb.toString().replace("\r\n", "\n").replace("\n", CRLF);
  }

  private static void line(StringBuilder sb, String label, Stated s, boolean percent) {
    if (s == null || (s.stated() == null && s.computed() == null && s.reason() == null)) {
      return;
    }
    sb.append("  ")
        .append(label)
        .append("：填报 ")
        .append(show(s.stated(), percent))
        .append("，核定 ")
        .append(
            s.computed() == null && s.reason() != null
                ? "无法核定（" + s.reason() + "）"
                : show(s.computed(), percent))
        .append('\n');
  }

  private static String show(Double v, boolean percent) {
    return v == null ? "—" : percent ? Scores.percent(v) : Scores.show(v);
  }
}
