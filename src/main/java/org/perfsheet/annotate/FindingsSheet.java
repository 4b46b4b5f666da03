package org.perfsheet.annotate;

import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.perfsheet.model.Finding;
import org.perfsheet.model.FormResult;
import org.perfsheet.model.Severity;
import org.perfsheet.model.Stated;
import org.perfsheet.scoring.Scores;

/**
 * The findings sheet (审核意见), first in the workbook: per form the stated and computed figures,
 * then one row per finding with a link to its cell. No timestamps: the same input gives the same
 * sheet.
 */
final class FindingsSheet {

  static final String TITLE = "perfsheet 审核意见";
  // The two tables share columns, so each column is as wide as its wider use (说明 last).
  private static final String[] FORM_HEAD = {"工作表", "项目名称", "执行率（填报 / 核定）", "预算得分（填报 / 核定）",
      "总分（填报 / 核定）", "等级与问题数"};
  private static final String[] FINDING_HEAD = {"工作表", "指标", "单元格", "级别", "代码", "说明"};
  private static final int[] WIDTHS = {22, 30, 20, 22, 26, 80};

  private FindingsSheet() {}

  static boolean isOurs(Sheet sheet) {
    Row r = sheet.getRow(0);
    return r != null && r.getCell(0) != null && TITLE.equals(r.getCell(0).toString());
  }

  static void write(Workbook wb, String name, List<FormResult> results, String sourceName, Annotator.Styles styles) {
    CellStyle bold = styles.named("findings:bold", () -> style(wb, true, false));
    CellStyle wrap = styles.named("findings:wrap", () -> style(wb, false, true));
    CellStyle link = styles.named("findings:link", () -> linkStyle(wb));
    OwnSheet s = new OwnSheet();
    int r = 0;
    s.text(r++, 0, TITLE, styles.named("findings:title", () -> title(wb)));
    s.text(r++, 0, "文件：" + sourceName, null);
    long errors = results.stream().mapToLong(f -> f.count(Severity.ERROR)).sum();
    long warnings = results.stream().mapToLong(f -> f.count(Severity.WARNING)).sum();
    long infos = results.stream().mapToLong(f -> f.count(Severity.INFO)).sum();
    s.text(r++, 0, "共 " + results.size() + " 张表：错误 " + errors + " 项，警告 " + warnings + " 项，提示 " + infos
        + " 项。错误须修改后重新提交；点击“单元格”可跳到对应位置，批注中有具体说明。", null);
    r = LightsBoard.write(wb, s, r, results, styles);
    r++;
    header(s, r++, FORM_HEAD, bold);
    for (FormResult f : results) {
      String[] v = {f.sheet(), f.project(), pair(percent(f.budgetRate(), true), percent(f.budgetRate(), false)),
          pair(score(f.budgetScore(), true), score(f.budgetScore(), false)),
          pair(score(f.total(), true), score(f.total(), false)),
          (f.grade() == null ? "" : f.grade() + "；") + "错误 " + f.count(Severity.ERROR) + "，警告 " + f.count(Severity.WARNING)
              + "，提示 " + f.count(Severity.INFO)};
      for (int i = 0; i < v.length; i++) {
        s.text(r, i, v[i] == null ? "—" : v[i], null);
      }
      r++;
    }
    r++;
    header(s, r++, FINDING_HEAD, bold);
    int n = 0;
    for (FormResult f : results) {
      for (Finding x : f.findings()) {
        n++;
        s.text(r, 0, x.cell().sheet(), null);
        s.text(r, 1, x.indicator() == null ? "" : x.indicator(), null);
        s.text(r, 2, x.cell().a1(), link);
        s.link(r, 2, x.cell().formulaRef());
        s.text(r, 3, x.severity().chinese(), null);
        s.text(r, 4, x.code().name(), null);
        s.text(r, 5, x.message(), wrap);
        r++;
      }
    }
    if (n == 0) {
      s.text(r, 0, "未发现问题。", null);
    }
    s.widths(WIDTHS);
    s.landscape();
    s.addTo(wb, name, 0, true);
  }

  private static String pair(String stated, String computed) {
    return (stated == null ? "—" : stated) + " / " + (computed == null ? "—" : computed);
  }

  private static String percent(Stated s, boolean stated) {
    Double v = s == null ? null : stated ? s.stated() : s.computed();
    return v == null ? null : Scores.percent(v);
  }

  private static String score(Stated s, boolean stated) {
    Double v = s == null ? null : stated ? s.stated() : s.computed();
    return v == null ? null : Scores.show(v);
  }

  private static void header(OwnSheet s, int r, String[] names, CellStyle bold) {
    for (int i = 0; i < names.length; i++) {
      s.text(r, i, names[i], bold);
    }
  }

  private static CellStyle title(Workbook wb) {
    CellStyle s = wb.createCellStyle();
    Font f = wb.createFont();
    f.setBold(true);
    f.setFontHeightInPoints((short) 14);
    s.setFont(f);
    return s;
  }

  private static CellStyle style(Workbook wb, boolean bold, boolean wrap) {
    CellStyle s = wb.createCellStyle();
    s.setVerticalAlignment(VerticalAlignment.TOP);
    s.setWrapText(wrap);
    if (bold) {
      Font f = wb.createFont();
      f.setBold(true);
      s.setFont(f);
    }
    return s;
  }

  private static CellStyle linkStyle(Workbook wb) {
    CellStyle s = wb.createCellStyle();
    Font f = wb.createFont();
    f.setUnderline(Font.U_SINGLE);
    f.setColor(org.apache.poi.ss.usermodel.IndexedColors.BLUE.getIndex());
    s.setFont(f);
    s.setVerticalAlignment(VerticalAlignment.TOP);
    return s;
  }
}
