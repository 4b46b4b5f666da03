package org.perfsheet.text;

import java.text.Normalizer;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;

/**
 * White space in cells, defined once. Cells hold ASCII spaces, tabs and line breaks (Alt+Enter),
 * no-break spaces (U+00A0) and ideographic spaces (U+3000) from pasted text, full-width letters and
 * digits, and now and then an invisible character (zero-width space, BOM). To compare a label, key
 * or value ({@link #compact}) all of these are ignored; a name shown in a message ({@link
 * #withoutSpaces}) loses only ASCII white space and keeps what the cell shows.
 */
public final class Text {

  private static final Pattern ASCII_SPACES = Pattern.compile("\\s+");
  private static final Pattern LINE_BREAKS = Pattern.compile("\\s*\\n\\s*");

  private Text() {}

  /**
   * NFKC, without white space, line breaks and invisible characters: {@code 项目　名称 }, {@code 项目\n名称}
   * and {@code ＡＢＣ} compare as {@code 项目名称} and {@code ABC}. NFKC turns the no-break, ideographic
   * and other Unicode spaces into ASCII spaces, which then go; invisible characters go first, as if
   * never typed. Null is "".
   */
  public static String compact(String text) {
    return text == null ? "" : without(nfkc(without(text, Text::invisible)), Text::asciiSpace);
  }

  /** ASCII white space, {@code [ \t\n\x0B\f\r]}: all that NFKC leaves of any space. */
  static boolean asciiSpace(int c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
  }

  /**
   * Line breaks that are not ASCII (next line, line and paragraph separators) and characters that
   * show nothing (zero-width space, non-joiner and joiner, word joiner, BOM): NFKC keeps them all.
   */
  static boolean invisible(int c) {
    return c == 0x85
        || c == 0x2028
        || c == 0x2029
        || (c >= 0x200B && c <= 0x200D)
        || c == 0x2060
        || c == 0xFEFF;
  }

  private static String without(String s, IntPredicate drop) {
    for (int i = 0; i < s.length(); i++) {
      if (drop.test(s.charAt(i))) {
        StringBuilder kept = new StringBuilder(s.length()).append(s, 0, i);
        for (int j = i + 1; j < s.length(); j++) {
          if (!drop.test(s.charAt(j))) {
            kept.append(s.charAt(j));
          }
        }
        return kept.toString();
      }
    }
    return s;
  }

  /**
   * Without ASCII white space (spaces, tabs, line breaks), otherwise as written: a name for a
   * message.
   */
  public static String withoutSpaces(String text) {
    return text == null ? "" : ASCII_SPACES.matcher(text).replaceAll("");
  }

  /** On one line: each line break goes with the white space around it, other spaces stay. */
  public static String oneLine(String text) {
    return LINE_BREAKS.matcher(text).replaceAll("");
  }

  /**
   * NFKC, skipped for text it would leave as it is (most Chinese text: ideographs, 。、“” and ASCII).
   */
  public static String nfkc(String text) {
    return nfkcStable(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFKC);
  }

  /**
   * Characters NFKC maps to themselves in any context: ASCII, CJK unified ideographs, and the
   * Chinese punctuation that has no compatibility form. Full-width letters, digits and brackets
   * (（）：％), the ideographic space and … are not among them.
   */
  static boolean nfkcStable(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean stable =
          (c >= 0x20 && c < 0x7F)
              || c == '\n'
              || c == '\t'
              || c == '\r'
              || (c >= 0x4E00 && c <= 0x9FFF)
              || (c >= 0x3001 && c <= 0x3003)
              || (c >= 0x3008 && c <= 0x3011)
              || (c >= 0x2018 && c <= 0x201D)
              || c == 0x2014
              || c == 0x2264
              || c == 0x2265;
      if (!stable) {
        return false;
      }
    }
    return true;
  }
}
