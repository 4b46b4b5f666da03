package org.perfsheet.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.perfsheet.model.Light;
import org.perfsheet.notation.Notation;

/** The lights of docs/domain.md §7, at and around each threshold. */
class MonitoringLightsTest {

  static final ScoringProfile.Monitoring DEFAULTS = ScoringProfile.Monitoring.defaults();

  @ParameterizedTest(name = "{1} of 120 by month 6 → {2}")
  @CsvSource({
    "6, 35.99, RED",
    "6, 36, YELLOW",
    "6, 47.99, YELLOW",
    "6, 48, GREEN",
    "6, 120, GREEN",
    "12, 71.99, RED",
    "7, 0, RED"
  })
  void fundsLightFollowsSpendingAgainstTimeAndIsNeverBlue(int month, double spent, Light expected) {
    Double v = MonitoringLights.fundsProgress(120.0, spent, month);
    assertEquals(expected, MonitoringLights.funds(v, DEFAULTS), "progress " + v);
  }

  @Test
  void aZeroBudgetGivesNoFundsLightNotRed() {
    assertNull(MonitoringLights.fundsProgress(0.0, 0.0, 7));
    assertNull(MonitoringLights.fundsProgress(100.0, 10.0, null), "no month, no time progress");
  }

  @ParameterizedTest(name = "{0} / {1} by month {2} → {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "=12次 | 6次 | 6 | GREEN",
        "=12次 | 3次 | 6 | RED",
        "=12次 | 4次 | 6 | YELLOW",
        "=12次 | 4.8次 | 6 | GREEN",
        "=12次 | 7.2次 | 6 | BLUE",
        "=12次 | 7.19次 | 6 | GREEN",
        "=12次 | 0次 | 6 | RED",
        "≥95% | 95% | 6 | GREEN",
        "≥95% | 56% | 6 | RED",
        "≥95% | 0.95 | 7 | GREEN",
        "≤2% | 1% | 7 | GREEN",
        "≤2% | 3% | 7 | RED",
        "=0次 | 0次 | 7 | GREEN",
        "=0次 | 1次 | 7 | RED",
        "≥0 | 5 | 7 | GREEN",
        "及时 | 及时 | 7 | GREEN",
        "全市排名前列 | 部分完成 | 7 | YELLOW",
        "全市排名前列 | 未完成 | 7 | RED",
        "3-10月 | 9月 | 7 | GREEN",
        "3-10月 | 11月 | 7 | YELLOW"
      })
  void indicatorLight(String target, String actual, int month, Light expected) {
    MonitoringLights.Judged j =
        MonitoringLights.judge(Notation.parse(target), Notation.parse(actual), month, DEFAULTS);
    assertEquals(expected, j.light(), target + " / " + actual + " progress " + j.progress());
  }

  @ParameterizedTest(name = "{0} / {1} → no light: {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "5次 | 一般 | ACTUAL_NOT_A_VALUE",
        "≥90% | 达成 | ACTUAL_NOT_A_VALUE",
        "=10次 | 5人 | UNIT_MISMATCH",
        "优秀 | 一般 | UNKNOWN_WORDS",
        "=10次 | '' | ACTUAL_BLANK"
      })
  void indicatorWithoutLight(String target, String actual, MonitoringLights.Unlit why) {
    MonitoringLights.Judged j =
        MonitoringLights.judge(Notation.parse(target), Notation.parse(actual), 7, DEFAULTS);
    assertNull(j.light());
    assertEquals(why, j.unlit());
  }

  @Test
  void aCountNeedsTheMonthARateDoesNot() {
    assertEquals(
        MonitoringLights.Unlit.NO_MONTH,
        MonitoringLights.judge(Notation.parse("=12次"), Notation.parse("6次"), null, DEFAULTS)
            .unlit());
    assertEquals(
        Light.GREEN,
        MonitoringLights.judge(Notation.parse("≥95%"), Notation.parse("96%"), null, DEFAULTS)
            .light());
  }

  @Test
  void theBlueRuleAndTheThresholdsAreProfileSettings() {
    ScoringProfile.Monitoring noBlue = new ScoringProfile.Monitoring(60, 80, 120, false, false);
    assertEquals(
        Light.GREEN,
        MonitoringLights.judge(Notation.parse("=12次"), Notation.parse("12次"), 6, noBlue).light());
    ScoringProfile.Monitoring strict = new ScoringProfile.Monitoring(70, 90, 130, true, false);
    assertEquals(
        Light.RED,
        MonitoringLights.judge(Notation.parse("=12次"), Notation.parse("4.1次"), 6, strict).light());
    assertEquals(Light.YELLOW, MonitoringLights.funds(85, strict));
    ScoringProfile.Monitoring prorated = new ScoringProfile.Monitoring(60, 80, 120, true, true);
    assertEquals(
        Light.BLUE,
        MonitoringLights.judge(Notation.parse("≥95%"), Notation.parse("95%"), 6, prorated).light(),
        "95% by June against 95% × 6/12 prorated");
  }

  @Test
  void theProjectLightIsTheWorst() {
    assertEquals(Light.RED, Light.worse(Light.BLUE, Light.RED));
    assertEquals(Light.YELLOW, Light.worse(Light.GREEN, Light.YELLOW));
    assertEquals(Light.GREEN, Light.worse(Light.BLUE, Light.GREEN));
    assertEquals(Light.BLUE, Light.worse(null, Light.BLUE));
  }
}
