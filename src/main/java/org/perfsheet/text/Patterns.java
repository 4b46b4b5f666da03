package org.perfsheet.text;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Regular expressions made once per process: the streamed write edits a few parts of every workbook
 * with the same handful, and compiling them each time showed in its profile.
 */
public final class Patterns {

  private static final Map<String, Pattern> MADE = new ConcurrentHashMap<>();

  private Patterns() {}

  public static Pattern of(String regex) {
    return MADE.computeIfAbsent(regex, Pattern::compile);
  }
}
