package org.perfsheet.model;

/**
 * A figure as the form states it beside what perfsheet computed; either may be null. When the
 * computed figure is null because the form did not give enough to compute it, {@code reason} says
 * why in Chinese (无法核定的原因), for the findings sheet and the report.
 */
public record Stated(Double stated, Double computed, String reason) {

  public static final Stated NONE = new Stated(null, null);

  public Stated(Double stated, Double computed) {
    this(stated, computed, null);
  }
}
