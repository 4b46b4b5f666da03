package org.perfsheet.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfsheet.layout.Layout;
import org.perfsheet.layout.Vocabulary;
import org.perfsheet.model.CellRef;
import org.perfsheet.model.FieldValue;
import org.perfsheet.model.Finding;
import org.perfsheet.model.FormResult;
import org.perfsheet.model.Indicator;
import org.perfsheet.report.WorkbookReport;
import org.perfsheet.scoring.ScoringProfile;
import org.perfsheet.workbook.TemplateLearner;

/**
 * Published project self-evaluations from Yunnan and Anhui (天长) give exactly the findings their
 * {@code .expected.md} require, and nothing on the rows a unit marked not applicable.
 */
class ForeignSelfEvaluationsTest {

  static List<Layout> layouts;

  @BeforeAll
  static void learn() throws IOException {
    layouts = TemplateLearner.loadAll(Path.of("templates"));
  }

  private static FormResult check(String name, Path out) throws IOException {
    Path in = Path.of("test-workbooks/foreign", name);
    WorkbookReport r =
        new Checker(layouts, ScoringProfile.defaults()).process(in, out.resolve(name));
    assertEquals(1, r.forms().size(), name);
    return r.forms().get(0);
  }

  private static List<String> found(FormResult f) {
    return f.findings().stream()
        .map(x -> x.cell().a1() + " " + x.code() + " " + x.severity())
        .toList();
  }

  @Test
  void yunnanTargetOverThreeColumnsIsReadAndOnlyTheMissingReasonsAreErrors(@TempDir Path out)
      throws IOException {
    FormResult f = check("2020-云南丽江古城区自然资源局-卫片执法补助经费-自评表.xlsx", out);
    List<String> expected =
        List.of(
            "I13 SCORE_BELOW_RULE INFO",
            "J13 EXPLANATION_MISSING ERROR",
            "I14 SCORE_BELOW_RULE INFO",
            "J14 EXPLANATION_MISSING ERROR",
            "I15 SCORE_BELOW_RULE INFO",
            "J15 EXPLANATION_MISSING ERROR",
            "I16 SCORE_BELOW_RULE INFO",
            "J16 EXPLANATION_MISSING ERROR",
            "I17 SCORE_BELOW_RULE INFO",
            "J17 EXPLANATION_MISSING ERROR");
    assertEquals(expected, found(f).stream().map(s -> s.toUpperCase()).toList());
    assertEquals(2020, f.year());
    assertEquals(72_900.0, f.budget());
    assertEquals(10.0, f.budgetScore().computed());
    // Every target met: the rule gives 100, the unit stated 93 (the sum of its own scores).
    assertEquals(93.0, f.total().stated());
    assertEquals(100.0, f.total().computed());
    assertEquals("优", f.grade());
  }

  @Test
  void tianchangPlaceholderRowsAndTheNotApplicableRowGiveNoFinding(@TempDir Path out)
      throws IOException {
    FormResult f = check("2022-安徽天长市水利局-水旱灾害防御经费-自评表.xlsx", out);
    List<String> expected =
        List.of(
            "C4 FIELD_MISSING ERROR",
            "I6 VALUE_FILLED INFO",
            "E16 FIELD_MISSING ERROR",
            "F16 FIELD_MISSING ERROR",
            "E19 FIELD_MISSING ERROR",
            "F19 FIELD_MISSING ERROR",
            "E22 FIELD_MISSING ERROR",
            "F22 FIELD_MISSING ERROR",
            "E25 FIELD_MISSING ERROR",
            "F25 FIELD_MISSING ERROR",
            "E28 FIELD_MISSING ERROR",
            "F28 FIELD_MISSING ERROR",
            "E34 FIELD_MISSING ERROR",
            "F34 FIELD_MISSING ERROR");
    assertEquals(expected, found(f).stream().map(s -> s.toUpperCase()).toList());
    // Six rows cannot be scored: no total, no grade, and the reason names them without 指标1：.
    assertNull(f.total().computed());
    assertNull(f.grade());
    assertTrue(f.total().reason().startsWith("6 项指标无法按规则评分（工程质量合格、"), f.total().reason());
    for (Finding x : f.findings()) {
      assertFalse(x.indicator() != null && x.indicator().startsWith("指标"), x.toString());
      assertFalse(x.cell().row() == 30, "row 31 is not applicable: " + x);
    }
  }

  @Test
  void hebeiBudgetAndSelfScoreAboveTheRuleAreFoundAndPrintedRowsAreNot(@TempDir Path out)
      throws IOException {
    FormResult f = check("2019-河北廊坊市食品工程学校-暖通改造经费-自评表.xlsx", out);
    assertEquals(
        List.of(
            // I7 shows 86% for 86.20 %: right at the precision shown; the score 9 is not.
            "J7 BUDGET_SCORE_MISMATCH ERROR",
            "F14 TARGET_NOT_MET WARNING",
            "H14 SCORE_ABOVE_RULE ERROR"),
        found(f).stream().map(s -> s.toUpperCase()).toList());
    assertEquals("工程资金金额", f.findings().get(1).indicator());
    // 37.24 ÷ 43.2 = 86.20 %: 8.62 for the budget, 8.62 for 工程资金金额, 80 for the eight met.
    assertEquals(8.62, f.budgetScore().computed());
    assertEquals(98.0, f.total().stated());
    assertEquals(97.24, f.total().computed(), 1e-9);
    assertEquals("优", f.grade());
  }

  @Test
  void aLayoutNoTemplateReadsIsRejectedNamingWhatTheClosestTemplateHasAndItLacks(@TempDir Path out)
      throws IOException {
    Path in = Path.of("test-workbooks/foreign/2022-四川中江县水利局-衔接资金-绩效目标自评表.xlsx");
    WorkbookReport r =
        new Checker(layouts, ScoringProfile.defaults()).process(in, out.resolve("x.xlsx"));
    assertEquals("LAYOUT_UNRECOGNISED", r.error().code());
    // 资金情况 for 项目资金, 全年预算数（A） with no 年初预算数, 年初设定目标 for 预期目标, …
    assertTrue(
        r.error().message().contains("（表中没有：项目资金、年初预算数、预期目标、实际完成情况、偏差原因分析及改进措施），无法审核。"),
        r.error().message());
    assertTrue(r.error().message().contains("(it has no 项目资金, 年初预算数, "), r.error().message());
  }

  @Test
  void notApplicableMarks() {
    for (String s : List.of("/", "／", "—", "-", "--", " / ", "不适用", "不涉及", "无")) {
      assertTrue(Vocabulary.isNotApplicable(s), s);
    }
    for (String s : List.of("", "0", "10", "无变化", "/10", "达成")) {
      assertFalse(Vocabulary.isNotApplicable(s), s);
    }
  }

  @Test
  void aPrintedNumberInFrontOfTheNameIsNotPartOfIt() {
    assertEquals("工程质量合格", indicator("指标1：工程质量合格").displayName());
    assertEquals("工程质量合格", indicator("三级指标2:工程质量合格").displayName());
    assertEquals("工程资金金额", indicator("指标1工程资金金额").displayName());
    assertEquals("指标1：", indicator("指标1：").displayName());
    assertEquals("指标12", indicator("指标12").displayName());
    assertEquals("指标1.5倍", indicator("指标1.5倍").displayName());
    assertEquals("指标十分明确", indicator("指标十分明确").displayName());
    assertEquals("指标体系完善度", indicator("指标体系完善度").displayName());
  }

  private static Indicator indicator(String name) {
    FieldValue v = FieldValue.text(new CellRef("表", 0, 0), name);
    return new Indicator(null, null, v, null, null, null, null, null);
  }
}
