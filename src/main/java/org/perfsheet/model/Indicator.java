package org.perfsheet.model;

import org.perfsheet.text.Text;

/**
 * One row of the indicator table. 一级/二级 are already carried down from merged or blank cells above,
 * so every row knows its levels.
 */
public record Indicator(
    FieldValue level1,
    FieldValue level2,
    FieldValue name,
    FieldValue target,
    FieldValue actual,
    FieldValue weight,
    FieldValue score,
    FieldValue explanation) {

  /** The 三级指标 name as shown in findings. */
  public String displayName() {
    return name == null ? "" : Text.withoutSpaces(name.text());
  }
}
