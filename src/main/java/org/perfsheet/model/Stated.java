package org.perfsheet.model;

/** A figure as the form states it beside what perfsheet computed; either may be null. */
public record Stated(Double stated, Double computed) {

  public static final Stated NONE = new Stated(null, null);
}
