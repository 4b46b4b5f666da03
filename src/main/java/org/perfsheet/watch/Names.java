package org.perfsheet.watch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Names of returned, archived and failed files: the submitter's stem kept, so people recognise them
 * ({@code x.xlsx} → {@code x.审核.xlsx}), and a resubmission gets {@code x.审核(2).xlsx} rather than
 * overwriting. A name is reserved (a file under .perfsheet/reserved naming its claim) before it is
 * used, in the outbox as in archive/ and failed/, so two workers or two watchers never pick the
 * same one, even while neither has moved its file yet.
 */
final class Names {

  private final Path root;
  private final Path reserved;

  Names(Path stateDir) {
    this.root = stateDir.toAbsolutePath().normalize().getParent();
    this.reserved = stateDir.resolve("reserved");
  }

  static String stem(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot > 0 ? fileName.substring(0, dot) : fileName;
  }

  /**
   * The submitter's own stem: a returned workbook sent back after fixing (x.审核(2).xlsx) is returned
   * as x.审核(3).xlsx, not x.审核(2).审核.xlsx.
   */
  static String base(String fileName) {
    return stem(fileName).replaceFirst("\\.(审核|未通过)(\\(\\d+\\))?$", "");
  }

  static String extension(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot > 0 ? fileName.substring(dot) : "";
  }

  /**
   * The longest file name, in bytes, most file systems take (ext4, NTFS and SMB count differently;
   * this fits all).
   */
  static final int MAX_NAME_BYTES = 255;

  /**
   * The extension a workbook's content calls for: an .xlsx (zip) named .xls, or an .xls (OLE) named
   * .xlsx, comes back under the right one, so Excel opens it without a warning. Anything else keeps
   * its own.
   */
  static String actualExtension(Path file, String fileName) {
    String ext = extension(fileName);
    String lower = ext.toLowerCase(Locale.ROOT);
    byte[] head = new byte[8];
    try (var in = Files.newInputStream(file)) {
      if (in.readNBytes(head, 0, 8) < 8) {
        return ext;
      }
    } catch (IOException e) {
      return ext;
    }
    boolean zip = head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
    boolean ole =
        (head[0] & 0xFF) == 0xD0
            && (head[1] & 0xFF) == 0xCF
            && head[2] == 0x11
            && (head[3] & 0xFF) == 0xE0;
    if (zip && !lower.equals(".xlsx") && !lower.equals(".xlsm")) {
      return ".xlsx";
    }
    if (ole && !lower.equals(".xls")) {
      return ".xls";
    }
    return ext;
  }

  /**
   * The first free {@code base mark}, {@code base mark(2)}, … in {@code dir} for all the given
   * suffixes, reserved for this claim. A base too long for the file system with its mark and
   * suffixes is shortened, keeping its start; the numbering keeps shortened names unique.
   */
  String reserve(Path dir, String claimId, String base, String mark, String... suffixes)
      throws IOException {
    Path r = reservations(dir);
    Files.createDirectories(r);
    int longest = 0;
    for (String suffix : suffixes) {
      longest = Math.max(longest, bytes(suffix));
    }
    for (int n = 1; ; n++) {
      String number = n == 1 ? "" : "(" + n + ")";
      String stem =
          fit(base, MAX_NAME_BYTES - longest - bytes(mark) - bytes(number)) + mark + number;
      boolean taken = false;
      for (String suffix : suffixes) {
        taken |= Files.exists(dir.resolve(stem + suffix), LinkOption.NOFOLLOW_LINKS);
      }
      if (taken) {
        continue;
      }
      Path reservation = r.resolve(stem);
      try {
        Files.write(
            reservation,
            claimId.getBytes(StandardCharsets.UTF_8),
            StandardOpenOption.CREATE_NEW,
            StandardOpenOption.WRITE);
        return stem;
      } catch (FileAlreadyExistsException e) {
        if (owner(reservation).equals(claimId)) {
          return stem; // ours, from before a restart
        }
      }
    }
  }

  /** {@code text} cut, at a character boundary, to at most {@code max} bytes of UTF-8. */
  static String fit(String text, int max) {
    if (bytes(text) <= max) {
      return text;
    }
    int end = 0;
    int used = 0;
    while (end < text.length()) {
      int cp = text.codePointAt(end);
      int b = bytes(new String(Character.toChars(cp)));
      if (used + b > max) {
        break;
      }
      used += b;
      end += Character.charCount(cp);
    }
    return text.substring(0, end).stripTrailing();
  }

  static int bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8).length;
  }

  /** Reservations for names in {@code dir}, kept under the same relative path as the folder. */
  private Path reservations(Path dir) {
    Path rel = root.toAbsolutePath().normalize().relativize(dir.toAbsolutePath().normalize());
    return reserved.resolve(rel.toString().isEmpty() ? "_" : rel.toString());
  }

  private static String owner(Path reservation) {
    try {
      return Files.readString(reservation, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "";
    }
  }

  /**
   * Drops reservations whose claim no longer exists (its process died before recording the name).
   */
  void dropStale(Set<String> liveClaims) throws IOException {
    if (!Files.isDirectory(reserved)) {
      return;
    }
    try (Stream<Path> s = Files.walk(reserved)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        if (!liveClaims.contains(owner(p))) {
          Files.deleteIfExists(p);
        }
      }
    }
  }

  void release(Path dir, String stem) throws IOException {
    if (stem != null) {
      Files.deleteIfExists(reservations(dir).resolve(stem));
    }
  }
}
