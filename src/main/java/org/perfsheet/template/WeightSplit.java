package org.perfsheet.template;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.perfsheet.text.Text;

/**
 * The default split of the 90 indicator points (docs/domain.md §4.5): 产出 50, 效益 30, 满意度 10, shared
 * evenly within each 一级, in hundredths, with the largest-remainder method so the weights add to
 * exactly 90. A 一级 the project does not have gives its share to the others in proportion; 成本 as a
 * 一级 (since 2021) shares the 产出 points, where it sat before.
 */
final class WeightSplit {

  private static final Map<String, Integer> SHARES = new LinkedHashMap<>();

  static {
    SHARES.put("产出", 50);
    SHARES.put("效益", 30);
    SHARES.put("满意度", 10);
  }

  private WeightSplit() {}

  /** One weight per indicator, in order, from each indicator's 一级 (null or unknown → 产出). */
  static List<Double> split(List<String> level1, int total) {
    List<String> groups = level1.stream().map(WeightSplit::group).toList();
    Map<String, Integer> counts = new LinkedHashMap<>();
    groups.forEach(g -> counts.merge(g, 1, Integer::sum));
    int present = counts.keySet().stream().mapToInt(SHARES::get).sum();
    long hundredths = total * 100L;
    double[] exact = new double[groups.size()];
    for (int i = 0; i < groups.size(); i++) {
      String g = groups.get(i);
      exact[i] = (double) hundredths * SHARES.get(g) / present / counts.get(g);
    }
    long[] floor = new long[exact.length];
    long used = 0;
    for (int i = 0; i < exact.length; i++) {
      floor[i] = (long) Math.floor(exact[i] + 1e-9);
      used += floor[i];
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < exact.length; i++) {
      order.add(i);
    }
    order.sort(
        Comparator.<Integer>comparingDouble(i -> -(exact[i] - floor[i])).thenComparing(i -> i));
    for (int k = 0; k < hundredths - used; k++) {
      floor[order.get(k % order.size())]++;
    }
    List<Double> out = new ArrayList<>();
    for (long f : floor) {
      out.add(f / 100.0);
    }
    return out;
  }

  static String group(String level1) {
    String l = level1 == null ? "" : Text.withoutSpaces(level1);
    if (l.startsWith("效益")) {
      return "效益";
    }
    if (l.startsWith("满意")) {
      return "满意度";
    }
    return "产出";
  }
}
