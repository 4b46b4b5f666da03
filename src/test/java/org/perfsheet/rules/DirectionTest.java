package org.perfsheet.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.perfsheet.rules.Cells.codes;
import static org.perfsheet.rules.Cells.indicator;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.perfsheet.scoring.ScoringProfile;

/**
 * A bare number on a lower-is-better name (Chongqing 2021: 预算调整率 3%, done 0): the direction cannot
 * be told, so the row is not scored and no shortfall is reported; a written comparator, or a name
 * that says nothing of direction, is scored as the rules say.
 */
class DirectionTest {

  private static final ScoringProfile P = ScoringProfile.defaults();

  private static IndicatorRules.Result check(
      String name, String target, String actual, Findings f) {
    return IndicatorRules.check(
        indicator(9, "产出指标", "数量指标", name, target, actual, "2", "2"), 2.0, 2.0, P, f);
  }

  @Test
  void aBareTargetOnAControlRateIsNotScored() {
    Findings f = new Findings();
    IndicatorRules.Result r = check("预算调整率", "3%", "0", f);
    assertNull(r.computed(), "no rule score, so no total");
    assertEquals(List.of("DIRECTION_UNCLEAR@D9"), codes(f.list));
  }

  @Test
  void farAboveABareTargetOnAControlRateIsNotCalledTooLowEither() {
    Findings f = new Findings();
    check("公用经费控制率", "80%", "100%", f);
    assertEquals(List.of("DIRECTION_UNCLEAR@D9"), codes(f.list));
  }

  @Test
  void aBareTargetOnAnOrdinaryRateIsPositive() {
    Findings f = new Findings();
    IndicatorRules.Result r = check("政府采购执行率", "100%", "72.74%", f);
    assertEquals(1.45, r.computed(), 1e-9);
    assertEquals(List.of("TARGET_NOT_MET@E9", "SCORE_ABOVE_RULE@G9"), codes(f.list));
  }

  @Test
  void aWrittenComparatorIsTrusted() {
    Findings f = new Findings();
    assertEquals(2.0, check("预算调整率", "≤3%", "0", f).computed(), 1e-9);
    assertEquals(List.of(), codes(f.list));
    assertEquals(0.0, check("预算调整率", "≤3%", "6%", f).computed() - 1.0, 1e-9, "2 × 3 ÷ 6");
  }

  @Test
  void aControlRateMetEitherWayIsScored() {
    Findings f = new Findings();
    assertEquals(2.0, check("公用经费控制率", "100%", "100%", f).computed(), 1e-9);
    assertEquals(List.of(), codes(f.list));
  }
}
