package org.perfsheet.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.perfsheet.rules.Cells.codes;
import static org.perfsheet.rules.Cells.indicator;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.perfsheet.scoring.ScoringProfile;

/**
 * An indicator row the unit marked not applicable ({@code /} in its 分值 and 得分, nothing to score)
 * carries no points and needs nothing; a row with points, or with a target and actual, is checked
 * as any other (test-workbooks/foreign, 天长 and its variants).
 */
class NotApplicableRowsTest {

  private static final ScoringProfile P = ScoringProfile.defaults();

  @Test
  void aRowMarkedNotApplicableCountsZeroAndGivesNoFinding() {
    for (String[] marks :
        List.of(
            new String[] {"/", "/", "/", "/"},
            new String[] {"/", "/", "/", ""},
            new String[] {"", "", "—", "—"},
            new String[] {"不适用", "不适用", "不适用", "不适用"})) {
      Findings out = new Findings();
      IndicatorRules.Result r =
          IndicatorRules.check(
              indicator(31, "效益指标", "生态效益指标", "生态环境改善", marks[0], marks[1], marks[2], marks[3]),
              P,
              out);
      assertEquals(List.of(), codes(out), String.join("|", marks));
      assertEquals(0.0, r.weight());
      assertEquals(0.0, r.computed());
    }
  }

  @Test
  void aRowWithPointsOrWithATargetIsCheckedAsAnyOther() {
    Findings points = new Findings();
    IndicatorRules.Result r =
        IndicatorRules.check(
            indicator(31, "效益指标", "生态效益指标", "生态环境改善", "/", "/", "10", "10"), P, points);
    assertEquals(10.0, r.weight());
    Findings target = new Findings();
    IndicatorRules.check(
        indicator(31, "效益指标", "生态效益指标", "生态环境改善", "≥95%", "96%", "/", "/"), P, target);
    assertEquals(List.of("VALUE_UNREADABLE@F31", "VALUE_UNREADABLE@G31"), codes(target));
  }
}
