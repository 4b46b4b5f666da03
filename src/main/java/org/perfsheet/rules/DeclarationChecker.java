package org.perfsheet.rules;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.perfsheet.model.CellRef;
import org.perfsheet.model.DeclarationForm;
import org.perfsheet.model.FieldValue;
import org.perfsheet.model.FindingCode;
import org.perfsheet.model.FormKind;
import org.perfsheet.model.FormResult;
import org.perfsheet.model.Indicator;
import org.perfsheet.model.Stated;
import org.perfsheet.notation.Comparator;
import org.perfsheet.notation.Measure;
import org.perfsheet.notation.Notation;
import org.perfsheet.text.Dates;

/**
 * Checks a project declaration (docs/domain.md §6): required fields, dates within the budget year,
 * the funds arithmetic, the indicator levels and their completeness, duplicate names, and each
 * target: readable, measurable, no placeholder, no percentage above 100, no floor on a cost.
 */
public final class DeclarationChecker {

  private DeclarationChecker() {}

  public static FormResult check(DeclarationForm d) {
    return check(d, Taxonomy.OFFICIAL);
  }

  /** With the levels the form's template allows besides the official ones. */
  public static FormResult check(DeclarationForm d, Taxonomy taxonomy) {
    Findings out = new Findings();
    out.missing(d.project().name(), "项目名称", null, "请填写项目名称。");
    out.missing(d.project().department(), "主管部门", null, "请填写主管部门。");
    out.missing(d.project().unit(), "实施单位", null, "请填写实施单位。");
    out.missing(d.fundsTotal(), "项目资金总额", null, "请填写项目资金总额。");
    out.missing(d.goalAnnual(), "年度总体目标", null, "请填写年度总体目标：本年度要完成什么、达到什么效果。");
    dates(d, out);
    FundsBalance.parts(
        d.fundsTotal(),
        "项目资金总额",
        lines(List.of("财政资金", "其他资金"), d.fundsFiscal(), d.fundsOther()),
        out);
    FundsBalance.parts(
        d.annualTotal(),
        "年度资金申请总额",
        lines(
            List.of("当年财政拨款", "上年结转资金", "其他资金"), d.appropriation(), d.carryover(), d.annualOther()),
        out);
    for (Indicator i : d.indicators()) {
      out.missing(i.name(), "三级指标", null, "请填写指标名称。");
      out.missing(i.target(), "指标值", i.displayName(), "请填写年度指标值，如 ≥95%、=16家、及时。");
      target(i, out);
    }
    Levels.check(d.indicators(), taxonomy, out);
    duplicates(d.indicators(), out);
    categories(d, out);
    Double total = Numbers.read(d.fundsTotal(), "项目资金总额", null, new Findings());
    Double annual = Numbers.read(d.annualTotal(), "年度资金申请总额", null, new Findings());
    return new FormResult(
        d.sheet(),
        FormKind.PROJECT_DECLARATION,
        d.template(),
        SelfEvaluationChecker.text(d.project().name()),
        SelfEvaluationChecker.text(d.project().department()),
        SelfEvaluationChecker.text(d.project().unit()),
        d.project().year(),
        SelfEvaluationChecker.yuan(annual != null ? annual : total, d.moneyUnit()),
        null,
        Stated.NONE,
        Stated.NONE,
        Stated.NONE,
        null,
        out.list,
        out.fills,
        null); // lights: a monitoring form's only
  }

  private static void dates(DeclarationForm d, Findings out) {
    out.missing(d.startDate(), "计划开始日期", null, "请填写计划开始日期，如 " + year(d) + "-01-01。");
    out.missing(d.endDate(), "计划完成日期", null, "请填写计划完成日期，如 " + year(d) + "-12-31。");
    LocalDate start = date(d.startDate(), "计划开始日期", out);
    LocalDate end = date(d.endDate(), "计划完成日期", out);
    if (start != null && end != null && start.isAfter(end)) {
      out.error(
          FindingCode.DATE_INVALID,
          d.endDate().ref(),
          null,
          "计划完成日期 " + end + " 早于计划开始日期 " + start + "。请核对日期。");
    }
    Integer year = d.project().year();
    if (year != null) {
      for (var e :
          List.of(
              Map.entry("计划开始日期", new Object[] {start, d.startDate()}),
              Map.entry("计划完成日期", new Object[] {end, d.endDate()}))) {
        LocalDate x = (LocalDate) e.getValue()[0];
        if (x != null && x.getYear() != year) {
          out.warning(
              FindingCode.DATE_INVALID,
              ((FieldValue) e.getValue()[1]).ref(),
              null,
              e.getKey() + " " + x + " 不在预算年度 " + year + " 年内。跨年度项目请在年度总体目标中写明本年度的安排。");
        }
      }
    }
  }

  private static String year(DeclarationForm d) {
    return d.project().year() == null ? "2024" : d.project().year().toString();
  }

  static LocalDate date(FieldValue v, String label, Findings out) {
    if (v == null || v.isBlank()) {
      return null;
    }
    try {
      LocalDate date = Dates.written(v.text().strip());
      if (date != null) {
        return date;
      }
    } catch (DateTimeException e) {
      // reported below
    }
    out.error(
        FindingCode.DATE_INVALID,
        v.ref(),
        null,
        label + "“" + v.text() + "”不是有效日期。请写成 2024-01-01 的形式。");
    return null;
  }

  /** Labels and their cells, in order; a cell is null where the layout lacks it. */
  private static Map<String, FieldValue> lines(List<String> labels, FieldValue... cells) {
    Map<String, FieldValue> lines = new LinkedHashMap<>();
    for (int i = 0; i < cells.length; i++) {
      lines.put(labels.get(i), cells[i]);
    }
    return lines;
  }

  private static void target(Indicator i, Findings out) {
    if (i.target() == null || i.target().isBlank()) {
      return;
    }
    String name = i.displayName();
    CellRef at = i.target().ref();
    Measure m = Notation.parse(i.target());
    if (m instanceof Measure.Unreadable u) {
      if (u.placeholder()) {
        out.error(
            FindingCode.PLACEHOLDER, at, name, "指标值“" + i.target().text() + "”是未替换的占位符。请填写实际的指标值。");
      } else {
        out.warning(
            FindingCode.VALUE_UNREADABLE,
            at,
            name,
            "指标值“"
                + i.target().text()
                + "”无法识别。请按“比较符 + 数值 + 单位”"
                + "（如 ≥95%、=16家）或规范用语（如 及时、合格）填写。");
      }
    } else if (m instanceof Measure.Qualitative q && q.vague()) {
      out.warning(
          FindingCode.TARGET_VAGUE,
          at,
          name,
          "指标值“"
              + i.target().text()
              + "”只是笼统用语，无法衡量。绩效目标应细化、量化、"
              + "可衡量，请写明具体数值或可核验的标准（如 ≥95%、=4次、较上年提高 5%）。");
    } else if (m instanceof Measure.Qualitative && isCost(i)) {
      // domain.md §8: a cost target is an amount; words (参照政府采购成本控制) cannot be held to.
      out.warning(
          FindingCode.TARGET_VAGUE,
          at,
          name,
          "成本指标的指标值“" + i.target().text() + "”没有具体数值，无法衡量。" + "请写明成本上限，如 ≤90万元、≤120元/人。");
    } else if (m instanceof Measure.Quantity q) {
      if (q.percent() && q.value() > 100) {
        out.warning(
            FindingCode.PERCENT_OVER_100, at, name, "指标值 " + i.target().text() + " 超过 100%。请核对。");
      }
      if (!isCost(i) && text(i.level2()).contains("数量") && q.unit().equals("元")) {
        // domain.md §8: money is what a project spends, not what it delivers.
        out.warning(
            FindingCode.MONEY_AS_OUTPUT,
            at,
            name,
            "数量指标的指标值“"
                + i.target().text()
                + "”是资金金额。资金是投入，不是产出：数量指标应写明提供的产品或服务的数量"
                + "（如 =16家、≥300人次）；控制资金的指标请列入成本指标。");
      }
      if (q.unit().isEmpty() && q.value() > 1 && isRate(name)) {
        // domain.md §8: a rate's target names its unit; 0.95 could be the fraction, 95 cannot.
        out.warning(
            FindingCode.UNIT_MISSING,
            at,
            name,
            "指标值“" + i.target().text() + "”没有单位。“" + name + "”是比率，请写明百分号，如 ≥95%。");
      }
      if (isCost(i) && (q.comparator() == Comparator.GE || q.comparator() == Comparator.GT)) {
        out.warning(
            FindingCode.COST_FLOOR,
            at,
            name,
            "成本指标“" + i.target().text() + "”写成了下限（≥）。成本指标应设上限，如 ≤90万元。");
      }
    }
  }

  /** A trailing unit or note in brackets: 覆盖率（%）, 完成率(按户计). */
  private static final Pattern BRACKETED_TAIL = Pattern.compile("[（(][^（()）]*[)）]$");

  /** Ratios written as plain numbers by nature: 容积率 2.5, 周转率 3 (times), 倍率. */
  private static final List<String> PLAIN_RATIOS = List.of("容积率", "周转率", "倍率");

  /** A name that is a percentage rate (合格率, 覆盖率) and carries no unit of its own in brackets. */
  private static boolean isRate(String name) {
    String n = name == null ? "" : name.strip();
    return n.endsWith("率")
        && !BRACKETED_TAIL.matcher(n).find()
        && PLAIN_RATIOS.stream().noneMatch(n::endsWith);
  }

  /** An indicator under 成本指标 (the 2021 framework's 成本, or a 二级 named so). */
  private static boolean isCost(Indicator i) {
    return text(Taxonomy.level1Of(i)).contains("成本") || text(i.level2()).contains("成本");
  }

  private static String text(FieldValue v) {
    return v == null ? "" : v.text();
  }

  private static void duplicates(List<Indicator> indicators, Findings out) {
    Map<String, Indicator> seen = new HashMap<>();
    for (Indicator i : indicators) {
      String key = Taxonomy.key(i.displayName());
      if (key.isEmpty()) {
        continue;
      }
      Indicator first = seen.putIfAbsent(key, i);
      if (first != null) {
        out.error(
            FindingCode.DUPLICATE_INDICATOR,
            i.name().ref(),
            i.displayName(),
            "三级指标“"
                + i.displayName()
                + "”与 "
                + first.name().ref().a1()
                + " 重复。每个三级指标只应出现一次，请合并或改名。");
      }
    }
  }

  /** 产出 and 效益 and 数量 are required; 质量, 时效 and 满意度 expected (docs/domain.md §6). */
  private static void categories(DeclarationForm d, Findings out) {
    if (d.indicators().isEmpty()) {
      return;
    }
    List<String> l1 = new ArrayList<>();
    List<String> l2 = new ArrayList<>();
    for (Indicator i : d.indicators()) {
      l1.add(Taxonomy.key(text(Taxonomy.level1Of(i))));
      l2.add(Taxonomy.key(text(i.level2())));
    }
    CellRef at =
        d.indicators().get(0).level1() != null ? d.indicators().get(0).level1().ref() : d.anchor();
    require(l1.contains("产出"), at, true, "没有产出指标。绩效目标须包含产出指标（数量、质量、时效等）。", out);
    require(l1.contains("效益"), at, true, "没有效益指标。绩效目标须包含效益指标（社会效益、经济效益等）。", out);
    require(l2.contains("数量"), at, true, "产出指标中没有数量指标。请至少设置一个数量指标。", out);
    require(l2.contains("质量"), at, false, "产出指标中没有质量指标。一般应设置质量指标。", out);
    require(l2.contains("时效"), at, false, "产出指标中没有时效指标。一般应设置时效指标。", out);
    require(l1.contains("满意度"), at, false, "没有满意度指标。如不设，请说明理由。", out);
  }

  private static void require(boolean ok, CellRef at, boolean error, String message, Findings out) {
    if (!ok) {
      if (error) {
        out.error(FindingCode.CATEGORY_MISSING, at, null, message);
      } else {
        out.warning(FindingCode.CATEGORY_MISSING, at, null, message);
      }
    }
  }
}
