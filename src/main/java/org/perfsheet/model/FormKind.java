package org.perfsheet.model;

import java.util.Arrays;
import java.util.List;

/**
 * The kinds of form perfsheet knows, with the names reports, messages and titles use for them.
 * Everything else about a kind is registered in {@code check.FormKinds} (its mapping and rules) and
 * {@code layout.FieldKeys} (its template keys); the README's "Adding a form kind" lists the steps.
 */
public enum FormKind {
  PROJECT_SELF_EVALUATION(
      "project-self-evaluation",
      "财政项目支出绩效自评表",
      "项目支出绩效自评表",
      "a project self-evaluation",
      List.of("自评")),
  PROJECT_DECLARATION(
      "project-declaration",
      "财政项目支出绩效目标申报表",
      "绩效目标申报表",
      "a project declaration",
      List.of("申报", "绩效目标表")),
  DEPARTMENT_SELF_EVALUATION(
      "department-self-evaluation",
      "部门整体绩效自评表",
      "部门整体绩效自评表",
      "a department-wide self-evaluation",
      List.of("部门整体")),
  PROJECT_MONITORING(
      "project-monitoring", "项目支出绩效目标执行监控表", "项目支出绩效目标执行监控表", "a monitoring form", List.of("监控"));

  private final String code;
  private final String chinese;
  private final String plainName;
  private final String english;
  private final List<String> titleWords;

  FormKind(String code, String chinese, String plainName, String english, List<String> titleWords) {
    this.code = code;
    this.chinese = chinese;
    this.plainName = plainName;
    this.english = english;
    this.titleWords = titleWords;
  }

  /** The stable English code reports and templates (表类型) use. */
  public String code() {
    return code;
  }

  /** The official name, as the summary's sections show it. */
  public String chinese() {
    return chinese;
  }

  /** The name any region's form of this kind answers to, for "this looks like …" messages. */
  public String plainName() {
    return plainName;
  }

  /** The English for the same messages: "a project self-evaluation". */
  public String english() {
    return english;
  }

  /**
   * Words a title of this kind contains. A title matching several kinds' words is the kind of the
   * longest match: 部门整体绩效自评表 is a department form, though it also says 自评.
   */
  public List<String> titleWords() {
    return titleWords;
  }

  public static FormKind fromCode(String code) {
    for (FormKind k : values()) {
      if (k.code.equals(code)) {
        return k;
      }
    }
    throw new IllegalArgumentException(
        "unknown form kind '"
            + code
            + "'; known: "
            + String.join(", ", Arrays.stream(values()).map(FormKind::code).toList()));
  }
}
