package org.perfsheet.samples.foreign;

import java.util.List;

/**
 * One printed indicator row. {@code name == null} is a row the form prints with nothing in it (an
 * 二级 with no indicator under it, a {@code 指标2：} placeholder). Numbers are written as numbers, text
 * as text, so a row can hold {@code 50} or {@code 达成预期指标} as its actual.
 */
record Ind(
    String level1,
    String level2,
    String name,
    String target,
    Object actual,
    Double weight,
    Double score,
    String why) {

  static Ind of(
      String l1,
      String l2,
      String name,
      String target,
      Object actual,
      double weight,
      double score) {
    return new Ind(l1, l2, name, target, actual, weight, score, "");
  }

  static Ind explained(
      String l1,
      String l2,
      String name,
      String target,
      Object actual,
      double weight,
      double score,
      String why) {
    return new Ind(l1, l2, name, target, actual, weight, score, why);
  }

  /** A printed row with only its levels (or a placeholder such as {@code 指标2：} as its name). */
  static Ind empty(String l1, String l2, String placeholder) {
    return new Ind(l1, l2, placeholder, null, null, null, null, "");
  }

  /** Last index of the run of rows sharing row {@code i}'s 一级 (level 1) or 一级 and 二级 (level 2). */
  static int runEnd(List<Ind> rows, int i, int level) {
    int end = i;
    while (end + 1 < rows.size() && same(rows.get(end + 1), rows.get(i), level)) {
      end++;
    }
    return end;
  }

  static boolean startsRun(List<Ind> rows, int i, int level) {
    return i == 0 || !same(rows.get(i - 1), rows.get(i), level);
  }

  private static boolean same(Ind a, Ind b, int level) {
    return a.level1().equals(b.level1()) && (level == 1 || a.level2().equals(b.level2()));
  }
}
