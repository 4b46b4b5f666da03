package org.perfsheet.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LabelsTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "年度指标值|年度指标值",
        "'年度\n指标值'|年度指标值",
        "年度(/项目)指标值|年度指标值",
        "年度（/项目）指标值|年度指标值",
        "其中：当年财政拨款|当年财政拨款",
        "其中:当年财政拨款|当年财政拨款",
        "项目资金（万元）|项目资金",
        "项目资金((万元))|项目资金",
        "1.产出指标|产出指标",
        "2、效益指标|效益指标",
        "项目名称：|项目名称",
        "项目名称*|项目名称",
        "项目名称＊|项目名称",
        "'项目　名称 '|项目名称",
        "ＡＢＣ指标|ABC指标",
        "2024年|2024年",
        "其他|其他"
      })
  void normalizesLabels(String text, String expected) {
    assertEquals(expected, Labels.normalize(text));
  }

  /**
   * Line breaks that are not ASCII and characters that show nothing, dropped first (see
   * org.perfsheet.text.TextTest).
   */
  static final String INVISIBLE = "[\\u0085\\u2028\\u2029\\u200B-\\u200D\\u2060\\uFEFF]+";

  /**
   * What normalising means, written plainly: the fast paths in Labels must agree with it on any
   * text.
   */
  static String normalizeDefinition(String text) {
    String s = compactDefinition(text);
    s = s.replaceAll("\\([^()]*\\)", "");
    s = s.replaceAll("\\([^()]*\\)", "");
    s = s.replaceAll("^(其中[:：]?|[0-9]+[.、])", "");
    return s.replaceAll("[:：*＊]+$", "");
  }

  static String compactDefinition(String text) {
    return Normalizer.normalize(text.replaceAll(INVISIBLE, ""), Normalizer.Form.NFKC)
        .replaceAll("[\\s\\u3000\\u00A0]+", "");
  }

  /** The shortcuts and the cache must give what the definition gives, on any text. */
  @Test
  void shortcutsAgreeWithTheDefinition() {
    String pool =
        "年度指标值其中项目资金万元一二三 abcXYZ09.:*()（）：＊、。“”‘’—…〈〉【】《》≥≤〃\n\t\r\u3000\u00A0"
            + "ＡＢ１２％%·－ﾊﾟ⑴㈠豈\u0301e\u200B\uFEFF\u2028";
    Random random = new Random(Long.getLong("labels.seed", 20261126L));
    for (int i = 0; i < 200_000; i++) {
      StringBuilder sb = new StringBuilder();
      int n = random.nextInt(8);
      for (int j = 0; j < n; j++) {
        sb.append(pool.charAt(random.nextInt(pool.length())));
      }
      String text = sb.toString();
      assertEquals(
          normalizeDefinition(text), Labels.normalize(text), () -> "normalize(\"" + text + "\")");
      assertEquals(
          compactDefinition(text), Labels.compact(text), () -> "compact(\"" + text + "\")");
    }
  }
}
