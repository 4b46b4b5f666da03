package org.perfsheet.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** What a watched folder must not hold once every file is through. */
final class Leftovers {

  private Leftovers() {}

  /** No temporary file, nothing left in the inbox, no work folder but the locks. */
  static void assertNone(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      List<String> leftovers =
          s.filter(Files::isRegularFile)
              .map(Path::toString)
              .filter(
                  f ->
                      f.endsWith(".tmp")
                          || f.contains("/inbox/")
                          || f.contains("/.perfsheet/") && !f.endsWith(".lock"))
              .toList();
      assertEquals(List.of(), leftovers, "no temporary, partial or unclaimed files");
    }
  }
}
