package org.perfsheet.model;

import java.text.Normalizer;
import java.util.regex.Pattern;

/** The unit a form states for its amounts, in its funds label (项目资金（元） or （万元）). */
public enum MoneyUnit {
  YUAN("元", 1),
  TEN_THOUSAND_YUAN("万元", 10_000);

  private final String label;
  private final double yuan;

  MoneyUnit(String label, double yuan) {
    this.label = label;
    this.yuan = yuan;
  }

  public String label() {
    return label;
  }

  public double toYuan(double amount) {
    return amount * yuan;
  }

  /**
   * Reads the unit from a label such as {@code 项目资金（万元）}, or from an amount written with it ({@code
   * 250万}); 元 when none is written.
   */
  public static MoneyUnit fromLabel(String label) {
    String l = label == null ? "" : Normalizer.normalize(label, Normalizer.Form.NFKC);
    return l.contains("万元") || WAN_AMOUNT.matcher(l).find() ? TEN_THOUSAND_YUAN : YUAN;
  }

  private static final Pattern WAN_AMOUNT = Pattern.compile("^[0-9][0-9,]*(\\.[0-9]+)?万");
}
