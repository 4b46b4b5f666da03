package org.perfsheet.summary;

import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.perfsheet.model.Finding;
import org.perfsheet.model.FormResult;
import org.perfsheet.model.Severity;

/**
 * The summary workbook, streamed with fastexcel: rows are written and flushed as they are read,
 * so memory stays flat however large the batch. Sheets: 项目汇总, 部门汇总, 问题清单, 图表数据.
 * Every text goes through {@code value(String)}: written as text, never as a formula, whatever
 * it starts with.
 */
final class SummaryWorkbook {

  static final String[] PROJECT_HEAD = {"年度", "主管部门", "实施单位", "项目名称", "表类型", "全年预算数（元）", "全年执行数（元）",
      "执行率", "自评总分", "核定总分", "等级", "错误数", "警告数", "提示数", "问题代码", "提交单位", "来源文件", "工作表", "状态"};
  static final String[] DEPARTMENT_HEAD = {"主管部门", "表数", "平均核定总分（按预算加权）", "优", "良", "中", "差", "有错误的表数"};
  static final String[] ISSUE_HEAD = {"来源文件", "工作表", "单元格", "项目名称", "级别", "代码", "指标", "说明"};
  static final String[] GRADES = {"优", "良", "中", "差"};
  private static final int FLUSH_EVERY = 2000;

  /** What the charts show, gathered while streaming. */
  record Totals(Map<String, Integer> grades, Map<String, Double> departmentScores) {}

  private SummaryWorkbook() {}

  static Totals write(Batch batch, OutputStream out) throws IOException {
    Workbook wb = new Workbook(out, "perfsheet", "0.1");
    wb.setGlobalDefaultFont("宋体", 10);
    Map<String, Batch.Department> departments = new TreeMap<>();
    Worksheet projects = sheet(wb, "项目汇总", PROJECT_HEAD, new double[] {6, 24, 24, 36, 16, 16, 16, 9, 9, 9, 6, 7, 7, 7, 30,
        20, 36, 20, 9});
    projects.style(5).format("#,##0.00").set();
    projects.style(6).format("#,##0.00").set();
    projects.style(7).format("0.00%").set();
    projects.style(8).format("0.00").set();
    projects.style(9).format("0.00").set();
    int[] row = {1};
    batch.visit(new Batch.FormVisitor() {
      @Override
      public void form(Reports.Entry e, FormResult f) throws IOException {
        int r = row[0]++;
        cells(projects, r, Rows.form(e, f));
        departments.computeIfAbsent(f.department() == null ? "（未填）" : f.department(), k -> new Batch.Department()).add(f);
        flush(projects, r);
      }

      @Override
      public void rejected(Reports.Entry e) throws IOException {
        int r = row[0]++;
        cells(projects, r, Rows.rejected(e));
        flush(projects, r);
      }
    });
    finishTable(projects, row[0], PROJECT_HEAD.length);

    Worksheet dept = sheet(wb, "部门汇总", DEPARTMENT_HEAD, new double[] {28, 8, 22, 6, 6, 6, 6, 12});
    dept.style(2).format("0.00").set();
    int r = 1;
    Map<String, Double> scores = new LinkedHashMap<>();
    Map<String, Integer> grades = new LinkedHashMap<>();
    for (String g : GRADES) {
      grades.put(g, 0);
    }
    for (Map.Entry<String, Batch.Department> e : departments.entrySet()) {
      Batch.Department d = e.getValue();
      text(dept, r, 0, e.getKey());
      dept.value(r, 1, d.forms);
      number(dept, r, 2, d.average());
      for (int i = 0; i < GRADES.length; i++) {
        int n = d.grades.getOrDefault(GRADES[i], 0);
        dept.value(r, 3 + i, n);
        grades.merge(GRADES[i], n, Integer::sum);
      }
      dept.value(r, 7, d.withErrors);
      if (d.average() != null) {
        scores.put(e.getKey(), d.average());
      }
      r++;
    }
    finishTable(dept, r, DEPARTMENT_HEAD.length);

    Worksheet issues = sheet(wb, "问题清单", ISSUE_HEAD, new double[] {36, 20, 8, 30, 6, 24, 30, 80});
    int[] irow = {1};
    batch.visit(new Batch.FormVisitor() {
      @Override
      public void form(Reports.Entry e, FormResult f) throws IOException {
        for (Finding x : f.findings()) {
          if (x.severity() == Severity.INFO) {
            continue;
          }
          int i = irow[0]++;
          text(issues, i, 0, Reports.shortName(e.report().input()));
          text(issues, i, 1, f.sheet());
          text(issues, i, 2, x.cell().a1());
          text(issues, i, 3, f.project());
          text(issues, i, 4, x.severity().chinese());
          text(issues, i, 5, x.code().name());
          text(issues, i, 6, x.indicator());
          text(issues, i, 7, x.message());
          flush(issues, i);
        }
      }

      @Override
      public void rejected(Reports.Entry e) {
        // in 项目汇总 with its reason
      }
    });
    issues.style(7).wrapText(true).set();
    finishTable(issues, irow[0], ISSUE_HEAD.length);

    Worksheet data = wb.newWorksheet("图表数据");
    data.value(0, 0, "等级");
    data.value(0, 1, "表数");
    int k = 1;
    for (Map.Entry<String, Integer> g : grades.entrySet()) {
      data.value(k, 0, g.getKey());
      data.value(k++, 1, g.getValue());
    }
    data.value(0, 3, "主管部门");
    data.value(0, 4, "平均核定总分");
    k = 1;
    for (Map.Entry<String, Double> s : scores.entrySet()) {
      data.value(k, 3, s.getKey());
      data.value(k++, 4, s.getValue());
    }
    data.width(3, 28);
    data.width(4, 14);
    data.range(0, 0, 0, 4).style().bold().set();
    data.finish();
    wb.finish();
    return new Totals(grades, scores);
  }

  private static Worksheet sheet(Workbook wb, String name, String[] head, double[] widths) {
    Worksheet ws = wb.newWorksheet(name);
    for (int i = 0; i < head.length; i++) {
      ws.value(0, i, head[i]);
      ws.width(i, widths[i]);
    }
    ws.range(0, 0, 0, head.length - 1).style().bold().fillColor("DDEBF7").wrapText(true).set();
    ws.freezePane(0, 1);
    return ws;
  }

  private static void finishTable(Worksheet ws, int rows, int columns) throws IOException {
    ws.setAutoFilter(0, 0, columns - 1);
    ws.finish();
  }

  private static void flush(Worksheet ws, int row) throws IOException {
    if (row % FLUSH_EVERY == 0) {
      ws.flush();
    }
  }

  private static void cells(Worksheet ws, int r, List<Object> values) {
    for (int c = 0; c < values.size(); c++) {
      Object v = values.get(c);
      if (v instanceof Double d) {
        ws.value(r, c, d);
      } else if (v != null && !v.toString().isEmpty()) {
        ws.value(r, c, v.toString());
      }
    }
  }

  static void text(Worksheet ws, int r, int c, String v) {
    if (v != null && !v.isEmpty()) {
      ws.value(r, c, v);
    }
  }

  static void number(Worksheet ws, int r, int c, Double v) {
    if (v != null) {
      ws.value(r, c, v);
    }
  }
}
