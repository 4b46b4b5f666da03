package org.perfsheet.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.math.BigDecimal;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.perfsheet.model.CellRef;
import org.perfsheet.model.FieldValue;
import org.perfsheet.model.MoneyUnit;
import org.perfsheet.notation.Notation;

/**
 * Property: an amount written with a unit word, in any spelling, read on a form in either unit, is
 * the same sum of money as the person wrote (amount × unit word × form unit); text that is not an
 * amount with a unit word is left as it is.
 */
class AmountsTest {

  private static final CellRef A1 = new CellRef("s", 0, 0);

  /** A unit word as people type it, and the unit it means. */
  private record Word(String text, MoneyUnit unit) {}

  private static final List<Word> WORDS =
      List.of(
          new Word("万元", MoneyUnit.TEN_THOUSAND_YUAN),
          new Word("万", MoneyUnit.TEN_THOUSAND_YUAN),
          new Word(" 万元", MoneyUnit.TEN_THOUSAND_YUAN),
          new Word("元", MoneyUnit.YUAN),
          new Word(" 元", MoneyUnit.YUAN));

  private static final List<String> NOTES =
      List.of("", "(含结转)", "（高标准农田建设400万元,示范建设295万元）", "(其中:中央资金100万元)");

  /** The amount as typed: plain, with thousands separators, full-width digits. */
  private static String typed(BigDecimal amount, int style) {
    String plain = amount.toPlainString();
    return switch (style) {
      case 0 -> plain;
      case 1 -> String.format("%,.2f", amount);
      default -> fullWidth(plain);
    };
  }

  private static String fullWidth(String s) {
    StringBuilder b = new StringBuilder();
    for (char c : s.toCharArray()) {
      b.append(c >= '0' && c <= '9' ? (char) (c - '0' + '０') : c == '.' ? '．' : c);
    }
    return b.toString();
  }

  @Test
  void anAmountWithAUnitWordIsTheSameSumInEitherFormUnit() {
    Random random = new Random(20261129);
    for (int i = 0; i < 2000; i++) {
      BigDecimal amount =
          BigDecimal.valueOf(random.nextInt(100_000_000)).movePointLeft(random.nextInt(3));
      int style = random.nextInt(3);
      if (style == 1) {
        amount = amount.setScale(2, java.math.RoundingMode.HALF_UP);
      }
      Word word = WORDS.get(random.nextInt(WORDS.size()));
      String note = NOTES.get(random.nextInt(NOTES.size()));
      MoneyUnit form = random.nextBoolean() ? MoneyUnit.YUAN : MoneyUnit.TEN_THOUSAND_YUAN;
      String text = typed(amount, style) + word.text() + note;
      FieldValue v = FieldValue.text(A1, text);

      assertEquals(word.unit(), Amounts.written(v), text);
      FieldValue read = Amounts.inUnit(v, form);
      double yuan = form.toYuan(Notation.number(read).orElseThrow());
      assertEquals(word.unit().toYuan(amount.doubleValue()), yuan, 1e-6 * Math.max(1, yuan), text);
      assertEquals(text, read.text(), "the text as written is kept for the comments");
      if (word.unit() == form) {
        assertSame(v, read, "already in the form's unit: " + text);
      }
    }
  }

  @Test
  void whatIsNotAnAmountWithAUnitWordIsLeftAsItIs() {
    for (String text :
        List.of(
            "1537.172",
            "15,371,720",
            "",
            "—",
            "万元",
            "约100万元",
            "100万元以上",
            "≥100万元",
            "95%",
            "100分")) {
      FieldValue v = FieldValue.text(A1, text);
      assertNull(Amounts.written(v), text);
      for (MoneyUnit form : MoneyUnit.values()) {
        assertSame(v, Amounts.inUnit(v, form), text);
      }
    }
    FieldValue stored = FieldValue.number(A1, 1537.172, "1537.172", false);
    assertNull(Amounts.written(stored));
    assertSame(
        stored, Amounts.inUnit(stored, MoneyUnit.YUAN), "a stored number is in the form's unit");
  }

  @Test
  void theAmountKeysAreEveryFormKindsAmountsAndNothingElse() {
    for (String key :
        List.of(
            "budget_initial",
            "budget_annual",
            "budget_spent",
            "fiscal_spent",
            "other_annual",
            "funds_initial",
            "funds_forecast",
            "fiscal_forecast",
            "funds_total",
            "appropriation",
            "carryover",
            "basic_total",
            "project_total",
            "goal_funds")) {
      assertEquals(true, Amounts.isAmount(key), key);
    }
    for (String key :
        List.of(
            "budget_rate",
            "funds_rate",
            "budget_score",
            "budget_weight",
            "money_unit",
            "ind_target")) {
      assertEquals(false, Amounts.isAmount(key), key);
    }
  }
}
