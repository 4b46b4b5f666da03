package org.perfsheet.notation;

import java.util.List;

/**
 * The qualitative words of docs/domain.md §3 and what each says of a target. The lists are public
 * so that the generated forms' live formulas judge words by the same lists as the check.
 */
public final class Words {

  /** Late is partly achieved: checked before the 未… words. */
  static final List<String> LATE = List.of("未及时", "不及时", "延期", "滞后", "推迟", "延迟", "逾期");

  static final List<String> NOT =
      List.of("未进行", "未完成", "未开展", "未达成", "未达到", "未实现", "未落实", "不合格", "不达标", "没有", "未");
  static final List<String> PARTLY =
      List.of("部分达成", "部分完成", "部分实现", "基本完成", "基本达成", "基本达到", "基本实现", "部分", "基本");
  static final List<String> ACHIEVED =
      List.of(
          "及时", "按时", "提升", "提高", "增强", "完善", "健全", "达标", "合格", "规范", "一致", "稳定", "正常", "有效", "明显",
          "达到预期", "达成预期", "达成目标", "完成", "达成", "达到", "实现", "满意", "到位", "准确", "合规", "加大", "降低", "优秀",
          "良好", "覆盖", "不变", "保持", "显著", "可持续", "落实", "保障", "改善", "加强", "促进", "是");

  private Words() {}

  /** Late (contained): partly achieved. */
  public static List<String> late() {
    return LATE;
  }

  /** Not achieved (at the start; also 未完成 and 未达 anywhere, and 无 or 否 alone). */
  public static List<String> not() {
    return NOT;
  }

  /** Partly achieved (at the start). */
  public static List<String> partly() {
    return PARTLY;
  }

  /** Achieved (contained). */
  public static List<String> achieved() {
    return ACHIEVED;
  }

  /**
   * Whether the words deny what follows them: 无, 否, a not-prefix (未提高, 没有开展) or 未完成/未达 anywhere. An
   * actual that says so never counts as repeating its target (未提高 is not 提高).
   */
  static boolean negated(String word) {
    return word.equals("无") || word.equals("否") || saysNot(word);
  }

  private static boolean saysNot(String word) {
    return NOT.stream().anyMatch(word::startsWith) || word.contains("未完成") || word.contains("未达");
  }

  static Achievement achievement(String word) {
    if (word.equals("无") || word.equals("否")) {
      return Achievement.NOT_ACHIEVED;
    }
    if (LATE.stream().anyMatch(word::contains)) {
      return Achievement.PARTLY;
    }
    if (saysNot(word)) {
      return Achievement.NOT_ACHIEVED;
    }
    if (PARTLY.stream().anyMatch(word::startsWith)) {
      return Achievement.PARTLY;
    }
    if (ACHIEVED.stream().anyMatch(word::contains)) {
      return Achievement.ACHIEVED;
    }
    return Achievement.UNKNOWN;
  }
}
