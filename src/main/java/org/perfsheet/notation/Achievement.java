package org.perfsheet.notation;

/** What a qualitative actual says of its target (docs/domain.md §3, §4.3 tiers). */
public enum Achievement {
  ACHIEVED("达成"),
  PARTLY("部分达成"),
  NOT_ACHIEVED("未达成"),
  UNKNOWN("无法判断");

  private final String chinese;

  Achievement(String chinese) {
    this.chinese = chinese;
  }

  public String chinese() {
    return chinese;
  }
}
