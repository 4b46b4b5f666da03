package org.perfsheet.notation;

/** The comparators of target notation, after NFKC: {@code ≥} and {@code >=} are both {@link #GE}. */
public enum Comparator {
  GE("≥"), GT(">"), LE("≤"), LT("<"), EQ("=");

  private final String symbol;

  Comparator(String symbol) {
    this.symbol = symbol;
  }

  /** How messages write it. */
  public String symbol() {
    return symbol;
  }

  /** Positive indicators (more is better): ≥, > and = with a target above 0. */
  public boolean isReverse() {
    return this == LE || this == LT;
  }
}
