package org.perfsheet.summary;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * 催报: the listed projects not yet submitted, those returned and not resubmitted, and the count per
 * unit.
 */
final class ChaseSheet {

  static final String NAME = "催报";
  static final double[] WIDTHS = {8, 24, 24, 36, 8, 30};

  private ChaseSheet() {}

  static void write(Sheet s, Chase chase) throws IOException {
    s.skip();
    List<Chase.Item> missing = chase.missing();
    s.heading("一、尚未提交自评表的项目（" + missing.size() + " 个）");
    s.head("年度", "主管部门", "实施单位", "项目名称");
    for (Chase.Item i : missing) {
      Chase.Expected e = i.project();
      s.values(
          new String[] {Formats.YEAR, null, null, null},
          e.year(),
          e.department(),
          e.unit(),
          e.project());
    }
    s.skip();
    List<Chase.Item> returned = chase.returned();
    s.heading("二、已退回、尚未重新提交的项目（" + returned.size() + " 个）");
    s.head("年度", "主管部门", "实施单位", "项目名称", "错误数", "最近一次提交");
    for (Chase.Item i : returned) {
      Chase.Expected e = i.project();
      s.values(
          new String[] {Formats.YEAR, null, null, null, Formats.COUNT, null},
          e.year(),
          e.department(),
          e.unit(),
          e.project(),
          i.latest().errors(),
          i.latest().file());
    }
    s.skip();
    s.heading("三、按实施单位");
    s.head("", "实施单位", "应交", "未交", "退回未改");
    for (Map.Entry<String, Chase.UnitCount> u : chase.perUnit().entrySet()) {
      s.values(
          new String[] {null, null, Formats.COUNT, Formats.COUNT, Formats.COUNT},
          null,
          u.getKey(),
          u.getValue().expected,
          u.getValue().missing,
          u.getValue().returned);
    }
    s.finish();
  }
}
