package org.perfsheet.annotate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.perfsheet.annotate.StyleBook.Style;
import org.perfsheet.model.Finding;
import org.perfsheet.model.FormResult;
import org.perfsheet.model.Light;
import org.perfsheet.model.Review;
import org.perfsheet.model.Severity;
import org.perfsheet.model.Stated;
import org.perfsheet.scoring.Scores;
import org.perfsheet.workbook.RowHeights;

/**
 * The findings sheet (审核意见), first in the workbook, as a clerk reads a review: a title naming the
 * form (and the reviewing body), the record of the review (审核结论, time, round, reviewer, file,
 * template and profile, what changed since the last round, the counts), per form the stated and
 * computed figures, then the findings, errors first, then warnings, then notes, grouped by form and
 * indicator, each linking to its cell. Everything shown is Chinese; the findings' codes are in a
 * hidden last column (and in report.json).
 *
 * <p>Printed A4 landscape, one page wide, the findings' header on every page; the header frozen and
 * filterable on screen; each row as tall as its wrapped text, since no spreadsheet measures that on
 * opening. Each part is one method over a {@link Layout}: a new part (a legend, say) is one more
 * method called from {@link #write}.
 */
final class FindingsSheet {

  /** The title perfsheet used before the sheet said who reviewed: still recognised as its own. */
  static final String OLD_TITLE = "perfsheet 审核意见";

  /** In the hidden code column of the first row: how perfsheet knows the sheet as its own. */
  static final String MARKER = "perfsheet-findings";

  // 序号 | 工作表 | 指标 | 单元格 | 级别 | 说明 | 代码 (hidden). The record block: label A:B, value C:F.
  static final int[] WIDTHS = {6, 16, 24, 12, 10, 70, 26};
  static final int TEXT = 5;
  static final int CODE = 6;
  private static final String[] FORM_HEAD = {
    "序号", "工作表", "项目名称", "执行率（填报 / 核定）", "预算得分（填报 / 核定）", "总分（填报 / 核定）、等级与问题数"
  };
  private static final String[] FINDING_HEAD = {"序号", "工作表", "指标", "单元格", "级别", "说明", "代码"};
  static final String PROVISIONAL = "（按核定分数，待修改后确定）";

  // Where a cell has nothing to show: words, not a dash, which CJK fonts print like 一 (one).
  /** The 指标 of a finding about the whole form. */
  static final String WHOLE_FORM = "（全表）";

  /** No such value: a project name not found, a figure neither stated nor computed. */
  static final String NONE = "（无）";

  /** What the sheet shows: the results of one workbook and the review they make. */
  record Content(List<FormResult> results, String sourceName, Review review) {
    long count(Severity s) {
      return FormResult.count(results, s);
    }
  }

  private FindingsSheet() {}

  static boolean isOurs(Sheet sheet) {
    Row r = sheet.getRow(0);
    return r != null
        && ((r.getCell(0) != null && OLD_TITLE.equals(r.getCell(0).toString()))
            || (r.getCell(CODE) != null && MARKER.equals(r.getCell(CODE).toString())));
  }

  /** The sheet laid out, for the caller to place first and selected. */
  static OwnSheet layout(Content c, Annotator.Styles styles) {
    Layout l = new Layout(new OwnSheet(), new Looks(styles));
    title(l, c);
    record(l, c);
    LightsBoard.write(l, c.results()); // monitoring forms: the funds and project lights
    l.r++;
    forms(l, c);
    l.r++;
    findings(l, c);
    l.s.widths(WIDTHS);
    l.s.hide(CODE);
    l.s.landscape();
    return l.s;
  }

  /** The sheet being laid out, row by row. */
  static final class Layout {
    final OwnSheet s;
    final Looks looks;
    int r;

    Layout(OwnSheet s, Looks looks) {
      this.s = s;
      this.looks = looks;
    }

    /** A text across columns {@code first}..{@code last}, the row as tall as the text needs. */
    void wide(int first, int last, String text, Style style) {
      s.text(r, first, text, style);
      for (int c = first + 1; c <= last; c++) {
        s.text(r, c, "", style); // borders on every cell of the merge
      }
      if (last > first) {
        s.merge(r, first, last);
      }
      fit(text, width(first, last));
    }

    /** Makes the current row tall enough for this text in a column this wide. */
    void fit(String text, int width) {
      height(RowHeights.points(text, width));
    }

    private final Map<Integer, Double> heights = new HashMap<>();

    /** At least this tall. */
    void height(double points) {
      heights.merge(r, points, Math::max);
      s.height(r, heights.get(r));
    }

    static int width(int first, int last) {
      int w = 0;
      for (int c = first; c <= last; c++) {
        w += WIDTHS[c];
      }
      return w;
    }
  }

  private static void title(Layout l, Content c) {
    Set<String> kinds = new LinkedHashSet<>();
    c.results().forEach(f -> kinds.add("《" + f.kind().chinese() + "》"));
    String body = c.review().settings().body();
    l.wide(0, TEXT, (body == null ? "" : body) + String.join("", kinds) + "审核意见", l.looks.title());
    l.height(RowHeights.TITLE);
    l.s.text(l.r, CODE, MARKER, null);
    l.r++;
  }

  private static void record(Layout l, Content c) {
    Review review = c.review();
    long errors = c.count(Severity.ERROR);
    long warnings = c.count(Severity.WARNING);
    item(l, "审核结论", review.conclusion(errors, warnings), l.looks.verdict(review.verdict()));
    item(l, "审核时间", review.atText(), l.looks.value());
    item(l, "审核轮次", review.roundText(), l.looks.value());
    item(l, "审核人", review.settings().reviewer(), l.looks.value());
    if (review.settings().body() != null) {
      item(l, "审核单位", review.settings().body(), l.looks.value());
    }
    item(l, "审核文件", c.sourceName(), l.looks.value());
    Set<String> templates = new LinkedHashSet<>();
    c.results().forEach(f -> templates.add(f.template() + ".xlsx"));
    item(
        l,
        "审核依据",
        "表式模板 " + String.join("、", templates) + "；评分口径 " + review.settings().profile(),
        l.looks.value());
    long sheets = c.results().stream().map(FormResult::sheet).distinct().count();
    item(l, "与上次相比", review.changesText(sheets > 1), l.looks.value());
    item(
        l,
        "问题统计",
        "错误 "
            + errors
            + " 项，警告 "
            + warnings
            + " 项，提示 "
            + c.count(Severity.INFO)
            + " 项。"
            + (errors > 0 ? "错误须修改后重新提交；" : "")
            + (warnings > 0 ? "警告请核实；" : "")
            + "点击“单元格”可跳到对应位置，批注中有具体说明。",
        l.looks.value());
  }

  private static void item(Layout l, String label, String value, Style style) {
    l.wide(0, 1, label, l.looks.label());
    l.wide(2, TEXT, value, style);
    l.r++;
  }

  private static void forms(Layout l, Content c) {
    header(l, FORM_HEAD);
    int n = 0;
    for (FormResult f : c.results()) {
      String[] v = {
        Integer.toString(++n),
        f.sheet(),
        f.project() == null ? NONE : f.project(),
        pair(percent(f.budgetRate(), true), percent(f.budgetRate(), false)),
        pair(score(f.budgetScore(), true), score(f.budgetScore(), false)),
        totals(f)
      };
      for (int i = 0; i < v.length; i++) {
        l.s.text(l.r, i, v[i], l.looks.cell());
        l.fit(v[i], WIDTHS[i]);
      }
      l.r++;
    }
  }

  /** 总分 stated and computed, the grade (provisional while there are errors) and the counts. */
  private static String totals(FormResult f) {
    StringBuilder sb = new StringBuilder();
    if (f.total() != null && f.total().computed() == null && f.total().reason() != null) {
      // Not made up from partial information: say why there is no computed total (and so no grade).
      sb.append("总分 ")
          .append(pair(score(f.total(), true), "无法核定"))
          .append("（")
          .append(f.total().reason())
          .append("）；");
    } else if (f.total() != null && (f.total().stated() != null || f.total().computed() != null)) {
      sb.append("总分 ").append(pair(score(f.total(), true), score(f.total(), false))).append('；');
    }
    if (f.grade() != null) {
      sb.append("等级 ").append(f.grade()).append(f.hasErrors() ? PROVISIONAL : "").append('；');
    }
    return sb.append("错误 ")
        .append(f.count(Severity.ERROR))
        .append(" 项，警告 ")
        .append(f.count(Severity.WARNING))
        .append(" 项，提示 ")
        .append(f.count(Severity.INFO))
        .append(" 项")
        .toString();
  }

  private static void findings(Layout l, Content c) {
    int head = l.r;
    header(l, FINDING_HEAD);
    l.s.freezeAbove(l.r);
    l.s.printTitle(head);
    List<Finding> all = ordered(c.results());
    int n = 0;
    for (Finding x : all) {
      String[] v = {
        Integer.toString(++n),
        x.cell().sheet(),
        x.indicator() == null ? WHOLE_FORM : x.indicator(),
        x.cell().a1(),
        x.severity().chinese(),
        Wording.forSubmitter(x.message())
      };
      for (int i = 0; i < v.length; i++) {
        l.s.text(
            l.r,
            i,
            v[i],
            i == 3 ? l.looks.link() : i == 4 ? l.looks.level(x.severity()) : l.looks.cell());
        l.fit(v[i], WIDTHS[i]);
      }
      l.s.link(l.r, 3, x.cell().formulaRef());
      l.s.text(l.r, CODE, x.code().name(), null);
      l.r++;
    }
    if (all.isEmpty()) {
      l.wide(0, TEXT, "未发现问题。", l.looks.cell());
      l.r++;
    }
    l.s.filter(head, Math.max(head, l.r - 1), 0, TEXT);
  }

  /**
   * Errors, then warnings, then notes; within each, form by form in the workbook's order, then by
   * place.
   */
  static List<Finding> ordered(List<FormResult> results) {
    record Placed(int form, Finding finding) {}
    List<Placed> all = new ArrayList<>();
    for (int i = 0; i < results.size(); i++) {
      for (Finding f : results.get(i).findings()) {
        all.add(new Placed(i, f));
      }
    }
    all.sort(
        Comparator.comparing((Placed p) -> p.finding().severity())
            .thenComparingInt(Placed::form)
            .thenComparing(p -> p.finding().cell().row())
            .thenComparing(p -> p.finding(), Finding.ORDER));
    return all.stream().map(Placed::finding).toList();
  }

  private static void header(Layout l, String[] names) {
    for (int i = 0; i < names.length; i++) {
      l.s.text(l.r, i, names[i], i == CODE ? null : l.looks.head());
      if (i != CODE) {
        l.fit(names[i], WIDTHS[i]);
      }
    }
    l.r++;
  }

  private static String pair(String stated, String computed) {
    if (stated == null && computed == null) {
      return NONE;
    }
    return (stated == null ? NONE : stated) + " / " + (computed == null ? NONE : computed);
  }

  private static String percent(Stated s, boolean stated) {
    Double v = s == null ? null : stated ? s.stated() : s.computed();
    return v == null ? null : Scores.percent(v);
  }

  private static String score(Stated s, boolean stated) {
    Double v = s == null ? null : stated ? s.stated() : s.computed();
    return v == null ? null : Scores.show(v);
  }

  /**
   * The sheet's styles, each made once per workbook ({@link Annotator.Styles#named}): 宋体 so that an
   * .xls shows Chinese in a Chinese font, thin borders on the tables.
   */
  static final class Looks {
    private final Annotator.Styles styles;

    Looks(Annotator.Styles styles) {
      this.styles = styles;
    }

    Style title() {
      return styles.named("review:title", Look.text(16, true, false));
    }

    Style label() {
      return styles.named("review:label", Look.framed(11, true).filled(Grey.LIGHT));
    }

    Style value() {
      return styles.named("review:value", Look.framed(11, false));
    }

    Style head() {
      return styles.named(
          "review:head", Look.framed(11, true).filled(Grey.HEAD).centred(VerticalAlignment.CENTER));
    }

    Style cell() {
      return styles.named("review:cell", Look.framed(11, false));
    }

    Style bold() {
      return styles.named("findings:bold", Look.text(11, true, false));
    }

    /** A warning light: its colour, in a table cell. */
    Style light(Light light) {
      return styles.named(
          "review:light:" + light.code(), Look.framed(11, false).filled(Marks.of(light)));
    }

    Style link() {
      return styles.named("review:link", Look.framed(11, false).asLink());
    }

    /** The 级别 cell, filled like the mark on the cell it is about. */
    Style level(Severity s) {
      return styles.named(
          "review:level:" + s.code(),
          Look.framed(11, false).centred(VerticalAlignment.TOP).filled(Marks.of(s)));
    }

    Style verdict(Review.Verdict v) {
      return styles.named(
          "review:verdict:" + v.code(),
          Look.framed(12, true).filled(v == Review.Verdict.RETURNED ? Marks.ERROR : Marks.FILLED));
    }
  }

  /** Greys for labels and headers: exact in .xlsx, the palette's in .xls. */
  enum Grey implements Look.Fill {
    LIGHT(new byte[] {(byte) 0xF2, (byte) 0xF2, (byte) 0xF2}, IndexedColors.GREY_25_PERCENT),
    HEAD(new byte[] {(byte) 0xD9, (byte) 0xD9, (byte) 0xD9}, IndexedColors.GREY_25_PERCENT);

    private final byte[] rgb;
    private final IndexedColors legacy;

    Grey(byte[] rgb, IndexedColors legacy) {
      this.rgb = rgb;
      this.legacy = legacy;
    }

    @Override
    public byte[] rgb() {
      return rgb.clone();
    }

    @Override
    public IndexedColors legacy() {
      return legacy;
    }
  }
}
