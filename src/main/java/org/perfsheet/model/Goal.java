package org.perfsheet.model;

import java.util.List;

/**
 * One annual goal (年度目标 N) of a department-wide self-evaluation.
 *
 * @param heading the heading cell (年度目标 1：（11 分）); null when the form has one indicator table for
 *     all its goals, with no heading
 * @param points the points its heading states (年度目标 1：（11 分） → 11), or null when none
 * @param funds the goal's funds where the layout has them (null otherwise): points go by funds
 */
public record Goal(
    int number,
    FieldValue heading,
    Double points,
    FieldValue text,
    FieldValue funds,
    List<Indicator> indicators) {

  public Goal {
    indicators = List.copyOf(indicators);
  }
}
