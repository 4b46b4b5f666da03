package org.perfsheet.annotate;

import java.util.List;
import org.perfsheet.annotate.FindingsSheet.Layout;
import org.perfsheet.annotate.StyleBook.Style;
import org.perfsheet.model.FormResult;
import org.perfsheet.model.Light;
import org.perfsheet.model.LightMark;
import org.perfsheet.model.Lights;
import org.perfsheet.scoring.Scores;

/**
 * The warning lights of monitoring forms at the top of the findings sheet: per form the funds light
 * and the project light in their colours, the indicator lights counted, then a legend of the
 * colours laid out like the record block (label A:B, text C:F). Nothing when no form has lights.
 *
 * <p>A table in the findings sheet's columns: every cell bordered and wrapped, every row as tall as
 * its text (the columns are the findings table's, too narrow for some of this text on one line).
 */
final class LightsBoard {

  private static final String[] HEAD = {"监控月份", "工作表", "项目名称", "资金执行灯", "项目灯（各指标最差者）", "指标灯（个数）"};

  private static final String EXPLANATION =
      "进度值 = 实际进度 ÷ 时间进度 × 100：低于 60 红灯，60–80 黄灯，80 以上绿灯，指标 120 以上蓝灯（默认值，可在评分配置中修改）。"
          + "灯色标在被判断的单元格上（资金：执行率；指标：执行数）；该单元格有错误时显示错误底色。";

  private LightsBoard() {}

  /** Writes from the row after the next; leaves {@code l.r} on the row after what it wrote. */
  static void write(Layout l, List<FormResult> results) {
    List<FormResult> lit = results.stream().filter(f -> f.lights() != null).toList();
    if (lit.isEmpty()) {
      return;
    }
    l.r++;
    l.s.text(l.r, 0, "监控预警", l.looks.bold());
    l.fit("监控预警", FindingsSheet.WIDTHS[0]); // one line, kept off the table below
    l.r++;
    row(l, HEAD, i -> l.looks.head());
    for (FormResult f : lit) {
      Lights lights = f.lights();
      LightMark funds = lights.funds();
      String[] v = {
        lights.month() == null ? "未能读出" : "1-" + lights.month() + "月",
        f.sheet(),
        f.project() == null ? FindingsSheet.NONE : f.project(),
        funds == null ? "无法计算" : funds.light().chinese() + progress(funds),
        lights.project() == null ? "无" : lights.project().chinese(),
        counts(lights)
      };
      row(
          l,
          v,
          i ->
              i == 3 && funds != null
                  ? l.looks.light(funds.light())
                  : i == 4 && lights.project() != null
                      ? l.looks.light(lights.project())
                      : l.looks.cell());
    }
    l.wide(0, 1, "灯色说明", l.looks.label());
    l.wide(2, FindingsSheet.TEXT, EXPLANATION, l.looks.value());
    l.r++;
    for (Light light : Light.values()) {
      l.wide(0, 1, light.chinese(), l.looks.light(light));
      l.wide(2, FindingsSheet.TEXT, light.meaning(), l.looks.value());
      l.r++;
    }
  }

  /** One row of the table, column by column, as tall as its tallest cell. */
  private static void row(Layout l, String[] values, java.util.function.IntFunction<Style> style) {
    for (int i = 0; i < values.length; i++) {
      l.s.text(l.r, i, values[i], style.apply(i));
      l.fit(values[i], FindingsSheet.WIDTHS[i]);
    }
    l.r++;
  }

  private static String progress(LightMark m) {
    return m.progress() == null ? "" : "（进度值 " + Scores.show(m.progress()) + "）";
  }

  private static String counts(Lights l) {
    StringBuilder sb = new StringBuilder();
    for (Light light : Light.values()) {
      long n = l.indicators().stream().filter(m -> m.light() == light).count();
      sb.append(sb.length() == 0 ? "" : "，").append(light.chinese()).append(' ').append(n);
    }
    return sb.toString();
  }
}
