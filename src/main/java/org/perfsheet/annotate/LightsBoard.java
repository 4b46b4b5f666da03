package org.perfsheet.annotate;

import java.util.List;
import org.perfsheet.annotate.StyleBook.Style;
import org.perfsheet.model.FormResult;
import org.perfsheet.model.Light;
import org.perfsheet.model.LightMark;
import org.perfsheet.model.Lights;
import org.perfsheet.scoring.Scores;

/**
 * The warning lights of monitoring forms at the top of the findings sheet: per form the funds light
 * and the project light in their colours, the indicator lights counted, and a legend of the
 * colours. Nothing when no form has lights.
 */
final class LightsBoard {

  private LightsBoard() {}

  /** Writes from {@code row}; returns the row after what it wrote. */
  static int write(OwnSheet s, int row, List<FormResult> results, Annotator.Styles styles) {
    List<FormResult> lit = results.stream().filter(f -> f.lights() != null).toList();
    if (lit.isEmpty()) {
      return row;
    }
    int r = row + 1;
    Style bold = styles.named("findings:bold", Look.text(11, true, false));
    s.text(r, 0, "监控预警", bold);
    s.text(r, 1, "项目名称", bold);
    s.text(r, 2, "监控月份", bold);
    s.text(r, 3, "资金执行灯", bold);
    s.text(r, 4, "项目灯（各指标最差者）", bold);
    s.text(r++, 5, "指标灯", bold);
    for (FormResult f : lit) {
      Lights l = f.lights();
      s.text(r, 0, f.sheet(), null);
      s.text(r, 1, f.project() == null ? "—" : f.project(), null);
      s.text(r, 2, l.month() == null ? "未能读出" : "1-" + l.month() + "月", null);
      LightMark funds = l.funds();
      s.text(
          r,
          3,
          funds == null ? "无法计算" : funds.light().chinese() + progress(funds),
          color(styles, funds == null ? null : funds.light()));
      s.text(r, 4, l.project() == null ? "无" : l.project().chinese(), color(styles, l.project()));
      s.text(r++, 5, counts(l), null);
    }
    s.text(r, 0, "灯色说明", bold);
    int col = 1;
    for (Light light : Light.values()) {
      s.text(r, col++, light.chinese() + "：" + light.meaning(), color(styles, light));
    }
    s.text(
        r + 1,
        1,
        "进度值 = 实际进度 ÷ 时间进度 × 100：低于 60 红灯，60–80 黄灯，80 以上绿灯，指标 120 以上蓝灯（默认值，可在评分配置中修改）。"
            + "灯色标在被判断的单元格上（资金：执行率；指标：执行数）；该单元格有错误时显示错误底色。",
        null);
    return r + 2;
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

  private static Style color(Annotator.Styles styles, Light light) {
    return light == null
        ? null
        : styles.named("findings:light:" + light.code(), Look.fillOnly(Marks.of(light)));
  }
}
