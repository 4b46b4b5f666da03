package org.perfsheet.workbook;

/**
 * What the streamed reader cannot answer exactly as POI would (an encrypted or Strict workbook, a
 * formula without a stored result, a shared formula's text…): the workbook is read with POI
 * instead, never with a guess; and what the streamed write cannot write exactly as POI would (a
 * sheet with comments, a resubmission): POI writes it.
 */
public final class Unstreamable extends RuntimeException {

  public Unstreamable(String why) {
    super(why, null, false, false);
  }

  public Unstreamable(String why, Throwable cause) {
    super(why + ": " + cause, cause, false, false);
  }
}
