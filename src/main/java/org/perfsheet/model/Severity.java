package org.perfsheet.model;

import java.util.Locale;

/** How bad a finding is. Errors make {@code check} exit with 1. */
public enum Severity {
  ERROR("错误"),
  WARNING("警告"),
  INFO("提示");

  private final String chinese;

  Severity(String chinese) {
    this.chinese = chinese;
  }

  /** The stable lower-case code used in reports: {@code error}, {@code warning}, {@code info}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public String chinese() {
    return chinese;
  }
}
