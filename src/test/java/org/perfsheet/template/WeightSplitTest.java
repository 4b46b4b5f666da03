package org.perfsheet.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class WeightSplitTest {

  @Test
  void seedProjectSplitsAsTheRuleSays() {
    // 司法调解 (seed 003): 3 产出, 2 效益, 1 满意度 → 50/3, 30/2, 10/1.
    List<Double> w =
        WeightSplit.split(List.of("产出指标", "产出指标", "产出指标", "效益指标", "效益指标", "满意度指标"), 90);
    assertEquals(List.of(16.67, 16.67, 16.66, 15.0, 15.0, 10.0), w);
  }

  @Test
  void aMissingLevelGivesItsShareToTheOthersInProportion() {
    // no 满意度: 90 × 50/80 = 56.25 for 产出, 33.75 for 效益.
    assertEquals(List.of(56.25, 33.75), WeightSplit.split(List.of("产出指标", "效益指标"), 90));
  }

  @Test
  void costAsLevelOneSharesTheOutputPoints() {
    assertEquals(
        List.of(25.0, 25.0, 30.0, 10.0),
        WeightSplit.split(List.of("产出指标", "成本指标", "效益指标", "满意度指标"), 90));
  }

  @Test
  void anySplitAddsToExactlyNinetyAndIsEvenWithinALevel() {
    Random random = new Random(20261124);
    String[] levels = {"产出指标", "效益指标", "满意度指标", "成本指标", null, "  效益 "};
    for (int run = 0; run < 2000; run++) {
      int n = 1 + random.nextInt(45);
      List<String> l1 = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        l1.add(levels[random.nextInt(levels.length)]);
      }
      List<Double> w = WeightSplit.split(l1, 90);
      long hundredths = w.stream().mapToLong(x -> Math.round(x * 100)).sum();
      assertEquals(9000, hundredths, "run " + run + ": " + l1 + " → " + w);
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          if (WeightSplit.group(l1.get(i)).equals(WeightSplit.group(l1.get(j)))) {
            assertTrue(
                Math.abs(w.get(i) - w.get(j)) <= 0.011,
                "run " + run + ": uneven within a level " + w);
          }
        }
      }
    }
  }
}
