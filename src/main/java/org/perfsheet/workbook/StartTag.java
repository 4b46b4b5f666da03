package org.perfsheet.workbook;

import java.util.regex.Matcher;
import org.perfsheet.text.Patterns;

/**
 * An XML start tag as the streamed write edits it, as text: an attribute read, set or removed,
 * every other byte kept. Exact because a well-formed attribute value holds no quote of its kind.
 */
public final class StartTag {

  private StartTag() {}

  /** The attribute's value, or null when the tag has none. */
  public static String get(String tag, String name) {
    Matcher m = Patterns.of("\\s" + name + "=(\"[^\"]*\"|'[^']*')").matcher(tag);
    if (!m.find()) {
      return null;
    }
    String quoted = m.group(1);
    return quoted.substring(1, quoted.length() - 1);
  }

  /**
   * The tag ({@code <x …>}, {@code <x …/>}, or one without its close) with the attribute set: its
   * value replaced where it stands, or the attribute added at the end.
   */
  public static String with(String tag, String name, String value) {
    Matcher m = Patterns.of("\\s" + name + "=(\"[^\"]*\"|'[^']*')").matcher(tag);
    if (m.find()) {
      return tag.substring(0, m.start())
          + " "
          + name
          + "=\""
          + value
          + "\""
          + tag.substring(m.end());
    }
    int end =
        tag.endsWith("/>") ? tag.length() - 2 : tag.endsWith(">") ? tag.length() - 1 : tag.length();
    return tag.substring(0, end) + " " + name + "=\"" + value + "\"" + tag.substring(end);
  }

  /** The tag without the attribute. */
  public static String without(String tag, String name) {
    return Patterns.of("\\s" + name + "=(\"[^\"]*\"|'[^']*')").matcher(tag).replaceFirst("");
  }
}
