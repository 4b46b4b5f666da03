package org.perfsheet.annotate;

import java.util.regex.Pattern;

/**
 * Text as the submitter reads it. Findings' messages are written for every output; where they name
 * the program ("perfsheet 已按规则计算填入"), the submitter's copy says what was done, not who did it: the
 * reviewer is named once, as the comments' author and on the findings sheet.
 */
public final class Wording {

  private static final Pattern PROGRAM = Pattern.compile("(由\\s*)?perfsheet\\s*");

  private Wording() {}

  public static String forSubmitter(String message) {
    return message == null ? null : PROGRAM.matcher(message).replaceAll("");
  }
}
