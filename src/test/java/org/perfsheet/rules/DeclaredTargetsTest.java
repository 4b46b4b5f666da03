package org.perfsheet.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.perfsheet.rules.Cells.at;
import static org.perfsheet.rules.Cells.codes;
import static org.perfsheet.rules.Cells.indicator;
import static org.perfsheet.rules.Cells.text;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.perfsheet.model.DeclarationForm;
import org.perfsheet.model.Indicator;
import org.perfsheet.model.MoneyUnit;
import org.perfsheet.model.ProjectInfo;
import org.perfsheet.model.SelfEvaluationForm;
import org.perfsheet.model.Severity;

/** A self-evaluation keeps its declared targets (docs/domain.md, 申报的指标值). */
class DeclaredTargetsTest {

  private static DeclarationForm declaration(String name, Integer year, Indicator... indicators) {
    return new DeclarationForm(
        "申报",
        "test",
        at("A1"),
        new ProjectInfo(text("B3", name), null, null, year),
        null,
        null,
        null,
        null,
        MoneyUnit.YUAN,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        List.of(indicators));
  }

  private static SelfEvaluationForm selfEvaluation(
      String name, Integer year, Indicator... indicators) {
    return new SelfEvaluationForm(
        "自评",
        "test",
        at("A1"),
        new ProjectInfo(text("B3", name), null, null, year),
        null,
        null,
        null,
        List.of(indicators),
        null,
        null);
  }

  private static Indicator row(int row, String name, String target) {
    return indicator(row, "产出指标", "数量指标", name, target, "", "10", "10");
  }

  private static DeclaredTargets declared() {
    DeclaredTargets d = new DeclaredTargets();
    d.add(
        declaration(
            "普法宣传项目",
            2024,
            row(10, "培训人次", "≥100人次"),
            row(11, "合格率", "=85.00(%)"),
            row(12, "完成时间", "12月底前")));
    return d;
  }

  @Test
  void theSameTargetsWrittenDifferentlyAreKept() {
    var f =
        declared()
            .compare(
                selfEvaluation(
                    "普法 宣传项目",
                    2024,
                    row(5, "培训人次", ">=100人次"),
                    row(6, "合 格 率", "=85%"),
                    row(7, "完成时间", "12月底前")));
    assertEquals(List.of(), codes(f));
  }

  @Test
  void aChangedTargetIsAnErrorAtTheTarget() {
    var f =
        declared()
            .compare(
                selfEvaluation(
                    "普法宣传项目",
                    2024,
                    row(5, "培训人次", "≥80人次"),
                    row(6, "合格率", "=85%"),
                    row(7, "完成时间", "12月底前")));
    assertEquals(List.of("TARGET_CHANGED@D5"), codes(f));
    assertTrue(f.get(0).message().contains("申报为“≥100人次”，自评表填写“≥80人次”"), f.get(0).message());
  }

  @Test
  void aDroppedIndicatorIsAnErrorAndAnAddedOneAnInfo() {
    var f =
        declared()
            .compare(
                selfEvaluation(
                    "普法宣传项目",
                    2024,
                    row(5, "培训人次", "≥100人次"),
                    row(6, "合格率", "=85%"),
                    row(7, "宣传场次", "≥10场")));
    assertEquals(List.of("INDICATOR_DROPPED@A1", "INDICATOR_ADDED@C7"), codes(f));
    assertEquals(
        Severity.INFO,
        f.stream()
            .filter(x -> x.code().name().equals("INDICATOR_ADDED"))
            .findFirst()
            .orElseThrow()
            .severity());
  }

  @Test
  void anotherYearOrProjectIsNotCompared() {
    assertEquals(
        List.of(), declared().compare(selfEvaluation("普法宣传项目", 2023, row(5, "培训人次", "≥1人次"))));
    assertEquals(
        List.of(), declared().compare(selfEvaluation("法律援助项目", 2024, row(5, "培训人次", "≥1人次"))));
    assertFalse(
        declared().compare(selfEvaluation("普法宣传项目", null, row(5, "培训人次", "≥1人次"))).isEmpty(),
        "a form without a year is matched by its name");
  }

  @Test
  void targetsCompareByWhatTheySay() {
    assertTrue(DeclaredTargets.same("=85.00(%)", "=85%"));
    assertTrue(DeclaredTargets.same("≥ 95%", ">=95%"));
    assertFalse(DeclaredTargets.same("≥95%", "≥90%"));
    assertFalse(DeclaredTargets.same("≥95%", "≤95%"));
    assertFalse(DeclaredTargets.same("≥10个", "≥10场"));
    assertTrue(DeclaredTargets.same("及 时", "及时"));
  }
}
