package org.perfsheet.model;

import java.util.regex.Pattern;
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

  /**
   * A blank form's printed numbering the unit wrote after, in the same cell ({@code 指标1：工程质量合格},
   * {@code 指标1工程资金金额}).
   */
  private static final Pattern PRINTED_NUMBER =
      Pattern.compile("^(?:三级)?指标(?:[0-9一二三四五六七八九十]+[:：]|[0-9]+(?=[^0-9.．%％:：]))(?=.)");

  /**
   * The 三级指标 name as shown in findings, without a printed {@code 指标1：} in front of what the unit
   * wrote.
   */
  public String displayName() {
    return name == null
        ? ""
        : PRINTED_NUMBER.matcher(Text.withoutSpaces(name.text())).replaceFirst("");
  }
}
