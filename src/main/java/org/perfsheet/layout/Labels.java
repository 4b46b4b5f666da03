package org.perfsheet.layout;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Label normalisation, so that {@code 年度\n指标值}, {@code 年度(/项目)指标值}, {@code 其中：当年财政拨款} and
 * {@code 项目资金（万元）} compare equal to the template's {@code 年度指标值}, {@code 当年财政拨款} and
 * {@code 项目资金}.
 */
public final class Labels {

  private static final Pattern SPACES = Pattern.compile("[\\s\\u3000\\u00A0]+");
  private static final Pattern BRACKETED = Pattern.compile("\\([^()]*\\)");
  private static final Pattern LEADING = Pattern.compile("^(其中[:：]?|[0-9]+[.、])");
  private static final Pattern TRAILING = Pattern.compile("[:：*＊]+$");

  private Labels() {}

  /** NFKC, no white space, no bracketed parts, no 其中： prefix, no trailing colon or asterisk. */
  public static String normalize(String text) {
    if (text == null) {
      return "";
    }
    String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
    s = SPACES.matcher(s).replaceAll("");
    // Nested brackets are rare; two passes cover （（万元））-style typos.
    s = BRACKETED.matcher(s).replaceAll("");
    s = BRACKETED.matcher(s).replaceAll("");
    s = LEADING.matcher(s).replaceAll("");
    return TRAILING.matcher(s).replaceAll("");
  }

  /** Text without white space and NFKC-normalised, brackets kept: for titles and free text search. */
  public static String compact(String text) {
    if (text == null) {
      return "";
    }
    return SPACES.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC)).replaceAll("");
  }
}
