package org.perfsheet.model;

import java.util.Locale;

/**
 * A warning light of the mid-year monitoring (docs/domain.md §7), worst first: red and yellow are
 * behind, green on course, blue far ahead (the target may have been set too low).
 */
public enum Light {
  RED("红灯", "进度严重滞后"),
  YELLOW("黄灯", "进度滞后"),
  GREEN("绿灯", "进度正常"),
  BLUE("蓝灯", "超进度较多，目标可能偏低");

  private final String chinese;
  private final String meaning;

  Light(String chinese, String meaning) {
    this.chinese = chinese;
    this.meaning = meaning;
  }

  /** The code report.json uses: {@code red}, {@code yellow}, {@code green}, {@code blue}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public String chinese() {
    return chinese;
  }

  public String meaning() {
    return meaning;
  }

  /** Behind schedule: a light that needs a cause. */
  public boolean isLow() {
    return this == RED || this == YELLOW;
  }

  /** The worse of two lights (red before yellow before green before blue); null counts as none. */
  public static Light worse(Light a, Light b) {
    return a == null ? b : b == null ? a : a.ordinal() <= b.ordinal() ? a : b;
  }
}
