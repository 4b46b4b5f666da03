package org.perfsheet.summary;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.dhatim.fastexcel.PictureAnchor;

/**
 * 图表 (a picture per form kind and year: grades and departments' average scores) and 图表数据 (the
 * figures the pictures show, for a reader who wants to redraw them).
 */
final class ChartSheets {

  static final String CHARTS = "图表";
  static final double[] CHART_WIDTHS = {12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12};
  static final String DATA = "图表数据";
  static final double[] DATA_WIDTHS = {36, 28, 14};

  private ChartSheets() {}

  /** Whether any section has something to draw: grades or a department's average. */
  static boolean any(Sections sections) {
    return sections.sections.values().stream().anyMatch(ChartSheets::charted);
  }

  static void charts(Sheet s, Sections sections, Sheet.Title title) throws IOException {
    int row = s.row() + 1;
    for (Sections.Section x : sections.sections.values()) {
      if (!charted(x)) {
        continue;
      }
      Map<String, Double> scores = scores(x);
      byte[] png = Charts.png(x.key.title() + " · 制表日期 " + title.date(), x.grades, scores);
      int height = Charts.height(scores.size());
      s.ws.addImage(PictureAnchor.oneCellAnchor(row, 0, Charts.WIDTH, height), png);
      row += height / 20 + 2; // a default row is 20 pixels high
    }
    s.finish();
  }

  static void data(Sheet s, Sections sections) throws IOException {
    s.skip();
    for (Sections.Section x : sections.sections.values()) {
      if (!charted(x)) {
        continue;
      }
      s.heading(x.key.title());
      s.head("等级", "表数");
      for (Map.Entry<String, Integer> g : x.grades.entrySet()) {
        s.values(new String[] {null, Formats.COUNT}, g.getKey(), g.getValue());
      }
      s.head("主管部门", "平均核定总分（按预算加权）");
      for (Map.Entry<String, Double> d : scores(x).entrySet()) {
        s.values(new String[] {null, Formats.SCORE}, d.getKey(), d.getValue());
      }
      s.skip();
    }
    s.finish();
  }

  private static boolean charted(Sections.Section x) {
    return x.grades.values().stream().anyMatch(v -> v > 0)
        || x.departments.values().stream().anyMatch(d -> d.average() != null);
  }

  private static Map<String, Double> scores(Sections.Section x) {
    Map<String, Double> scores = new LinkedHashMap<>();
    x.departments.forEach(
        (name, d) -> {
          if (d.average() != null) {
            scores.put(name, d.average());
          }
        });
    return scores;
  }
}
