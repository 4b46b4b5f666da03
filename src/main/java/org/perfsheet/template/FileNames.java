package org.perfsheet.template;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * File names that a person recognises and every file system accepts: {@code
 * 2024-上海市普陀区司法局-司法调解-绩效目标申报表.xlsx}. Path and reserved characters are replaced, names are kept
 * short enough for Windows, and a name already used gets (2), (3)…
 */
public final class FileNames {

  private static final int MAX_STEM = 120;

  /** Room left within 255 bytes for "(99).xlsx" and a little more. */
  private static final int MAX_STEM_BYTES = 200;

  private FileNames() {}

  /**
   * Joins the non-blank parts with '-' and makes the result safe as one file name. A name too long
   * (in characters for Windows paths, in UTF-8 bytes for Linux's 255) is shortened in its longest
   * part, so the year, unit and kind of form stay readable.
   */
  public static String stem(String... parts) {
    List<String> kept = new ArrayList<>();
    for (String p : parts) {
      if (p != null && !p.isBlank()) {
        kept.add(clean(p));
      }
    }
    while (tooLong(String.join("-", kept))) {
      int longest = 0;
      for (int i = 1; i < kept.size(); i++) {
        longest = kept.get(i).length() > kept.get(longest).length() ? i : longest;
      }
      String part = kept.get(longest);
      if (part.length() <= 1) {
        String joined = String.join("-", kept);
        return joined.substring(
            0, Math.min(joined.length(), MAX_STEM / 4)); // only for absurd inputs
      }
      kept.set(
          longest, part.substring(0, part.offsetByCodePoints(part.length(), -1)).stripTrailing());
    }
    return String.join("-", kept);
  }

  private static boolean tooLong(String stem) {
    return stem.length() > MAX_STEM
        || stem.getBytes(StandardCharsets.UTF_8).length > MAX_STEM_BYTES;
  }

  static String clean(String part) {
    String s = Normalizer.normalize(part, Normalizer.Form.NFC).strip();
    s = s.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]+", "_").replaceAll("\\s+", " ");
    s = s.replaceAll("^[.\\s]+|[.\\s]+$", "");
    return s.isEmpty() ? "_" : s;
  }

  /** {@code name.ext}, or {@code name(2).ext} … when taken (case-insensitive, as on Windows). */
  public static Path unique(Path dir, String stem, String extension, Set<String> taken) {
    String candidate = stem + extension;
    for (int n = 2;
        taken.contains(candidate.toLowerCase(Locale.ROOT)) || Files.exists(dir.resolve(candidate));
        n++) {
      candidate = stem + "(" + n + ")" + extension;
    }
    taken.add(candidate.toLowerCase(Locale.ROOT));
    return dir.resolve(candidate);
  }
}
