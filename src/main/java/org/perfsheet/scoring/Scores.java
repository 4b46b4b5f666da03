package org.perfsheet.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * How numbers read in messages: scores {@code 2.61}, {@code 5}; money {@code 14,753,068.90}; rates
 * {@code 95.98%}.
 */
public final class Scores {

  private Scores() {}

  /** Up to two decimals, no trailing zeros: 2.61, 5, 9.6, 290000. */
  public static String show(double v) {
    return BigDecimal.valueOf(v)
        .setScale(2, RoundingMode.HALF_UP)
        .stripTrailingZeros()
        .toPlainString();
  }

  public static String money(double v) {
    DecimalFormat f = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
    f.setRoundingMode(RoundingMode.HALF_UP);
    return f.format(v);
  }

  public static String percent(double fraction) {
    return BigDecimal.valueOf(fraction * 100).setScale(2, RoundingMode.HALF_UP).toPlainString()
        + "%";
  }

  /** The grade of a total (财预〔2020〕10号): 优 ≥ 90, 良 80–<90, 中 60–<80, 差 < 60. */
  public static String grade(double total) {
    return total >= 90 ? "优" : total >= 80 ? "良" : total >= 60 ? "中" : "差";
  }
}
