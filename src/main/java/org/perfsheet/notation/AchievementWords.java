package org.perfsheet.notation;

import java.util.List;

/**
 * The word lists behind {@link Achievement}, for code that must judge words the same way outside
 * Java: the generated monitoring template writes them into its light formulas. The order of the
 * tests is that of {@code Words.achievement}: 无/否, late, not achieved (prefix, or 未完成/未达 anywhere),
 * partly (prefix), achieved (anywhere).
 */
public final class AchievementWords {

  private AchievementWords() {}

  public static List<String> late() {
    return Words.LATE;
  }

  /** Not achieved when the actual starts with one of these. */
  public static List<String> notPrefixes() {
    return Words.NOT;
  }

  /** Partly achieved when the actual starts with one of these. */
  public static List<String> partlyPrefixes() {
    return Words.PARTLY;
  }

  public static List<String> achieved() {
    return Words.ACHIEVED;
  }
}
