package org.perfsheet.notation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.perfsheet.model.CellRef;
import org.perfsheet.model.FieldValue;
import org.perfsheet.model.MoneyUnit;

class NotationTest {

  /** A compact, stable description of what was parsed. */
  static String show(Measure m) {
    if (m instanceof Measure.Quantity q) {
      return "Q " + q.comparator().symbol() + trim(q.value()) + " [" + q.unit() + "]";
    }
    if (m instanceof Measure.Range r) {
      return "R " + trim(r.low()) + ".." + trim(r.high()) + " [" + r.unit() + "]";
    }
    if (m instanceof Measure.Period p) {
      return "P " + p.fromMonth() + "-" + p.toMonth();
    }
    if (m instanceof Measure.Qualitative w) {
      return "W " + w.word() + " " + w.achievement() + (w.vague() ? " vague" : "");
    }
    if (m instanceof Measure.Unreadable u) {
      return "X" + (u.placeholder() ? " placeholder" : "");
    }
    return "blank";
  }

  static String trim(double d) {
    return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        ">=95%|Q ≥95 [%]",
        "=100%|Q =100 [%]",
        "≥1.00(次)|Q ≥1 [次]",
        "=85.00(%)|Q =85 [%]",
        "=100.00 (%)|Q =100 [%]",
        "＜2%|Q <2 [%]",
        "≥50个|Q ≥50 [个]",
        "≤90万元|Q ≤900000 [元]",
        "=0|Q =0 []",
        "<=0.5小时/个|Q ≤0.5 [小时/个]",
        "3-10月|P 3-10",
        "9月|P 9-9",
        "第四季度开展|P 10-12",
        "第一、二、三季度|P 1-9",
        "90%-95%|R 90..95 [%]",
        "及时|W 及时 ACHIEVED",
        "提升|W 提升 ACHIEVED vague",
        "完善|W 完善 ACHIEVED vague",
        "巩固提高|W 巩固提高 ACHIEVED vague",
        "合格（100%）|W 合格 ACHIEVED",
        "促进(11人)|W 促进 ACHIEVED vague",
        "达到预期目标|W 达到预期目标 ACHIEVED",
        "未进行|W 未进行 NOT_ACHIEVED",
        ">=29万|Q ≥290000 []",
        ">29万|Q >290000 []",
        ">=15万单|Q ≥150000 [单]",
        "=16家|Q =16 [家]",
        "4,024,422.6|Q =4024422.6 []",
        "协议履行率99.98%|Q =99.98 [%]",
        "520 场|Q =520 [场]",
        "420 场|Q =420 [场]",
        "24 件|Q =24 [件]",
        "合格|W 合格 ACHIEVED",
        "部分完成|W 部分完成 PARTLY",
        "基本完成|W 基本完成 PARTLY",
        "无|W 无 NOT_ACHIEVED",
        "11月|P 11-11",
        "＞＝80%|Q ≥80 [%]",
        "95%以上|Q ≥95 [%]",
        "不低于 95%|Q ≥95 [%]",
        "控制在0.5%以内|Q ≤0.5 [%]",
        "*|X placeholder",
        "**个|X placeholder",
        "—|blank",
        "很满意|W 很满意 ACHIEVED",
        "作用明显|W 作用明显 ACHIEVED",
        "低于全市平均水平|W 低于全市平均水平 UNKNOWN",
        "延期完成|W 延期完成 PARTLY",
        "=0.00(次)|Q =0 [次]",
        "<1.00(%)|Q <1 [%]",
        "≥98.00(%)|Q ≥98 [%]",
        "≥85(%)|Q ≥85 [%]",
        "=2500|Q =2500 []",
        "=5000本|Q =5000 [本]",
        "≥100百分比|Q ≥100 [%]",
        "≥ 98%（含）|Q ≥98 [%]",
        "95%（含）以上|Q ≥95 [%]",
        "大于95%（含）|Q ≥95 [%]",
        "≥90%（不含）|Q >90 [%]",
        "90-95百分比|R 90..95 [%]",
        "≥90百分点|Q ≥90 [百分点]",
        ">=80%|Q ≥80 [%]",
        "99.83%|Q =99.83 [%]",
        ">29万|Q >290000 []",
        "8 场|Q =8 [场]"
      })
  void readsTheNotationOfRealForms(String text, String expected) {
    assertEquals(expected, show(Notation.parse(text)), text);
  }

  @Test
  void storedNumbersKeepTheirMeaning() {
    CellRef c = CellRef.parse("S!A1");
    assertEquals(
        "Q =99.85 [%]", show(Notation.parse(FieldValue.number(c, 0.9985, "99.85%", true))));
    assertEquals("Q =7110 []", show(Notation.parse(FieldValue.number(c, 7110, "7110", false))));
    assertEquals(0.9985, Notation.rate(FieldValue.text(c, "99.85%")).getAsDouble(), 1e-12);
    assertEquals(
        0.9598, Notation.rate(FieldValue.number(c, 95.98, "95.98", false)).getAsDouble(), 1e-12);
    assertEquals(
        0.9598, Notation.rate(FieldValue.number(c, 0.9598, "95.98%", true)).getAsDouble(), 1e-12);
    assertEquals(
        14753068.9, Notation.number(FieldValue.text(c, "14,753,068.9")).getAsDouble(), 1e-9);
    assertEquals(2758.6, Notation.number(FieldValue.text(c, "2758.60 万元")).getAsDouble(), 1e-9);
    assertTrue(
        Notation.number(FieldValue.text(c, "#REF!")).isEmpty(), "an error value is no number");
    // Hunan declarations (test-workbooks/foreign/): 万 for 万元, a breakdown in brackets after it.
    assertEquals(250, Notation.number(FieldValue.text(c, "250万")).getAsDouble(), 1e-9);
    assertEquals(
        854,
        Notation.number(FieldValue.text(c, "854万(高标准农田建设400万元,示范建设295万元,畅通工程159万元)")).getAsDouble(),
        1e-9);
    assertEquals(90, Notation.number(FieldValue.text(c, "90（含结转10）")).getAsDouble(), 1e-9);
    assertTrue(
        Notation.number(FieldValue.text(c, "854万854万(高标准农田建设400万元)")).isEmpty(),
        "an amount typed twice is no number");
    assertEquals(MoneyUnit.TEN_THOUSAND_YUAN, MoneyUnit.fromLabel("250万"));
    assertEquals(MoneyUnit.TEN_THOUSAND_YUAN, MoneyUnit.fromLabel("资金情况（万元）"));
    assertEquals(MoneyUnit.YUAN, MoneyUnit.fromLabel("项目资金（元）"));
  }

  /** Property: comparator × number × unit × width × brackets parse back to the same quantity. */
  @Test
  void quantitiesRoundTrip() {
    Random random = new Random(42);
    String[][] comparators = {
      {">=", "≥", "＞＝", ">="},
      {">", "＞", ">"},
      {"<=", "≤", "＜＝", "<="},
      {"<", "＜", "<"},
      {"=", "＝", "="},
      {"", ""}
    };
    String[] symbols = {"≥", ">", "≤", "<", "=", "="};
    String[] units = {"%", "个", "次", "家", "小时/个", "场", "元", ""};
    for (int i = 0; i < 2000; i++) {
      int k = random.nextInt(comparators.length);
      String[] forms = comparators[k];
      String cmp = forms[random.nextInt(forms.length - 1)];
      double value = random.nextInt(100000) / (random.nextBoolean() ? 100.0 : 1.0);
      String unit = units[random.nextInt(units.length)];
      String number =
          random.nextBoolean() ? trim(value) : String.format(Locale.ROOT, "%.2f", value);
      String u =
          unit.isEmpty()
              ? ""
              : random.nextBoolean() ? "(" + unit + ")" : random.nextBoolean() ? " " + unit : unit;
      String text = cmp + (random.nextBoolean() ? " " : "") + number + u;
      if (random.nextBoolean()) {
        text = toFullWidthDigits(text);
      }
      assertEquals(
          "Q " + symbols[k] + trim(value) + " [" + unit + "]", show(Notation.parse(text)), text);
    }
  }

  /**
   * Property: no text makes the parser throw, and what it says is usable: the text it was given,
   * and, when it cannot read the text, a reason in words a unit can act on.
   */
  @Test
  void anyTextIsReadOrReportedNeverThrown() {
    Random random = new Random(1);
    String alphabet = "0123456789.,%％≥≤><=＝()（）万元个次月季度第一二三四-~至及时提升未完成 *\t\n/";
    for (int i = 0; i < 5000; i++) {
      StringBuilder sb = new StringBuilder();
      for (int n = random.nextInt(15); n > 0; n--) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = sb.toString();
      Measure m = Notation.parse(text);
      assertEquals(text.strip(), m.text().strip(), "the measure keeps the text it read");
      if (m instanceof Measure.Unreadable u) {
        assertTrue(
            u.reason()
                .codePoints()
                .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
            "a reason in Chinese for \"" + text + "\": " + u.reason());
      }
      if (text.isBlank()) {
        assertInstanceOf(Measure.Blank.class, m, "blank text is blank, not unreadable");
      }
    }
  }

  /** Property: a target written as comparator, number and unit is read back as exactly those. */
  @Test
  void wellFormedTargetsReadBackExactly() {
    Random random = new Random(7);
    String[][] comparators = {{"≥", "GE"}, {"≤", "LE"}, {">", "GT"}, {"<", "LT"}, {"=", "EQ"}};
    String[] units = {"家", "次", "人", "万元", "天", "%", "个", "项"};
    for (int i = 0; i < 2000; i++) {
      String[] c = comparators[random.nextInt(comparators.length)];
      String unit = units[random.nextInt(units.length)];
      double value = random.nextInt(100000) / (random.nextBoolean() ? 1.0 : 100.0);
      String number =
          value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
      String text = c[0] + number + unit;
      Measure m = Notation.parse(text);
      Measure.Quantity q = assertInstanceOf(Measure.Quantity.class, m, text);
      assertEquals(c[1], q.comparator().name(), text);
      boolean wan = unit.equals("万元"); // money is held in 元
      assertEquals(wan ? value * 10000 : value, q.value(), 1e-6, text);
      assertEquals(wan ? "元" : unit, q.unit(), text);
    }
  }

  private static String toFullWidthDigits(String s) {
    StringBuilder sb = new StringBuilder();
    for (char c : s.toCharArray()) {
      sb.append(c >= '0' && c <= '9' ? (char) (c - '0' + '０') : c);
    }
    return sb.toString();
  }

  /**
   * A bare actual takes the target's unit as written; with 万 the reading nearer the target wins.
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "≤30万元 | 35     | 350000.0 | 元",
        "≤90万元 | 720000 | 720000.0 | 元",
        "≥50个   | 52     | 52.0     | 个",
        "≥95%    | 96     | 96.0     | ''",
        "≥50个   | 52个   | 52.0     | 个"
      })
  void aBareActualIsInTheTargetsUnit(String target, String actual, double value, String unit) {
    Measure m = Notation.inUnitOf(Notation.parse(actual), Notation.parse(target));
    Measure.Quantity q = assertInstanceOf(Measure.Quantity.class, m);
    assertEquals(value, q.value(), 1e-9, target + " / " + actual);
    assertEquals(unit, q.unit(), target + " / " + actual);
  }
}
