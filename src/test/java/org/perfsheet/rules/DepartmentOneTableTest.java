package org.perfsheet.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.perfsheet.rules.Cells.at;
import static org.perfsheet.rules.Cells.codes;
import static org.perfsheet.rules.Cells.indicator;
import static org.perfsheet.rules.Cells.number;
import static org.perfsheet.rules.Cells.text;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.perfsheet.model.DepartmentForm;
import org.perfsheet.model.FormResult;
import org.perfsheet.model.Goal;
import org.perfsheet.model.Indicator;
import org.perfsheet.model.MoneyUnit;
import org.perfsheet.scoring.ScoringProfile;

/**
 * A department form with one indicator table and no 年度目标 headings (Guizhou 2021): one goal with no
 * heading, worth 100 − the budget's points; what concerns the goals' weights is said on 总分, never
 * on a label.
 */
class DepartmentOneTableTest {

  private static final ScoringProfile P = ScoringProfile.defaults();

  private static DepartmentForm form(List<Indicator> rows, String total) {
    return new DepartmentForm(
        "表",
        "test",
        at("A1"),
        text("C3", "某镇人民政府"),
        null,
        MoneyUnit.TEN_THOUSAND_YUAN,
        10,
        null,
        null,
        number("E5", 100),
        number("F5", 100),
        null,
        number("H5", 10),
        List.of(new Goal(1, null, null, null, null, rows)),
        text("I21", total),
        null,
        null,
        null,
        true);
  }

  private static Indicator row(int r, String target, String actual, String weight, String score) {
    return indicator(r, "产出指标", "数量指标", "指标" + r, target, actual, weight, score);
  }

  @Test
  void theTableIsWorthTheRestOfTheHundred() {
    FormResult r =
        DepartmentChecker.check(
            form(
                List.of(row(12, "≥10个", "10个", "50", "50"), row(13, "≥90%", "95%", "40", "40")),
                "100"),
            P);
    assertEquals(List.of(), codes(r.findings()));
    assertEquals(100.0, r.total().computed());
    assertEquals("优", r.grade());
  }

  @Test
  void weightsThatDoNotAddUpAreToldOnTheTotal() {
    FormResult r =
        DepartmentChecker.check(
            form(
                List.of(row(12, "≥10个", "10个", "50", "50"), row(13, "≥90%", "95%", "30", "30")),
                "90"),
            P);
    assertEquals(List.of("GOAL_WEIGHT_SUM@I21"), codes(r.findings()));
  }
}
