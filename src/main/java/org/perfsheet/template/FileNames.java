package org.perfsheet.template;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Set;
import java.util.StringJoiner;

/**
 * File names that a person recognises and every file system accepts:
 * {@code 2024-上海市普陀区司法局-司法调解-绩效目标申报表.xlsx}. Path and reserved characters are
 * replaced, names are kept short enough for Windows, and a name already used gets (2), (3)…
 */
public final class FileNames {

  private static final int MAX_STEM = 120;

  private FileNames() {}

  /** Joins the non-blank parts with '-' and makes the result safe as one file name. */
  public static String stem(String... parts) {
    StringJoiner j = new StringJoiner("-");
    for (String p : parts) {
      if (p != null && !p.isBlank()) {
        j.add(clean(p));
      }
    }
    String s = j.toString();
    return s.length() > MAX_STEM ? s.substring(0, MAX_STEM) : s;
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
    for (int n = 2; taken.contains(candidate.toLowerCase(java.util.Locale.ROOT))
        || java.nio.file.Files.exists(dir.resolve(candidate)); n++) {
      candidate = stem + "(" + n + ")" + extension;
    }
    taken.add(candidate.toLowerCase(java.util.Locale.ROOT));
    return dir.resolve(candidate);
  }
}
