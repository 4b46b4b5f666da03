package org.perfsheet.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The one definition of white space against the six it replaced, on any text. Each former one is
 * written here as it was; {@link Text#compact} must give what each gave, once the characters it
 * adds (line and paragraph separators, next line, zero-width characters, BOM) are taken out of the
 * text: where none of them is in a cell, nothing changes.
 */
class TextTest {

  private static String nfkc(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFKC);
  }

  /** The former ways to compare text without white space, by the class that had each. */
  private static final Map<String, UnaryOperator<String>> FORMER_COMPACT =
      Map.of(
          "layout.Labels.compact", s -> nfkc(s).replaceAll("[\\s\\u3000\\u00A0]+", ""),
          "rules.DeclaredTargets.compact", s -> nfkc(s).replaceAll("[\\s\\u3000]+", ""),
          "rules.Taxonomy.key", s -> nfkc(s).replaceAll("[\\s\\u3000]+", ""),
          "summary.Batch.compact", s -> nfkc(s).replaceAll("\\s+", ""),
          "notation.Notation.normalize", s -> nfkc(s).replaceAll("[\\s\\u00A0]+", ""));

  /** The characters compact drops besides those: what the former ones kept. */
  private static final Pattern ADDED =
      Pattern.compile("[\\u0085\\u2028\\u2029\\u200B\\u200C\\u200D\\u2060\\uFEFF]");

  /**
   * ASCII, CJK, full-width forms, every kind of space and line break, invisible and combining
   * characters.
   */
  private static final String POOL =
      "年度指标值项目名称 abcXYZ09.:()（）：％%ＡＢ１２≥≤、。“”ﾊﾟ㈠⑴e\u0301豈\n\r"
          + "\t\u000B\f\u3000\u00A0\u2002\u2007\u202F\u205F\u1680\u0085\u2028\u2029\u200B\u200C\u200D\u2060\uFEFF\u001F";

  private static String random(Random r) {
    StringBuilder sb = new StringBuilder();
    for (int j = r.nextInt(9); j > 0; j--) {
      sb.append(POOL.charAt(r.nextInt(POOL.length())));
    }
    return sb.toString();
  }

  @Test
  void compactIsEachFormerDefinitionOnTheVisibleText() {
    Random r = new Random(Long.getLong("text.seed", 20261128L));
    for (int i = 0; i < 10_000; i++) {
      String text = random(r);
      String visible = ADDED.matcher(text).replaceAll("");
      FORMER_COMPACT.forEach(
          (where, former) ->
              assertEquals(
                  former.apply(visible),
                  Text.compact(text),
                  () -> where + " on \"" + escape(text) + "\""));
      assertEquals(Text.compact(visible), Text.compact(text), () -> "\"" + escape(text) + "\"");
    }
  }

  @Test
  void theDisplayFormsAreExactlyTheFormerOnes() {
    Random r = new Random(Long.getLong("text.seed", 20261128L));
    for (int i = 0; i < 10_000; i++) {
      String text = random(r);
      // model.Indicator.displayName, rules.Levels (一级/二级 in messages), template.WeightSplit.group
      assertEquals(text.replaceAll("\\s+", ""), Text.withoutSpaces(text), () -> escape(text));
      // rules.SelfEvaluationChecker.text: a project, department or unit name on one line
      assertEquals(text.replaceAll("\\s*\\n\\s*", ""), Text.oneLine(text), () -> escape(text));
      assertEquals(nfkc(text), Text.nfkc(text), () -> escape(text));
    }
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "'项目 名称'|项目名称",
        "'项目\u3000名称'|项目名称", // ideographic space, as a full-width input method types it
        "'项目\u00A0名称'|项目名称", // no-break space, from a web page or Word
        "'年度\n指标值'|年度指标值", // Alt+Enter inside a cell
        "'年度\r\n指标值'|年度指标值",
        "'项目\u200B名称\uFEFF'|项目名称", // zero-width space and BOM: pasted, invisible
        "'项目\u2028名称'|项目名称", // line separator
        "ＡＢＣ１２３％|ABC123%",
        "'≥ 95 %'|≥95%",
        "''|''"
      })
  void compactIgnoresWhatACellDoesNotShow(String text, String expected) {
    assertEquals(expected, Text.compact(text));
  }

  @Test
  void displayFormsKeepWhatTheCellShows() {
    assertEquals("培训\u3000人次", Text.withoutSpaces("培训 \u3000人次\n"));
    assertEquals("项目\u00A0名称", Text.withoutSpaces("项目\u00A0名称"));
    assertEquals("某区 司法局", Text.oneLine("某区 司法局"));
    assertEquals("某区司法局普法科", Text.oneLine("某区司法局 \n 普法科"));
    assertEquals("", Text.compact(null));
    assertEquals("", Text.withoutSpaces(null));
  }

  private static String escape(String s) {
    StringBuilder sb = new StringBuilder();
    s.chars()
        .forEach(
            c ->
                sb.append(
                    c < 0x7F && c >= 0x20 || c >= 0x4E00 && c <= 0x9FFF
                        ? String.valueOf((char) c)
                        : String.format("\\u%04X", c)));
    return sb.toString();
  }
}
