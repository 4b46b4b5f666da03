package org.perfsheet.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** Checks on an .xlsx as a package of parts, below what POI's reader forgives. */
public final class Packages {

  private Packages() {}

  /**
   * Excel refuses a package whose relationships point at parts that are not there; POI reads it
   * anyway.
   */
  public static void assertEveryRelationshipResolves(Path xlsx) throws Exception {
    try (ZipFile z = new ZipFile(xlsx.toFile())) {
      for (ZipEntry e : Collections.list(z.entries())) {
        if (!e.getName().endsWith(".rels")) {
          continue;
        }
        String rels = new String(z.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8);
        String source = e.getName().replace("_rels/", "").replaceAll("\\.rels$", "");
        var m = Pattern.compile("<Relationship ([^>]*)/>").matcher(rels);
        while (m.find()) {
          if (m.group(1).contains("TargetMode=\"External\"")) {
            continue;
          }
          var t = Pattern.compile("Target=\"([^\"]*)\"").matcher(m.group(1));
          assertTrue(t.find());
          String target =
              t.group(1).startsWith("/")
                  ? t.group(1).substring(1)
                  : URI.create("/" + source).resolve(t.group(1)).getPath().substring(1);
          assertTrue(z.getEntry(target) != null, e.getName() + " points at missing part " + target);
        }
      }
    }
  }
}
