package org.perfsheet.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.perfsheet.notation.Notation;

class IndicatorScorerTest {

  static String score(String target, String actual, double w, ScoringProfile p) {
    Outcome o = IndicatorScorer.score(Notation.parse(target), Notation.parse(actual), w, p);
    return switch (o.kind()) {
      case QUANTITATIVE ->
          (o.met() ? "met " : "missed ")
              + Scores.show(o.rule())
              + (o.formula() == null ? "" : " (" + o.formula() + ")")
              + (o.exceeded() ? " exceeded" : "");
      case QUALITATIVE -> o.tier() + " " + Scores.show(o.lower()) + "-" + Scores.show(o.upper());
      case UNJUDGED -> "unjudged " + o.why();
    };
  }

  @ParameterizedTest(name = "{0} / {1} / W={2} → {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "=7000|3655|5|missed 2.61 (3655 ÷ 7000 × 5)",
        "520场|420场|4|missed 3.23 (420 ÷ 520 × 4)",
        ">=95%|99.83%|4|met 4",
        ">=29万|>29万|4|met 4",
        ">29万|>29万|4|met 4",
        ">29万|29万|4|missed 4 (29万 ÷ 29万 × 4)",
        ">=5%|8%|4|met 4 exceeded",
        ">=5%|5.9%|4|met 4",
        "＜2%|0|1|met 1",
        "<=2%|4%|2|missed 1 (2 ÷ 4 × 2)",
        "=0|0|3|met 3",
        "=0次|1次|3|missed 0 (目标为 0，实际 1，得 0 分)",
        "≤0%|-8.5%|2|met 2",
        "<=0|3|2|missed 0 (目标为 0，实际 3，得 0 分)",
        "=0%|-8.5%|2|missed 0 (目标为 0，实际 -8.5，得 0 分)",
        "=100%|0|3|missed 0 (0 ÷ 100 × 3)",
        ">=90分|=100份|4|unjudged UNIT_MISMATCH",
        "及时|及时|3|ACHIEVED 2.4-3",
        "提升|加大|5|ACHIEVED 4-5",
        "3-10月|11月|5|PARTLY 2.5-4",
        "3-10月|9月|5|ACHIEVED 4-5",
        "及时|未进行|5|NOT_ACHIEVED 0-2.5",
        ">=80%|部分达成|5|PARTLY 2.5-4",
        "全市排名前列|全市第三|2|unjudged NOT_COMPARABLE",
        "*|98%|3|unjudged TARGET_UNREADABLE",
        "90%-95%|92%|4|met 4",
        "90%-95%|45%|4|missed 2 (45 ÷ 90 × 4)",
        "90%-95%|0.9|4|met 4",
        "90%-95%|0.45|4|missed 2 (45 ÷ 90 × 4)",
        ">=90%|0.9|4|met 4",
        "提高|显著提高|5|ACHIEVED 4-5",
        "提高|未提高|5|NOT_ACHIEVED 0-2.5",
        "按时|未按时|5|NOT_ACHIEVED 0-2.5",
        "提升|没有提升|5|NOT_ACHIEVED 0-2.5",
        "无|无|5|ACHIEVED 4-5"
      })
  void officialRules(String target, String actual, double w, String expected) {
    assertEquals(expected, score(target, actual, w, ScoringProfile.defaults()));
  }

  @Test
  void linearReverseAndProvincialTiersAreProfileSettings() {
    ScoringProfile linear =
        new ScoringProfile(ScoringProfile.Reverse.LINEAR, 0.8, 0.6, 1.3, 0.0001, 0.01, 2);
    assertEquals("missed 1.5 (2 × (1 − (2.5 − 2) ÷ 2))", score("<=2%", "2.5%", 2, linear));
    assertEquals(
        "missed 0 (2 × (1 − (5 − 2) ÷ 2))", score("<=2%", "5%", 2, linear), "0 from B ≥ 2A");
    assertEquals("PARTLY 3-4", score("3-10月", "11月", 5, linear));
    assertEquals(
        "met 4", score(">=5%", "6.4%", 4, linear), "1.28 × target is below a 1.3 threshold");
  }

  @Test
  void aProfileFileOverridesDefaultsAndRefusesMistakes(@TempDir Path dir) throws IOException {
    Path ok = dir.resolve("hubei.properties");
    Files.writeString(ok, "reverse.formula=linear\ntier.partial.min=0.6\n");
    ScoringProfile p = ScoringProfile.load(ok);
    assertEquals(ScoringProfile.Reverse.LINEAR, p.reverse());
    assertEquals(0.6, p.partlyMin());
    assertEquals(1.2, p.overAchievement(), "unset keys keep the defaults");

    Path typo = dir.resolve("typo.properties");
    Files.writeString(typo, "tier.partial=0.6\n");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ScoringProfile.load(typo));
    assertEquals(
        "评分配置 typo.properties 中的“tier.partial”不是已知设置，可用：decimals, monitoring.blue,"
            + " monitoring.blue.from, monitoring.percent.prorated, monitoring.red.below,"
            + " monitoring.yellow.below, overachievement.threshold, reverse.formula,"
            + " tier.achieved.min, tier.partial.min, tolerance.rate, tolerance.score / unknown"
            + " setting tier.partial in typo.properties",
        e.getMessage());

    Path bad = dir.resolve("bad.properties");
    Files.writeString(bad, "tier.partial.min=0.9\n");
    e = assertThrows(IllegalArgumentException.class, () -> ScoringProfile.load(bad));
    assertEquals(
        "评分配置 bad.properties：tier.partial.min 的值“0.9”无效，应为大于 0 且小于 tier.achieved.min"
            + " / invalid tier.partial.min: 0.9",
        e.getMessage());
  }

  @Test
  void theShippedExampleProfileIsTheDefaults() throws Exception {
    Path example = Path.of("src/main/resources/org/perfsheet/scoring/profile-example.properties");
    assertEquals(ScoringProfile.defaults(), ScoringProfile.load(example));
  }
}
