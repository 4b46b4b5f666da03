package org.perfsheet.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.perfsheet.rules.Cells.at;
import static org.perfsheet.rules.Cells.codes;
import static org.perfsheet.rules.Cells.indicator;
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
 * Department-wide forms without a 分值 column: each weight inferred from its score (docs/domain.md,
 * 部门整体).
 */
class DepartmentWeightsTest {

  private static final ScoringProfile P = ScoringProfile.defaults();

  private static Indicator row(int row, String target, String actual, String score) {
    return indicator(row, "产出指标", "数量指标", "指标" + row, target, actual, null, score);
  }

  @Test
  void aMetOrQualitativeIndicatorWeighsItsScore() {
    assertEquals(5.0, DepartmentChecker.inferWeight(row(5, "≥100场", "120场", "5"), 5.0, P));
    assertEquals(3.0, DepartmentChecker.inferWeight(row(5, "及时", "及时", "3"), 3.0, P));
    assertNull(DepartmentChecker.inferWeight(row(5, "≥100场", "120场", ""), null, P));
  }

  @Test
  void aMissedPositiveTargetWeighsScoreTimesAOverB() {
    // Qiaokou 2020, goal 3: 讲座场次 520 planned, 420 held, scored 3.23 → W = 3.23 × 520 ÷ 420 = 4
    assertEquals(4.0, DepartmentChecker.inferWeight(row(5, "520场", "420场", "3.23"), 3.23, P));
  }

  @Test
  void aMissedReverseTargetWeighsScoreTimesBOverA() {
    // ≤2% missed with 4%: national rule W × A ÷ B, so W = score × B ÷ A
    assertEquals(6.0, DepartmentChecker.inferWeight(row(5, "≤2%", "4%", "3"), 3.0, P));
  }

  @Test
  void theInferredWeightsMakeUpTheGoalsShareOfTheHundredPoints() {
    Goal met =
        new Goal(
            1,
            text("A5", "年度目标 1：（50 分）"),
            50.0,
            text("B5", "普法"),
            null,
            List.of(row(6, "≥10个", "10个", "50")));
    Goal missed =
        new Goal(
            2,
            text("A7", "年度目标 2："),
            null,
            text("B7", "讲座"),
            null,
            List.of(row(8, "520场", "420场", "24.23")));
    DepartmentForm form =
        new DepartmentForm(
            "表",
            "test",
            at("A1"),
            text("B2", "某区司法局"),
            2020,
            MoneyUnit.TEN_THOUSAND_YUAN,
            20,
            null,
            null,
            text("B3", "100"),
            text("C3", "100"),
            text("D3", "100%"),
            text("E3", "20"),
            List.of(met, missed),
            text("G20", "94.23"),
            text("B21", ""),
            text("B22", ""),
            null,
            false);
    FormResult r = DepartmentChecker.check(form, P);
    // 50 + 24.23 × 520 ÷ 420 = 80: no GOAL_WEIGHT_SUM; the info says the weights were inferred
    assertEquals(
        List.of("WEIGHTS_INFERRED@A1", "TARGET_NOT_MET@E8", "EXPLANATION_MISSING@B21"),
        codes(r.findings()));
    assertEquals(94.23, r.total().computed());
    assertEquals(94.23, r.total().stated());
  }
}
