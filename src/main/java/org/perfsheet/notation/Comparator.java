package org.perfsheet.notation;

/**
 * The comparators of target notation, after NFKC: {@code ≥} and {@code >=} are both {@link #GE}.
 */
public enum Comparator {
  GE("≥"),
  GT(">"),
  LE("≤"),
  LT("<"),
  EQ("=");

  private final String symbol;

  Comparator(String symbol) {
    this.symbol = symbol;
  }

  /** How messages write it. */
  public String symbol() {
    return symbol;
  }

  /**
   * Reverse indicators (less is better): ≤ and <. The others (≥, >, =) are not; = 0 is a zero
   * target.
   */
  public boolean isReverse() {
    return this == LE || this == LT;
  }
}
