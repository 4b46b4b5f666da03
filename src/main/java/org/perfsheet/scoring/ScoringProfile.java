package org.perfsheet.scoring;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * The settings of the scoring rules where practice differs, with the defaults of domain.md. One
 * immutable object, checked when made; {@link #load} reads overrides from a {@code .properties}
 * file.
 *
 * @param reverse           the formula for a missed reverse (≤, <) target
 * @param achievedMin       lower bound of the 达成 tier, as a share of the weight (0.8)
 * @param partlyMin         lower bound of the 部分达成 tier (0.5; some provinces 0.6)
 * @param overAchievement   actual ≥ this × target is flagged TARGET_EXCEEDED (1.2; some 1.3)
 * @param rateTolerance     stated vs computed execution rate, as a fraction (0.0001 = 0.01 pp)
 * @param scoreTolerance    stated vs computed scores, in points (0.01)
 * @param decimals          scores are rounded half-up to this many decimals (2)
 */
public record ScoringProfile(Reverse reverse, double achievedMin, double partlyMin, double overAchievement,
    double rateTolerance, double scoreTolerance, int decimals) {

  /** Reverse-indicator formulas: {@code national} W×A/B (财预〔2020〕10号, Hubei footnote); {@code linear} W×(1−(B−A)/A). */
  public enum Reverse {
    NATIONAL, LINEAR;

    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  static final Set<String> KEYS = new TreeSet<>(Set.of("reverse.formula", "tier.achieved.min", "tier.partial.min",
      "overachievement.threshold", "tolerance.rate", "tolerance.score", "decimals"));

  public ScoringProfile {
    require(reverse != null, "reverse.formula", "null", "national 或 linear");
    require(partlyMin > 0 && partlyMin < achievedMin, "tier.partial.min", partlyMin, "大于 0 且小于 tier.achieved.min");
    require(achievedMin < 1, "tier.achieved.min", achievedMin, "小于 1");
    require(overAchievement > 1, "overachievement.threshold", overAchievement, "大于 1，如 1.2");
    require(rateTolerance >= 0 && rateTolerance < 0.01, "tolerance.rate", rateTolerance, "0 到 0.01 之间的比例，如 0.0001");
    require(scoreTolerance >= 0 && scoreTolerance < 1, "tolerance.score", scoreTolerance, "0 到 1 之间的分数，如 0.01");
    require(decimals >= 0 && decimals <= 4, "decimals", decimals, "0 到 4 的整数");
  }

  public static ScoringProfile defaults() {
    return new ScoringProfile(Reverse.NATIONAL, 0.8, 0.5, 1.2, 0.0001, 0.01, 2);
  }

  /** The defaults with the settings a file overrides. Unknown keys and bad values are refused. */
  public static ScoringProfile load(Path file) throws IOException {
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(r);
    }
    for (String key : p.stringPropertyNames()) {
      if (!KEYS.contains(key)) {
        throw new IllegalArgumentException("评分配置 " + file.getFileName() + " 中的“" + key + "”不是已知设置，可用："
            + String.join(", ", KEYS) + " / unknown setting " + key + " in " + file.getFileName());
      }
    }
    ScoringProfile d = defaults();
    try {
      return new ScoringProfile(
          p.containsKey("reverse.formula") ? reverse(p.getProperty("reverse.formula")) : d.reverse,
          number(p, "tier.achieved.min", d.achievedMin), number(p, "tier.partial.min", d.partlyMin),
          number(p, "overachievement.threshold", d.overAchievement), number(p, "tolerance.rate", d.rateTolerance),
          number(p, "tolerance.score", d.scoreTolerance), (int) number(p, "decimals", d.decimals));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("评分配置 " + file.getFileName() + "：" + e.getMessage(), e);
    }
  }

  private static Reverse reverse(String v) {
    try {
      return Reverse.valueOf(v.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("reverse.formula 的值“" + v.strip() + "”无效，应为 national 或 linear"
          + " / reverse.formula must be national or linear");
    }
  }

  private static double number(Properties p, String key, double fallback) {
    String v = p.getProperty(key);
    if (v == null) {
      return fallback;
    }
    try {
      return Double.parseDouble(v.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(key + " 的值“" + v.strip() + "”不是数字 / " + key + " must be a number");
    }
  }

  private static void require(boolean ok, String key, Object value, String allowed) {
    if (!ok) {
      throw new IllegalArgumentException(key + " 的值“" + value + "”无效，应为" + allowed + " / invalid " + key + ": " + value);
    }
  }

  /** Rounds half-up to the profile's decimals. */
  public double round(double v) {
    return BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
  }

  /** The effective settings, one per line, for {@code --help} and logs. */
  public String describe() {
    return String.join("\n",
        "reverse.formula=" + reverse.code(),
        "tier.achieved.min=" + achievedMin,
        "tier.partial.min=" + partlyMin,
        "overachievement.threshold=" + overAchievement,
        "tolerance.rate=" + rateTolerance,
        "tolerance.score=" + scoreTolerance,
        "decimals=" + decimals);
  }
}
