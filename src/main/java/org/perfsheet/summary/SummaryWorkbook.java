package org.perfsheet.summary;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.perfsheet.report.Version;

/**
 * The summary workbook, streamed with fastexcel: the per-form sheets are written and flushed as the
 * reports are read, so memory stays flat however large the batch; only the tallies of {@link
 * Sections} are held. Sheets, each written by a class of its own: 汇总 ({@link OverviewSheet}: per
 * form kind and year, totals, grades, 通过/退回, problems and their share), 部门汇总 ({@link GroupsSheet}:
 * per department and per unit, ranked), 项目汇总 ({@link FormsSheet}: a row per form), 问题清单 ({@link
 * IssuesSheet}), 监控汇总 ({@link Monitoring}, when there are monitoring forms), 催报 ({@link
 * ChaseSheet}, when a project list is given), 图表 and 图表数据 ({@link ChartSheets}).
 */
final class SummaryWorkbook {

  static final String TITLE = "预算绩效审核汇总表";

  private SummaryWorkbook() {}

  /**
   * Writes the workbook, filling {@code sections} (and {@code chase}) while 项目汇总 is streamed;
   * returns the names of its sheets. 汇总 and 部门汇总 come first in the workbook but are filled last:
   * fastexcel keeps a sheet in memory until it is flushed, and these two are small.
   */
  static List<String> write(
      Batch batch, Sections sections, Chase chase, Sheet.Title title, OutputStream out)
      throws IOException {
    Workbook wb = new Workbook(out, "perfsheet", Version.officeVersion());
    wb.setGlobalDefaultFont("宋体", 10);
    Sheets sheets = new Sheets(wb, title);
    Sheet overview = sheets.add(OverviewSheet.NAME, OverviewSheet.WIDTHS);
    Sheet groups = sheets.add(GroupsSheet.NAME, GroupsSheet.WIDTHS);
    Monitoring monitoring = new Monitoring();
    FormsSheet.write(
        sheets.add(FormsSheet.NAME, Rows.WIDTHS).wrap(Rows.WRAP),
        batch,
        sections,
        chase,
        monitoring);
    IssuesSheet.write(
        sheets.add(IssuesSheet.NAME, IssuesSheet.WIDTHS).wrap(IssuesSheet.WRAP), batch);
    if (!monitoring.isEmpty()) {
      monitoring.write(sheets.add(Monitoring.NAME, Monitoring.WIDTHS).wrap(Monitoring.WRAP));
    }
    OverviewSheet.write(overview, sections);
    GroupsSheet.write(groups, sections);
    if (chase != null) {
      ChaseSheet.write(sheets.add(ChaseSheet.NAME, ChaseSheet.WIDTHS), chase);
    }
    if (ChartSheets.any(sections)) {
      ChartSheets.charts(sheets.add(ChartSheets.CHARTS, ChartSheets.CHART_WIDTHS), sections, title);
      ChartSheets.data(sheets.add(ChartSheets.DATA, ChartSheets.DATA_WIDTHS), sections);
    }
    wb.finish();
    return sheets.names;
  }

  /** Adds sheets in order, under the summary's title, and remembers their names. */
  private static final class Sheets {
    private final Workbook wb;
    private final Sheet.Title title;
    private final List<String> names = new ArrayList<>();

    Sheets(Workbook wb, Sheet.Title title) {
      this.wb = wb;
      this.title = title;
    }

    Sheet add(String name, double[] widths) {
      names.add(name);
      return new Sheet(wb, name, title, widths);
    }
  }
}
