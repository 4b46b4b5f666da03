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
 * The settings of the scoring rules where practice differs, with the defaults of docs/domain.md
 * §10. One immutable object, checked when made; {@link #load} reads overrides from a {@code
 * .properties} file.
 *
 * @param reverse the formula for a missed reverse (≤, <) target
 * @param achievedMin lower bound of the 达成 tier, as a share of the weight (0.8)
 * @param partlyMin lower bound of the 部分达成 tier (0.5; some provinces 0.6)
 * @param overAchievement actual ≥ this × target is flagged TARGET_EXCEEDED (1.2; some 1.3)
 * @param rateTolerance stated vs computed execution rate, as a fraction (0.0001 = 0.01 pp)
 * @param scoreTolerance stated vs computed scores, in points (0.01)
 * @param decimals scores are rounded half-up to this many decimals (2)
 * @param monitoring the warning lights of mid-year monitoring forms
 */
public record ScoringProfile(
    Reverse reverse,
    double achievedMin,
    double partlyMin,
    double overAchievement,
    double rateTolerance,
    double scoreTolerance,
    int decimals,
    Monitoring monitoring) {

  /**
   * The light thresholds of docs/domain.md §7, on the progress value v (100 = on schedule): red
   * below {@code red}, yellow below {@code yellow}, green below {@code blue}, blue from it.
   *
   * @param blueOn the blue rule: far ahead of schedule is blue (over-achievement); off, it is green
   * @param proratePercent whether a percentage target (≥95%) is prorated by month like a count; off
   *     (the default), a rate is a level, compared with the target as it is
   */
  public record Monitoring(
      double red, double yellow, double blue, boolean blueOn, boolean proratePercent) {

    public static Monitoring defaults() {
      return new Monitoring(60, 80, 120, true, false);
    }

    public Monitoring {
      require(red > 0, "monitoring.red.below", red, "大于 0，如 60");
      require(yellow > red, "monitoring.yellow.below", yellow, "大于 monitoring.red.below，如 80");
      require(
          blue > yellow && blue >= 100,
          "monitoring.blue.from",
          blue,
          "不小于 100 且大于 monitoring.yellow.below，如 120");
    }
  }

  /** The settings of project forms, with the default monitoring lights. */
  public ScoringProfile(
      Reverse reverse,
      double achievedMin,
      double partlyMin,
      double overAchievement,
      double rateTolerance,
      double scoreTolerance,
      int decimals) {
    this(
        reverse,
        achievedMin,
        partlyMin,
        overAchievement,
        rateTolerance,
        scoreTolerance,
        decimals,
        Monitoring.defaults());
  }

  /**
   * Reverse-indicator formulas: {@code national} W×A/B (财预〔2020〕10号, Hubei footnote); {@code
   * linear} W×(1−(B−A)/A).
   */
  public enum Reverse {
    NATIONAL,
    LINEAR;

    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  static final Set<String> KEYS =
      new TreeSet<>(
          Set.of(
              "reverse.formula",
              "tier.achieved.min",
              "tier.partial.min",
              "overachievement.threshold",
              "tolerance.rate",
              "tolerance.score",
              "decimals",
              "monitoring.red.below",
              "monitoring.yellow.below",
              "monitoring.blue.from",
              "monitoring.blue",
              "monitoring.percent.prorated"));

  public ScoringProfile {
    require(reverse != null, "reverse.formula", "null", "national 或 linear");
    require(
        partlyMin > 0 && partlyMin < achievedMin,
        "tier.partial.min",
        partlyMin,
        "大于 0 且小于 tier.achieved.min");
    require(achievedMin < 1, "tier.achieved.min", achievedMin, "小于 1");
    require(overAchievement > 1, "overachievement.threshold", overAchievement, "大于 1，如 1.2");
    require(
        rateTolerance >= 0 && rateTolerance < 0.01,
        "tolerance.rate",
        rateTolerance,
        "0 到 0.01 之间的比例，如 0.0001");
    require(
        scoreTolerance >= 0 && scoreTolerance < 1,
        "tolerance.score",
        scoreTolerance,
        "0 到 1 之间的分数，如 0.01");
    require(decimals >= 0 && decimals <= 4, "decimals", decimals, "0 到 4 的整数");
    require(monitoring != null, "monitoring", "null", "监控预警设置");
  }

  public static ScoringProfile defaults() {
    return new ScoringProfile(
        Reverse.NATIONAL, 0.8, 0.5, 1.2, 0.0001, 0.01, 2, Monitoring.defaults());
  }

  /** The defaults with the settings a file overrides. Unknown keys and bad values are refused. */
  public static ScoringProfile load(Path file) throws IOException {
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(r);
    }
    for (String key : p.stringPropertyNames()) {
      if (!KEYS.contains(key)) {
        throw new IllegalArgumentException(
            "评分配置 "
                + file.getFileName()
                + " 中的“"
                + key
                + "”不是已知设置，可用："
                + String.join(", ", KEYS)
                + " / unknown setting "
                + key
                + " in "
                + file.getFileName());
      }
    }
    ScoringProfile d = defaults();
    try {
      return new ScoringProfile(
          p.containsKey("reverse.formula") ? reverse(p.getProperty("reverse.formula")) : d.reverse,
          number(p, "tier.achieved.min", d.achievedMin),
          number(p, "tier.partial.min", d.partlyMin),
          number(p, "overachievement.threshold", d.overAchievement),
          number(p, "tolerance.rate", d.rateTolerance),
          number(p, "tolerance.score", d.scoreTolerance),
          (int) number(p, "decimals", d.decimals),
          new Monitoring(
              number(p, "monitoring.red.below", d.monitoring.red()),
              number(p, "monitoring.yellow.below", d.monitoring.yellow()),
              number(p, "monitoring.blue.from", d.monitoring.blue()),
              flag(p, "monitoring.blue", d.monitoring.blueOn()),
              flag(p, "monitoring.percent.prorated", d.monitoring.proratePercent())));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("评分配置 " + file.getFileName() + "：" + e.getMessage(), e);
    }
  }

  private static Reverse reverse(String v) {
    try {
      return Reverse.valueOf(v.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "reverse.formula 的值“"
              + v.strip()
              + "”无效，应为 national 或 linear"
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
      throw new IllegalArgumentException(
          key + " 的值“" + v.strip() + "”不是数字 / " + key + " must be a number");
    }
  }

  private static boolean flag(Properties p, String key, boolean fallback) {
    String v = p.getProperty(key);
    if (v == null) {
      return fallback;
    }
    return switch (v.strip().toLowerCase(Locale.ROOT)) {
      case "true", "on", "yes", "是" -> true;
      case "false", "off", "no", "否" -> false;
      default ->
          throw new IllegalArgumentException(
              key + " 的值“" + v.strip() + "”无效，应为 on 或 off / " + key + " must be on or off");
    };
  }

  private static void require(boolean ok, String key, Object value, String allowed) {
    if (!ok) {
      throw new IllegalArgumentException(
          key + " 的值“" + value + "”无效，应为" + allowed + " / invalid " + key + ": " + value);
    }
  }

  /** Rounds half-up to the profile's decimals. */
  public double round(double v) {
    return BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
  }

  /** The effective settings, one per line, for {@code --help} and logs. */
  public String describe() {
    return String.join(
        "\n",
        "reverse.formula=" + reverse.code(),
        "tier.achieved.min=" + achievedMin,
        "tier.partial.min=" + partlyMin,
        "overachievement.threshold=" + overAchievement,
        "tolerance.rate=" + rateTolerance,
        "tolerance.score=" + scoreTolerance,
        "decimals=" + decimals,
        "monitoring.red.below=" + monitoring.red(),
        "monitoring.yellow.below=" + monitoring.yellow(),
        "monitoring.blue.from=" + monitoring.blue(),
        "monitoring.blue=" + (monitoring.blueOn() ? "on" : "off"),
        "monitoring.percent.prorated=" + (monitoring.proratePercent() ? "on" : "off"));
  }
}
