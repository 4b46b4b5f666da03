package org.perfsheet.model;

/** The kinds of form perfsheet knows. The code is what reports and templates say. */
public enum FormKind {
  PROJECT_SELF_EVALUATION("project-self-evaluation", "财政项目支出绩效自评表"),
  PROJECT_DECLARATION("project-declaration", "财政项目支出绩效目标申报表"),
  DEPARTMENT_SELF_EVALUATION("department-self-evaluation", "部门整体绩效自评表"),
  PROJECT_MONITORING("project-monitoring", "项目支出绩效目标执行监控表");

  private final String code;
  private final String chinese;

  FormKind(String code, String chinese) {
    this.code = code;
    this.chinese = chinese;
  }

  public String code() {
    return code;
  }

  public String chinese() {
    return chinese;
  }

  public static FormKind fromCode(String code) {
    for (FormKind k : values()) {
      if (k.code.equals(code)) {
        return k;
      }
    }
    throw new IllegalArgumentException("unknown form kind '" + code + "'; known: project-self-evaluation, "
        + "project-declaration, department-self-evaluation, project-monitoring");
  }
}
