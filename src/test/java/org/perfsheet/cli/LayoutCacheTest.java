package org.perfsheet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfsheet.layout.Layout;
import org.perfsheet.layout.LayoutCodec;
import org.perfsheet.workbook.TemplateLearner;

/** The learned-layout cache gives what learning gives, and learns again whenever it must. */
class LayoutCacheTest {

  static List<Layout> learned;

  @BeforeAll
  static void learn() throws Exception {
    learned = TemplateLearner.loadAll(Path.of("templates"));
  }

  @Test
  void everyBundledLayoutReadsBackAsLearned() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    LayoutCodec.write(learned, new DataOutputStream(bytes));
    List<Layout> back =
        LayoutCodec.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
    assertSame(learned, back);
  }

  @Test
  void aSecondRunReadsTheCacheAndGetsTheSameLayouts(@TempDir Path tmp) throws Exception {
    Path file = tmp.resolve("layouts.cache");
    LayoutCache cache = new LayoutCache(file, "build 1");
    assertSame(learned, cache.layouts(Path.of("templates")));
    assertTrue(Files.isRegularFile(file));
    assertSame(learned, cache.layouts(Path.of("templates")));
    // Proof the second run reads the file: a cache under the same key holding one layout.
    cache.write(cache.key(Path.of("templates")), learned.subList(0, 1));
    assertEquals(1, cache.layouts(Path.of("templates")).size());
  }

  @Test
  void anEditedAddedOrRemovedTemplateOrANewBuildMeansLearningAgain(@TempDir Path tmp)
      throws Exception {
    Path folder = copyOfTemplates(tmp);
    Path file = tmp.resolve("layouts.cache");
    LayoutCache cache = new LayoutCache(file, "build 1");
    byte[] key = cache.key(folder);
    cache.write(key, learned.subList(0, 1)); // a stale cache under today's key

    assertEquals(1, cache.layouts(folder).size());
    Files.writeString(folder.resolve("readme.txt"), "a file beside the templates");
    assertSame(learned, cache.layouts(folder));

    cache.write(cache.key(folder), learned.subList(0, 1));
    Path first = folder.resolve(learned.get(0).id() + ".xlsx");
    Files.delete(first);
    assertEquals(learned.size() - 1, cache.layouts(folder).size());

    LayoutCache rebuilt = new LayoutCache(file, "build 2");
    rebuilt.write(rebuilt.key(folder), learned.subList(0, 1));
    assertEquals(learned.size() - 1, cache.layouts(folder).size());
  }

  @Test
  void aDamagedOrUnwritableCacheIsNoError(@TempDir Path tmp) throws Exception {
    Path file = tmp.resolve("layouts.cache");
    LayoutCache cache = new LayoutCache(file, "build 1");
    cache.layouts(Path.of("templates"));
    byte[] bytes = Files.readAllBytes(file);
    bytes[bytes.length / 2] ^= 0x55;
    Files.write(file, bytes);
    assertSame(learned, cache.layouts(Path.of("templates")));
    Files.write(file, new byte[] {1, 2, 3});
    assertSame(learned, cache.layouts(Path.of("templates")));

    LayoutCache nowhere = new LayoutCache(tmp.resolve("no/such/folder/layouts.cache"), "build 1");
    assertSame(learned, nowhere.layouts(Path.of("templates")));
    assertFalse(Files.exists(tmp.resolve("no")));
  }

  private static Path copyOfTemplates(Path tmp) throws Exception {
    Path folder = Files.createDirectories(tmp.resolve("templates"));
    try (Stream<Path> s = Files.list(Path.of("templates"))) {
      for (Path p : s.toList()) {
        Files.copy(p, folder.resolve(p.getFileName()));
      }
    }
    return folder;
  }

  /** Equal layouts, and equal vocabularies (a Pattern has no equals: compared by its source). */
  private static void assertSame(List<Layout> expected, List<Layout> actual) {
    assertEquals(expected, actual);
    for (int i = 0; i < expected.size(); i++) {
      var e = expected.get(i).vocabulary();
      var a = actual.get(i).vocabulary();
      assertEquals(e.levels(), a.levels());
      assertEquals(e.tableEnds(), a.tableEnds());
      assertEquals(patterns(e.placeholders()), patterns(a.placeholders()));
    }
  }

  private static List<String> patterns(List<Pattern> ps) {
    return ps.stream().map(p -> p.pattern() + "/" + p.flags()).toList();
  }
}
