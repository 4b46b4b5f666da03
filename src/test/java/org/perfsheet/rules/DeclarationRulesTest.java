package org.perfsheet.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.perfsheet.rules.Cells.at;
import static org.perfsheet.rules.Cells.codes;
import static org.perfsheet.rules.Cells.indicator;
import static org.perfsheet.rules.Cells.text;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.perfsheet.model.DeclarationForm;
import org.perfsheet.model.Finding;
import org.perfsheet.model.Indicator;
import org.perfsheet.model.MoneyUnit;
import org.perfsheet.model.ProjectInfo;
import org.perfsheet.model.Severity;

/** Declaration dates, funds, indicator categories and targets (docs/domain.md, 绩效目标申报表). */
class DeclarationRulesTest {

  private static final List<Indicator> COMPLETE =
      List.of(
          indicator(20, "产出指标", "数量指标", "培训人次", "≥100人次", null, null, null),
          indicator(21, "产出指标", "质量指标", "合格率", "≥95%", null, null, null),
          indicator(22, "产出指标", "时效指标", "完成时间", "12月底前", null, null, null),
          indicator(23, "效益指标", "社会效益指标", "群众知晓率", "≥80%", null, null, null),
          indicator(24, "满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%", null, null, null));

  private static DeclarationForm form(String start, String end, List<Indicator> indicators) {
    return new DeclarationForm(
        "表",
        "test",
        at("A1"),
        new ProjectInfo(text("B3", "普法宣传"), text("B4", "司法局"), text("D4", "普法科"), 2024),
        text("B5", "经常性项目"),
        text("D5", "业务类"),
        text("B6", start),
        text("D6", end),
        MoneyUnit.TEN_THOUSAND_YUAN,
        text("B7", "100"),
        text("C7", "80"),
        text("D7", "20"),
        text("B8", "100"),
        text("C8", "60"),
        text("D8", "20"),
        text("E8", "20"),
        text("B9", "长期目标"),
        text("B10", "年度目标"),
        indicators);
  }

  private static List<Finding> check(DeclarationForm d) {
    return DeclarationChecker.check(d).findings();
  }

  @Test
  void aCompleteDeclarationWithinItsYearHasNoFindings() {
    assertEquals(List.of(), codes(check(form("2024-01-01", "2024年12月31日", COMPLETE))));
  }

  @Test
  void anEndBeforeTheStartIsAnError() {
    assertEquals(
        List.of("DATE_INVALID@D6"), codes(check(form("2024-06-01", "2024-03-31", COMPLETE))));
  }

  @Test
  void aDateOutsideTheBudgetYearIsAWarningOnThatDate() {
    List<Finding> f = check(form("2023-10-01", "2024-12-31", COMPLETE));
    assertEquals(List.of("DATE_INVALID@B6"), codes(f));
    assertEquals(Severity.WARNING, f.get(0).severity());
    assertTrue(f.get(0).message().contains("不在预算年度 2024 年内"), f.get(0).message());
  }

  @Test
  void aDateThatIsNoDateIsAnError() {
    List<Finding> f = check(form("2024-02-30", "2024/12/31", COMPLETE));
    assertEquals(List.of("DATE_INVALID@B6"), codes(f));
    assertEquals(Severity.ERROR, f.get(0).severity());
  }

  @Test
  void fundsThatDoNotAddUpAreErrorsAtTheirTotal() {
    DeclarationForm ok = form("2024-01-01", "2024-12-31", COMPLETE);
    DeclarationForm off =
        new DeclarationForm(
            ok.sheet(),
            ok.template(),
            ok.anchor(),
            ok.project(),
            ok.nature(),
            ok.category(),
            ok.startDate(),
            ok.endDate(),
            ok.moneyUnit(),
            ok.fundsTotal(),
            text("C7", "70"),
            ok.fundsOther(),
            ok.annualTotal(),
            ok.appropriation(),
            ok.carryover(),
            text("E8", "30"),
            ok.goalTotal(),
            ok.goalAnnual(),
            ok.indicators());
    assertEquals(List.of("FUNDS_MISMATCH@B7", "FUNDS_MISMATCH@B8"), codes(check(off)));
  }

  @Test
  void 产出效益And数量AreRequiredAnd质量时效满意度Expected() {
    List<Finding> f = check(form("2024-01-01", "2024-12-31", List.of(COMPLETE.get(1))));
    assertEquals(
        List.of(
            "CATEGORY_MISSING@A21",
            "CATEGORY_MISSING@A21",
            "CATEGORY_MISSING@A21",
            "CATEGORY_MISSING@A21"),
        codes(f));
    assertEquals(
        List.of("ERROR 产出指标中没有数量指标", "ERROR 没有效益指标", "WARNING 产出指标中没有时效指标", "WARNING 没有满意度指标"),
        f.stream()
            .map(x -> x.severity() + " " + x.message().substring(0, x.message().indexOf('。')))
            .sorted()
            .toList());
  }

  @Test
  void 满意度MayBeLeftOutWithAWarningOnly() {
    List<Finding> f = check(form("2024-01-01", "2024-12-31", COMPLETE.subList(0, 4)));
    assertEquals(List.of("CATEGORY_MISSING@A20"), codes(f));
    assertEquals(Severity.WARNING, f.get(0).severity());
  }

  @Test
  void categoriesAreReadFrom10号NamesWithPointsToo() {
    List<Indicator> numbered =
        List.of(
            indicator(20, "一、产出指标(50分)", "数量", "培训人次", "≥100人次", null, null, null),
            indicator(21, "一、产出指标(50分)", "质量指标（10分）", "合格率", "≥95%", null, null, null),
            indicator(22, "一、产出指标(50分)", "时效", "完成时间", "12月底前", null, null, null),
            indicator(23, "二、效益指标(30分)", "社会效益", "群众知晓率", "≥80%", null, null, null),
            indicator(24, "三、满意度指标(10分)", "服务对象满意度", "参训人员满意度", "≥90%", null, null, null));
    assertEquals(List.of(), codes(check(form("2024-01-01", "2024-12-31", numbered))));
  }

  /**
   * domain.md §8: a cost target is an amount; words under 成本 and a bare 巩固提高 cannot be measured.
   */
  @Test
  void costTargetsInWordsAndVagueWordsAreTargetVague() {
    List<Indicator> with = new ArrayList<>(COMPLETE);
    with.add(indicator(25, "成本指标", "经济成本指标", "建设项目成本", "参照政府采购成本控制", null, null, null));
    with.add(indicator(26, "效益指标", "社会效益指标", "教育质量", "巩固提高", null, null, null));
    with.add(indicator(27, "成本指标", "经济成本指标", "人均培训成本", "≤120元/人", null, null, null));
    with.add(indicator(28, "产出指标", "质量指标", "验收情况", "合格", null, null, null));
    List<Finding> f = check(form("2024-01-01", "2024-12-31", with));
    assertEquals(List.of("TARGET_VAGUE@D25", "TARGET_VAGUE@D26"), codes(f));
    assertTrue(f.get(0).message().contains("成本指标"), f.get(0).message());
  }

  @Test
  void anAmountOfMoneyAsAQuantityIsAnInputNotAnOutput() {
    List<Indicator> with = new ArrayList<>(COMPLETE);
    with.add(indicator(25, "产出指标", "数量指标", "工程资金金额", "≥43.2万元", null, null, null));
    with.add(indicator(26, "产出指标", "数量指标", "发放补助资金户数", "≥300户", null, null, null));
    with.add(indicator(27, "产出指标", "成本指标", "项目总成本", "≤90万元", null, null, null));
    with.add(indicator(28, "成本指标", "经济成本指标", "建设成本", "≤500万元", null, null, null));
    with.add(indicator(29, "产出指标", "数量指标", "完成投资额", "=500元", null, null, null));
    List<Finding> f = check(form("2024-01-01", "2024-12-31", with));
    assertEquals(List.of("MONEY_AS_OUTPUT@D25", "MONEY_AS_OUTPUT@D29"), codes(f));
    assertEquals(
        "数量指标的指标值“≥43.2万元”是资金金额。资金是投入，不是产出：数量指标应写明提供的产品或服务的数量" + "（如 =16家、≥300人次）；控制资金的指标请列入成本指标。",
        f.get(0).message());
  }

  @Test
  void aRateWithABareNumberLacksItsPercentSign() {
    List<Indicator> with = new ArrayList<>(COMPLETE);
    with.add(indicator(25, "产出指标", "质量指标", "验收合格率", "≥95", null, null, null));
    with.add(indicator(26, "产出指标", "质量指标", "设备完好率", "≥0.95", null, null, null));
    with.add(indicator(27, "产出指标", "质量指标", "覆盖率（%）", "≥90", null, null, null));
    with.add(indicator(28, "产出指标", "质量指标", "容积率", "≤2.5", null, null, null));
    with.add(indicator(29, "产出指标", "质量指标", "出勤率", "=85.00(%)", null, null, null));
    with.add(indicator(30, "产出指标", "数量指标", "培训人数", "≥200", null, null, null));
    List<Finding> f = check(form("2024-01-01", "2024-12-31", with));
    assertEquals(List.of("UNIT_MISSING@D25"), codes(f));
    assertEquals("指标值“≥95”没有单位。“验收合格率”是比率，请写明百分号，如 ≥95%。", f.get(0).message());
  }

  @Test
  void eachTargetIsHeldToWhatATargetMustSay() {
    List<Indicator> with = new ArrayList<>(COMPLETE);
    with.add(indicator(25, "产出指标", "数量指标", "宣传场次", "*", null, null, null));
    with.add(indicator(26, "产出指标", "数量指标", "覆盖人数", "12,34,5", null, null, null));
    with.add(indicator(27, "产出指标", "质量指标", "完成率", "≥120%", null, null, null));
    with.add(indicator(28, "成本指标", "经济成本指标", "项目成本", "≥90万元", null, null, null));
    with.add(indicator(29, "产出指标", "数量指标", "培训 人次", "≥200人次", null, null, null));
    List<Finding> f = check(form("2024-01-01", "2024-12-31", with));
    assertEquals(
        List.of(
            "PLACEHOLDER@D25",
            "VALUE_UNREADABLE@D26",
            "PERCENT_OVER_100@D27",
            "COST_FLOOR@D28",
            "DUPLICATE_INDICATOR@C29"),
        codes(f));
    assertEquals(
        List.of(
            Severity.ERROR, Severity.WARNING, Severity.WARNING, Severity.WARNING, Severity.ERROR),
        f.stream().map(Finding::severity).toList(),
        "a template's * left in and a repeated name are errors");
    assertEquals("三级指标“培训人次”与 C20 重复。每个三级指标只应出现一次，请合并或改名。", f.get(4).message());
  }

  /** The declaration of {@link #form} with its 项目资金 (B7 total, C7 财政资金, D7 其他资金) as given. */
  private static DeclarationForm funds(String total, String fiscal, String other) {
    DeclarationForm ok = form("2024-01-01", "2024-12-31", COMPLETE);
    return new DeclarationForm(
        ok.sheet(),
        ok.template(),
        ok.anchor(),
        ok.project(),
        ok.nature(),
        ok.category(),
        ok.startDate(),
        ok.endDate(),
        ok.moneyUnit(),
        text("B7", total),
        text("C7", fiscal),
        text("D7", other),
        ok.annualTotal(),
        ok.appropriation(),
        ok.carryover(),
        ok.annualOther(),
        ok.goalTotal(),
        ok.goalAnnual(),
        ok.indicators());
  }

  @Test
  void aFundsMismatchNamesEachPartAndTheirSum() {
    List<Finding> f = check(funds("100", "70", "20"));
    assertEquals(List.of("FUNDS_MISMATCH@B7"), codes(f));
    assertEquals("项目资金总额 100.00 不等于 财政资金 70.00 + 其他资金 20.00 = 90.00。请核对资金构成。", f.get(0).message());
  }

  @Test
  void anUnreadableTotalIsReportedByTheSumAndBlankPartsProveNothing() {
    assertEquals(List.of("VALUE_UNREADABLE@B7"), codes(check(funds("见附件", "70", "20"))));
    assertEquals(List.of(), codes(check(funds("100", "", ""))));
    assertEquals(List.of(), codes(check(funds("100", "99.996", "0"))));
  }

  /**
   * An unreadable part (见附表) is reported where it is; the sum it would make wrong is not checked.
   */
  @Test
  void anUnreadablePartIsReportedAndTheSumNotChecked() {
    assertEquals(List.of("VALUE_UNREADABLE@C7"), codes(check(funds("100", "见附表", "20"))));
  }
}
