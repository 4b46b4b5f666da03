package org.perfsheet.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.perfsheet.rules.Cells.blank;
import static org.perfsheet.rules.Cells.codes;
import static org.perfsheet.rules.Cells.text;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.perfsheet.model.BudgetBlock;
import org.perfsheet.model.FieldValue;
import org.perfsheet.model.FundsLine;
import org.perfsheet.model.MoneyUnit;

/** 年度资金总额 = 当年财政拨款 + 上年结转资金 + 其他资金, column by column (docs/domain.md, 资金来源). */
class FundsBalanceTest {

  /** A funds line on {@code row}: 年初预算数 B, 全年预算数 C, 全年执行数 D. */
  private static FundsLine line(
      String label, int row, String initial, String annual, String spent) {
    return new FundsLine(
        label, cell("B" + row, initial), cell("C" + row, annual), cell("D" + row, spent));
  }

  private static FieldValue cell(String a1, String text) {
    return text == null ? null : text.isEmpty() ? blank(a1) : text("" + a1, text);
  }

  private static BudgetBlock block(boolean complete, FundsLine total, FundsLine... sources) {
    return new BudgetBlock(
        MoneyUnit.YUAN, total, text("E2", "10"), null, null, List.of(sources), complete);
  }

  private static final FundsLine[] SOURCES = {
    line("当年财政拨款", 3, "60", "70", "65"),
    line("上年结转资金", 4, "30", "20", "20"),
    line("其他资金", 5, "10", "10", "")
  };

  @Test
  void totalsThatAreTheSumOfTheirSourcesPass() {
    Findings out = new Findings();
    FundsBalance.check(block(true, line("年度资金总额", 2, "100", "100", "85"), SOURCES), out);
    assertEquals(List.of(), codes(out));
  }

  @Test
  void eachColumnOffItsSumIsAnErrorAtTheTotal() {
    Findings out = new Findings();
    FundsBalance.check(block(true, line("年度资金总额", 2, "100", "110", "80"), SOURCES), out);
    assertEquals(List.of("FUNDS_MISMATCH@C2", "FUNDS_MISMATCH@D2"), codes(out));
    assertTrue(
        out.list.get(0).message().contains("当年财政拨款 70.00 + 上年结转资金 20.00 + 其他资金 10.00"),
        out.list.get(0).message());
  }

  @Test
  void aBlockWithLinesTheLayoutDoesNotKnowIsNotBalanced() {
    Findings out = new Findings();
    FundsBalance.check(block(false, line("年度资金总额", 2, "100", "110", "80"), SOURCES), out);
    assertEquals(List.of(), codes(out));
  }

  @Test
  void blankSourcesAndUnreadableOnesProveNothing() {
    Findings blankSources = new Findings();
    FundsBalance.check(
        block(
            true,
            line("年度资金总额", 2, "100", "100", "85"),
            line("当年财政拨款", 3, "", "", ""),
            line("其他资金", 4, "", "", "")),
        blankSources);
    assertEquals(List.of(), codes(blankSources));

    Findings unreadable = new Findings();
    FundsBalance.check(
        block(
            true,
            line("年度资金总额", 2, "100", "100", "85"),
            line("当年财政拨款", 3, "见附表", "70", "65"),
            line("其他资金", 4, "10", "30", "20")),
        unreadable);
    assertEquals(List.of(), codes(unreadable)); // column B is unreadable, C and D balance
  }

  @Test
  void theToleranceIsHalfAFen() {
    Findings out = new Findings();
    FundsBalance.check(
        block(
            true,
            line("年度资金总额", 2, "100.004", "100.01", null),
            line("当年财政拨款", 3, "100", "100", null)),
        out);
    assertEquals(List.of("FUNDS_MISMATCH@C2"), codes(out));
  }

  private static Map<String, FieldValue> parts(String... labelsAndTexts) {
    Map<String, FieldValue> parts = new LinkedHashMap<>();
    for (int i = 0; i < labelsAndTexts.length; i += 2) {
      parts.put(
          labelsAndTexts[i],
          labelsAndTexts[i + 1] == null ? null : cell("C" + (3 + i / 2), labelsAndTexts[i + 1]));
    }
    return parts;
  }

  @Test
  void aFundsBlockAndADeclarationShareTheSumAndEachKeepsItsWording() {
    Findings block = new Findings();
    FundsBalance.column(
        text("C2", "100"), parts("财政拨款", "70", "上年结转资金", null, "其他资金", "20"), "执行数", block);
    assertEquals(List.of("FUNDS_MISMATCH@C2"), codes(block));
    assertEquals(
        "年度资金总额的执行数 100.00 不等于各来源之和 90.00（财政拨款 70.00 + 上年结转资金 0.00 + 其他资金 20.00）。请核对资金来源。",
        block.list.get(0).message());

    Findings declaration = new Findings();
    FundsBalance.parts(text("C2", "100"), "项目资金总额", parts("财政资金", "70", "其他资金", "20"), declaration);
    assertEquals(List.of("FUNDS_MISMATCH@C2"), codes(declaration));
    assertEquals(
        "项目资金总额 100.00 不等于 财政资金 70.00 + 其他资金 20.00 = 90.00。请核对资金构成。",
        declaration.list.get(0).message());

    Findings balanced = new Findings();
    FundsBalance.parts(
        text("C2", "100.004"), "项目资金总额", parts("财政资金", "80", "其他资金", "20"), balanced);
    assertEquals(List.of(), codes(balanced));
  }

  @Test
  void onlyADeclarationsSumReportsAnUnreadableAmountAndNoSumIsCheckedOverOne() {
    Findings block = new Findings();
    FundsBalance.column(text("C2", "见附表"), parts("财政拨款", "70"), "执行数", block);
    FundsBalance.column(text("C2", "100"), parts("财政拨款", "见附表", "其他资金", "20"), "执行数", block);
    assertEquals(List.of(), codes(block)); // the rules that read these amounts report them

    Findings total = new Findings();
    FundsBalance.parts(text("C2", "见附表"), "项目资金总额", parts("财政资金", "70"), total);
    assertEquals(List.of("VALUE_UNREADABLE@C2"), codes(total));

    Findings part = new Findings();
    FundsBalance.parts(text("C2", "100"), "项目资金总额", parts("财政资金", "见附表", "其他资金", "20"), part);
    assertEquals(
        List.of("VALUE_UNREADABLE@C3"), codes(part)); // not a FUNDS_MISMATCH counting it as 0
  }
}
