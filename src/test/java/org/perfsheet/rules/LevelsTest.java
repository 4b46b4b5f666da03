package org.perfsheet.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.perfsheet.rules.Cells.codes;
import static org.perfsheet.rules.Cells.indicator;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.perfsheet.model.Finding;
import org.perfsheet.model.Indicator;
import org.perfsheet.model.Severity;

/** 一级/二级 against the taxonomy (docs/domain.md, 指标体系). */
class LevelsTest {

  private static Indicator row(int row, String level1, String level2) {
    return indicator(row, level1, level2, "指标" + row, "≥1个", "1个", "10", "10");
  }

  private static Findings check(Taxonomy taxonomy, Indicator... rows) {
    Findings out = new Findings();
    Levels.check(List.of(rows), taxonomy, out);
    return out;
  }

  @Test
  void namesAreReadWithoutNumberingPointsSpacesOrATrailing指标() {
    Findings out =
        check(
            Taxonomy.OFFICIAL,
            row(2, "一、产出指标（50分）", "（一）数量指标(10分)"),
            row(3, "产出", "质量"),
            row(4, "效益指标", "社会效益"),
            row(5, "满 意 度\n指标", "服务对象满意度指标"),
            row(6, "2.成本指标", "经济成本指标"),
            row(7, "产出指标", "成本指标"));
    assertEquals(List.of(), codes(out));
  }

  @Test
  void oneBoxOverBothLevelsNamingA二级StandsUnderIts一级() {
    // Xiangtan 2023: 社会公众或服务对象满意度指标 printed as one box over the 一级 and 二级 columns (B18:C18).
    Indicator merged =
        new Indicator(
            Cells.text("B18", "社会公众或服务对象满意度指标"),
            Cells.text("B18", "社会公众或服务对象满意度指标"),
            Cells.text("D18", "市民满意度"),
            Cells.text("E18", "≥90%"),
            null,
            null,
            null,
            null);
    assertEquals(List.of(), codes(check(Taxonomy.OFFICIAL, merged)));
    assertEquals("满意度指标", Taxonomy.level1Of(merged).text());
    assertEquals("B18", Taxonomy.level1Of(merged).ref().a1());
    // The same words in a 一级 cell of their own are a 二级 in the wrong column: still an error.
    Findings apart = check(Taxonomy.OFFICIAL, row(2, "社会公众或服务对象满意度指标", "社会公众或服务对象满意度指标"));
    assertEquals(List.of("LEVEL_INVALID@A2"), codes(apart));
  }

  @Test
  void anUnknown一级IsAnErrorAndAnUnknown二级AWarning() {
    Findings out = check(Taxonomy.OFFICIAL, row(2, "投入指标", "数量指标"), row(3, "产出指标", "服务指标"));
    assertEquals(List.of("LEVEL_INVALID@A2", "LEVEL_INVALID@B3"), codes(out));
    assertEquals(Severity.ERROR, out.list.get(0).severity());
    assertEquals(Severity.WARNING, out.list.get(1).severity());
    assertTrue(
        out.list.get(1).message().contains("“产出指标”下应为：数量指标、质量指标、时效指标、成本指标"),
        out.list.get(1).message());
  }

  @Test
  void a二级UnderTheWrong一级IsAWarningNamingItsParent() {
    Findings out = check(Taxonomy.OFFICIAL, row(2, "产出指标", "社会效益指标"));
    Finding f = out.list.get(0);
    assertEquals(List.of("LEVEL_INVALID@B2"), codes(out));
    assertEquals("二级指标“社会效益指标”应属于“效益指标”，不应在“产出指标”下。请核对指标层级。", f.message());
  }

  @Test
  void theEvaluationFrameworkOf10号IsAccepted() {
    Findings out =
        check(
            Taxonomy.OFFICIAL,
            row(2, "决策", "项目立项"),
            row(3, "项目过程", "资金管理"),
            row(4, "产出", "产出数量"),
            row(5, "效益", "项目效益"),
            row(6, "项目管理", "财务管理"));
    assertEquals(List.of(), codes(out));
    assertEquals(
        List.of("LEVEL_INVALID@B2"), codes(check(Taxonomy.OFFICIAL, row(2, "决策", "资金管理"))));
  }

  @Test
  void aTemplateAddsItsRegionsLevels() {
    Taxonomy regional =
        Taxonomy.OFFICIAL.with(Map.of("产出指标", List.of("服务指标"), "影响力指标", List.of("公众知晓度指标")));
    Indicator[] rows = {row(2, "产出指标", "服务指标"), row(3, "影响力", "公众知晓度"), row(4, "产出指标", "数量指标")};
    assertEquals(List.of(), codes(check(regional, rows)));
    assertEquals(
        List.of("LEVEL_INVALID@B2", "LEVEL_INVALID@A3", "LEVEL_INVALID@B3"),
        codes(check(Taxonomy.OFFICIAL, rows)));
    // a 一级 the frameworks already know under another name takes the added 二级 under its official
    // name
    Taxonomy more = Taxonomy.OFFICIAL.with(Map.of("项目管理", List.of("档案管理")));
    assertEquals(List.of("过程"), more.parents("档案管理指标"));
  }

  @Test
  void aMergedCellIsReportedOnceAndABlankLevelIsMissing() {
    Indicator first = row(2, "投入指标", "数量指标");
    Indicator second =
        new Indicator(
            first.level1(), first.level2(), Cells.text("C3", "指标3"), null, null, null, null, null);
    assertEquals(List.of("LEVEL_INVALID@A2"), codes(check(Taxonomy.OFFICIAL, first, second)));
    assertEquals(
        List.of("FIELD_MISSING@A2", "FIELD_MISSING@B2"),
        codes(check(Taxonomy.OFFICIAL, row(2, "", ""))));
  }
}
