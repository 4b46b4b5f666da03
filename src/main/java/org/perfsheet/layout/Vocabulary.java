package org.perfsheet.layout;

import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words that shape a form's indicator table, as forms in use print them, plus what a template
 * adds for its region (in its 字段说明 sheet): the 一级/二级 it allows, the labels that end the table, the
 * printed placeholders that are not indicators.
 *
 * <p>Built in, for every layout, including forms no template describes:
 *
 * <ul>
 *   <li>the table ends at a total row (总分, 合计, 总计), at a following block (评价结论, 存在问题, 改进措施, 备注…) or
 *       at the signatures (填表人, 项目负责人, 联系电话…);
 *   <li>printed placeholders ({@code 指标1:}, {@code 指标2}, {@code ……}, {@code XXX}) are blank rows;
 *   <li>a target or actual may be printed over three columns: comparator (指标性质), value (指标值) and
 *       unit (度量单位).
 * </ul>
 *
 * @param levels 一级 → the 二级 under it, added to the official taxonomy
 * @param tableEnds more labels that end the indicator table, normalised
 * @param placeholders more patterns of printed placeholder names
 * @param printed the other texts the template's form prints (项目分类, 资金性质, 绩效标准…), normalised: labels
 *     that name no field, so never a value (a blank value box beside its label is not read from the
 *     next label) and never the place of a finding
 */
public record Vocabulary(
    Map<String, List<String>> levels,
    Set<String> tableEnds,
    List<Pattern> placeholders,
    Set<String> printed) {

  public static final Vocabulary NONE = new Vocabulary(Map.of(), Set.of(), List.of(), Set.of());

  /** Labels that end an indicator table wherever they stand left of its first column. */
  static final Set<String> TABLE_ENDS =
      Set.of(
          "总分", "合计", "总计", "小计", "得分合计", "总得分", "自评得分", "自评总分", "综合得分", "评价结论", "自评结论", "综合评价结论",
          "评价等级", "自评等级", "存在问题", "存在的问题", "主要问题", "问题及原因", "改进措施", "整改措施", "改进意见", "下一步改进措施", "备注",
          "注", "说明", "填表说明", "填表人", "填报人", "项目负责人", "单位负责人", "财务负责人", "审核人", "联系人", "联系电话", "填表日期",
          "填报日期");

  /** Printed placeholders in a name column: 指标1, 三级指标2：, ……, XXX, ***. */
  static final List<Pattern> PLACEHOLDERS =
      List.of(
          Pattern.compile("^(?:三级)?指标[0-9一二三四五六七八九十]+[:：]?$"),
          Pattern.compile("^[.…。·．\\-—_]{2,}$"),
          Pattern.compile("^[xX×＊*]{2,}$"));

  /** Sub-columns that print a target's comparator left of its value, and its unit right of it. */
  public static final Set<String> COMPARATOR_PARTS =
      Set.of("指标性质", "指标方向", "比较符", "运算符", "符号", "指标值性质");

  public static final Set<String> UNIT_PARTS = Set.of("度量单位", "计量单位", "单位", "指标单位");

  /** What a unit writes in a row it does not use: dashes and slashes, 不适用, 不涉及, 无. */
  private static final Pattern NOT_APPLICABLE = Pattern.compile("^(?:[-—–－─/／\\\\]+|不适用|不涉及|无)$");

  /**
   * Whether a cell only says "not applicable" ({@code /}, {@code —}, {@code 不适用}): in a row with no
   * indicator named, such cells leave the row blank.
   */
  public static boolean isNotApplicable(String text) {
    return NOT_APPLICABLE.matcher(Labels.compact(text)).matches();
  }

  /**
   * Whether a cell of a 指标性质 sub-column holds a comparator (≥, ＜＝, =) rather than the indicator's
   * nature (定量指标, 定性指标), which some layouts print under the same header. Blank counts as one.
   */
  public static boolean isComparator(String text) {
    String t = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC).strip();
    return t.isEmpty() || t.matches("[<>=≥≤≦≧≠]+");
  }

  public Vocabulary {
    levels = Map.copyOf(levels);
    tableEnds = Set.copyOf(tableEnds);
    placeholders = List.copyOf(placeholders);
  }

  /**
   * Whether a cell's text ends the table: one of the labels, alone ({@code 合计}) or followed by its
   * content ({@code 项目负责人：张三}, {@code 评价结论：良好}).
   */
  public boolean endsTable(String text) {
    String label = Labels.normalize(text);
    if (TABLE_ENDS.contains(label) || tableEnds.contains(label)) {
      return true;
    }
    String compact = Labels.compact(text);
    int colon = indexOfColon(compact);
    if (colon > 0) {
      String head = Labels.normalize(compact.substring(0, colon));
      return TABLE_ENDS.contains(head) || tableEnds.contains(head);
    }
    return false;
  }

  private static int indexOfColon(String s) {
    for (int i = 0; i < s.length() && i < 12; i++) {
      if (s.charAt(i) == ':' || s.charAt(i) == '：') {
        return i;
      }
    }
    return -1;
  }

  /** Whether a name cell holds a printed placeholder rather than an indicator. */
  public boolean isPlaceholder(String text) {
    String s = Labels.compact(text);
    if (s.isEmpty()) {
      return false;
    }
    for (Pattern p : PLACEHOLDERS) {
      if (p.matcher(s).matches()) {
        return true;
      }
    }
    for (Pattern p : placeholders) {
      if (p.matcher(s).matches()) {
        return true;
      }
    }
    return false;
  }
}
