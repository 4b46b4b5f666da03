package org.perfsheet.layout;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.perfsheet.text.Text;

/**
 * Label normalisation, so that {@code 年度\n指标值}, {@code 年度(/项目)指标值}, {@code 其中：当年财政拨款} and {@code
 * 项目资金（万元）} compare equal to the template's {@code 年度指标值}, {@code 当年财政拨款} and {@code 项目资金}.
 */
public final class Labels {

  private static final Pattern BRACKETED = Pattern.compile("\\([^()]*\\)");
  private static final Pattern LEADING = Pattern.compile("^(其中[:：]?|[0-9]+[.、])");
  private static final Pattern TRAILING = Pattern.compile("[:：*＊]+$");

  private Labels() {}

  /** {@link Text#compact}, no bracketed parts, no 其中： prefix, no trailing colon or asterisk. */
  public static String normalize(String text) {
    if (text == null) {
      return "";
    }
    if (plain(text) && !text.isEmpty() && !startsLikePrefix(text) && !endsLikeSuffix(text)) {
      return text; // most labels: nothing to normalise, and no regex or Normalizer pass to pay for
    }
    return cached(NORMALIZED, text, Labels::normalizeFully);
  }

  // Every form of a kind repeats the same labels, workbook after workbook: short texts are
  // normalised once per process. Bounded by size, not by age: labels repeat, values mostly do not.
  private static final int CACHED_LENGTH = 40;
  private static final int CACHE_LIMIT = 50_000;
  private static final Map<String, String> NORMALIZED = new ConcurrentHashMap<>();
  private static final Map<String, String> COMPACTED = new ConcurrentHashMap<>();

  private static String cached(Map<String, String> cache, String text, UnaryOperator<String> work) {
    if (text.length() > CACHED_LENGTH) {
      return work.apply(text);
    }
    String done = cache.get(text);
    if (done == null) {
      done = work.apply(text);
      if (cache.size() < CACHE_LIMIT) {
        cache.put(text, done);
      }
    }
    return done;
  }

  /**
   * {@link #normalize} without the shortcut and the cache (LabelsTest holds the plain definition it
   * must match).
   */
  static String normalizeFully(String text) {
    String s = Text.compact(text);
    if (s.indexOf('(') >= 0) {
      // Nested brackets are rare; two passes cover （（万元））-style typos.
      s = BRACKETED.matcher(s).replaceAll("");
      s = BRACKETED.matcher(s).replaceAll("");
    }
    if (!s.isEmpty() && startsLikePrefix(s)) {
      s = LEADING.matcher(s).replaceAll("");
    }
    if (!s.isEmpty() && ":：*＊".indexOf(s.charAt(s.length() - 1)) >= 0) {
      s = TRAILING.matcher(s).replaceAll("");
    }
    return s;
  }

  /** {@link Text#compact}, brackets kept: for titles and free text search. */
  public static String compact(String text) {
    if (text == null) {
      return "";
    }
    return plain(text) ? text : cached(COMPACTED, text, Labels::compactFully);
  }

  /** {@link #compact} without the shortcut and the cache. */
  static String compactFully(String text) {
    return Text.compact(text);
  }

  /**
   * True when NFKC leaves the text as it is and it holds no white space or bracket: printable ASCII
   * other than brackets, and CJK unified ideographs (which have no compatibility forms). Full-width
   * letters, punctuation and brackets are not plain.
   */
  static boolean plain(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean ascii = c > ' ' && c < 0x7F && c != '(' && c != ')';
      if (!ascii && (c < 0x4E00 || c > 0x9FFF)) {
        return false;
      }
    }
    return true;
  }

  /** Could {@code LEADING} match: 其中…, or a digit (1. 2、 numbering). */
  private static boolean startsLikePrefix(String text) {
    char c = text.charAt(0);
    return c == '其' || (c >= '0' && c <= '9');
  }

  /**
   * Could {@code TRAILING} match: an ASCII colon or asterisk (the full-width ones are not plain).
   */
  private static boolean endsLikeSuffix(String text) {
    char c = text.charAt(text.length() - 1);
    return c == ':' || c == '*';
  }
}
