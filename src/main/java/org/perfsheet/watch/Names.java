package org.perfsheet.watch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.stream.Stream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Names of returned, archived and failed files: the submitter's stem kept, so people recognise
 * them ({@code x.xlsx} → {@code x.审核.xlsx}), and a resubmission gets {@code x.审核(2).xlsx} rather
 * than overwriting. A name is reserved (an empty file under .perfsheet/reserved) before it is
 * used, so two workers or two watchers never pick the same one.
 */
final class Names {

  private final Path reserved;

  Names(Path stateDir) {
    this.reserved = stateDir.resolve("reserved");
  }

  static String stem(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot > 0 ? fileName.substring(0, dot) : fileName;
  }

  /**
   * The submitter's own stem: a returned workbook sent back after fixing (x.审核(2).xlsx) is
   * returned as x.审核(3).xlsx, not x.审核(2).审核.xlsx.
   */
  static String base(String fileName) {
    return stem(fileName).replaceFirst("\\.(审核|未通过)(\\(\\d+\\))?$", "");
  }

  static String extension(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot > 0 ? fileName.substring(dot) : "";
  }

  /**
   * The first free {@code base}, {@code base(2)}, … in {@code dir} for all the given suffixes,
   * reserved for this claim.
   */
  String reserve(Path dir, String submitter, String claimId, String base, String... suffixes) throws IOException {
    Path r = reserved.resolve(submitter.isEmpty() ? "_" : submitter);
    Files.createDirectories(r);
    for (int n = 1; ; n++) {
      String stem = n == 1 ? base : base + "(" + n + ")";
      boolean taken = false;
      for (String suffix : suffixes) {
        taken |= Files.exists(dir.resolve(stem + suffix));
      }
      if (taken) {
        continue;
      }
      Path reservation = r.resolve(stem);
      try {
        Files.write(reservation, claimId.getBytes(StandardCharsets.UTF_8), StandardOpenOption.CREATE_NEW,
            StandardOpenOption.WRITE);
        return stem;
      } catch (FileAlreadyExistsException e) {
        if (owner(reservation).equals(claimId)) {
          return stem; // ours, from before a restart
        }
      }
    }
  }

  private static String owner(Path reservation) {
    try {
      return Files.readString(reservation, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "";
    }
  }

  /** Drops reservations whose claim no longer exists (its process died before recording the name). */
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

  void release(String submitter, String stem) throws IOException {
    if (stem != null) {
      Files.deleteIfExists(reserved.resolve(submitter.isEmpty() ? "_" : submitter).resolve(stem));
    }
  }

  /** A free name in a folder for a moved original: x.xlsx, x(2).xlsx, … */
  static Path free(Path dir, String fileName) {
    String stem = stem(fileName);
    String ext = extension(fileName);
    Path p = dir.resolve(fileName);
    for (int n = 2; Files.exists(p); n++) {
      p = dir.resolve(stem + "(" + n + ")" + ext);
    }
    return p;
  }
}
