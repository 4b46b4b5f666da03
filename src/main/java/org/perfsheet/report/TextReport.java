package org.perfsheet.report;

import org.perfsheet.model.Finding;
import org.perfsheet.model.FormResult;
import org.perfsheet.model.Severity;
import org.perfsheet.model.Stated;
import org.perfsheet.scoring.Scores;

/** The findings as plain Chinese text, for the report a submitter finds beside the returned workbook. */
public final class TextReport {

  private TextReport() {}

  public static String render(WorkbookReport r, String fileName) {
    StringBuilder sb = new StringBuilder();
    sb.append("perfsheet 审核意见\n");
    sb.append("文件：").append(fileName).append("\n\n");
    if (r.status() == WorkbookReport.Status.REJECTED) {
      sb.append("未能审核：").append(r.error().message()).append('\n');
      return sb.toString();
    }
    for (FormResult f : r.forms()) {
      sb.append("【").append(f.sheet()).append("】").append(f.project() == null ? "" : f.project()).append('\n');
      line(sb, "预算执行率", f.budgetRate(), true);
      line(sb, "预算执行得分", f.budgetScore(), false);
      line(sb, "总分", f.total(), false);
      if (f.grade() != null) {
        sb.append("  等级：").append(f.grade()).append('\n');
      }
      sb.append("  错误 ").append(f.count(Severity.ERROR)).append(" 项，警告 ").append(f.count(Severity.WARNING))
          .append(" 项，提示 ").append(f.count(Severity.INFO)).append(" 项\n");
      for (Finding x : f.findings()) {
        sb.append("  ").append(x.cell()).append(" 【").append(x.severity().chinese()).append("】").append(x.code())
            .append("：").append(x.indicator() == null ? "" : "〔" + x.indicator() + "〕").append(x.message()).append('\n');
      }
      sb.append('\n');
    }
    long errors = r.forms().stream().mapToLong(f -> f.count(Severity.ERROR)).sum();
    sb.append(errors == 0 ? "未发现错误。" : "请修改全部错误后重新提交（可直接修改返回的工作簿，perfsheet 会先清除上次的标注）。").append('\n');
    return sb.toString();
  }

  private static void line(StringBuilder sb, String label, Stated s, boolean percent) {
    if (s == null || (s.stated() == null && s.computed() == null)) {
      return;
    }
    sb.append("  ").append(label).append("：填报 ").append(show(s.stated(), percent)).append("，核定 ")
        .append(show(s.computed(), percent)).append('\n');
  }

  private static String show(Double v, boolean percent) {
    return v == null ? "—" : percent ? Scores.percent(v) : Scores.show(v);
  }
}
