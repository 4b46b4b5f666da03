package org.perfsheet.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The lights of one monitoring form (docs/domain.md §7).
 *
 * @param month the month the form reports up to (7 for 1-7月), null when no header says
 * @param funds the funds light, null when it cannot be computed (年初预算数 0 or blank)
 * @param project the project's light: its worst indicator light, null when no indicator has one
 * @param indicators one per indicator that has a light, in sheet order
 */
public record Lights(Integer month, LightMark funds, Light project, List<LightMark> indicators) {

  public Lights {
    indicators = List.copyOf(indicators);
  }

  /** Every light with a cell, the funds light first. */
  public List<LightMark> all() {
    List<LightMark> out = new ArrayList<>();
    if (funds != null) {
      out.add(funds);
    }
    out.addAll(indicators);
    return out;
  }
}
