package org.perfsheet.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileNamesTest {

  @Test
  void readableNames() {
    assertEquals("2024-上海市普陀区司法局-司法调解-绩效目标申报表", FileNames.stem("2024", "上海市普陀区司法局", "司法调解", "绩效目标申报表"));
    assertEquals("2024-a_b_c-x", FileNames.stem("2024", "a/b\\c", null, " ", "x"));
    assertEquals("_-x", FileNames.stem("..", "..x"), "no leading dots, no path traversal");
  }

  @Test
  void duplicatesAreMadeDistinct(@TempDir Path dir) {
    Set<String> taken = new HashSet<>();
    assertEquals("a.xlsx", FileNames.unique(dir, "a", ".xlsx", taken).getFileName().toString());
    assertEquals("a(2).xlsx", FileNames.unique(dir, "a", ".xlsx", taken).getFileName().toString());
    assertEquals("A(3).xlsx", FileNames.unique(dir, "A", ".xlsx", taken).getFileName().toString(),
        "names differing only in case collide on Windows");
  }

  @Test
  void noGeneratedNameEscapesItsFolderOrCarriesReservedCharacters() {
    Random random = new Random(7);
    String alphabet = "司法/\\:*?\"<>|. \t\n..a1-（）";
    for (int i = 0; i < 5000; i++) {
      StringBuilder sb = new StringBuilder();
      for (int k = random.nextInt(30); k > 0; k--) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String stem = FileNames.stem(sb.toString(), "申报表");
      assertFalse(stem.matches(".*[\\\\/:*?\"<>|\\p{Cntrl}].*"), stem);
      assertFalse(stem.startsWith(".") || stem.isBlank(), stem);
      assertEquals(Path.of(stem).getFileName().toString(), stem);
    }
  }
}
