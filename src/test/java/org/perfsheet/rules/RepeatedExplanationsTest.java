package org.perfsheet.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.perfsheet.rules.Cells.text;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.perfsheet.model.Indicator;
import org.perfsheet.scoring.ScoringProfile;

/**
 * One 偏差原因分析 pasted on three or more rows of a self-evaluation that needed one (domain.md §8): a
 * warning on the first, naming the rows. The same text on rows that met their targets with full
 * points explains no deviation and is not counted.
 */
class RepeatedExplanationsTest {

  private static final ScoringProfile P = ScoringProfile.defaults();

  private static final String PASTED = "受疫情影响，部分工作未能按计划开展，下一步将加强统筹。";

  /** A row on {@code row}: target ≥100次, this actual and score of 10 points, this explanation. */
  private static Indicator row(int row, String actual, String score, String explanation) {
    Indicator i = Cells.indicator(row, "产出指标", "数量指标", "培训次数" + row, "≥100次", actual, "10", score);
    return new Indicator(
        i.level1(),
        i.level2(),
        i.name(),
        i.target(),
        i.actual(),
        i.weight(),
        i.score(),
        text("H" + row, explanation));
  }

  private static List<String> check(Indicator... rows) {
    Findings out = new Findings();
    List<IndicatorRules.Result> results = new ArrayList<>();
    for (Indicator i : rows) {
      results.add(IndicatorRules.check(i, P, new Findings()));
    }
    RepeatedReasons.explanations(results, P, out);
    return out.list.stream().map(f -> f.code() + "@" + f.cell().a1() + " " + f.message()).toList();
  }

  @Test
  void theSameReasonOnThreeMissedRowsIsOneWarning() {
    List<String> found =
        check(
            row(10, "80次", "8", PASTED), row(11, "70次", "7", PASTED), row(12, "60次", "6", PASTED));
    assertEquals(
        List.of(
            "CAUSE_REPEATED@H10 第 10、11、12 行共 3 个指标的原因说明相同或几乎相同（“"
                + PASTED
                + "”）。请针对每个指标分别分析其偏差原因，并写明改进措施。"),
        found);
  }

  @Test
  void twoRowsOrRowsThatMetTheirTargetsAreNoFinding() {
    assertEquals(List.of(), check(row(10, "80次", "8", PASTED), row(11, "70次", "7", PASTED)));
    assertEquals(
        List.of(),
        check(
            row(10, "100次", "10", "已完成"),
            row(11, "120次", "10", "已完成"),
            row(12, "100次", "10", "已完成")));
    // Two missed rows and one met row with the same text: two rows needed it, no finding.
    assertEquals(
        List.of(),
        check(
            row(10, "80次", "8", PASTED),
            row(11, "70次", "7", PASTED),
            row(12, "100次", "10", PASTED)));
    // A text that says nothing (无) is the missing explanation's finding, not a pasted one.
    assertEquals(
        List.of(),
        check(row(10, "80次", "8", "无"), row(11, "70次", "7", "无"), row(12, "60次", "6", "无")));
  }

  @Test
  void aRowScoredBelowItsWeightNeedsItsOwnReasonToo() {
    List<String> found =
        check(
            row(10, "100次", "9", PASTED),
            row(11, "100次", "8", PASTED),
            row(12, "80次", "8", PASTED));
    assertEquals(1, found.size(), found.toString());
    assertTrue(found.get(0).startsWith("CAUSE_REPEATED@H10 第 10、11、12 行"), found.get(0));
  }
}
