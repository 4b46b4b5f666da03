package org.perfsheet.model;

import java.util.Objects;

/**
 * One light on the cell it judges: the funds light on 执行率 (or 执行数), an indicator's on its 1-N月执行数.
 *
 * @param indicator the 三级指标 name, null for the funds light
 * @param progress the progress value the light was set from (100 = on schedule), null when the
 *     light follows from words or a met/missed comparison
 */
public record LightMark(CellRef cell, String indicator, Light light, Double progress) {

  public LightMark {
    Objects.requireNonNull(cell, "cell");
    Objects.requireNonNull(light, "light");
  }
}
