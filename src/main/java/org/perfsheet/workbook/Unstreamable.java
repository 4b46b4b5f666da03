package org.perfsheet.workbook;

/**
 * What the streamed reader cannot answer exactly as POI would (an encrypted or Strict workbook, a
 * formula without a stored result, a shared formula's text…): the workbook is read with POI
 * instead, never with a guess.
 */
final class Unstreamable extends RuntimeException {

  Unstreamable(String why) {
    super(why, null, false, false);
  }

  Unstreamable(String why, Throwable cause) {
    super(why + ": " + cause, cause, false, false);
  }
}
