package org.perfsheet.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;

/** The version comes from the pom, and Excel gets it in the only form it accepts. */
public class VersionTest {

  /** The project's own version in pom.xml, read as ReleaseZipIT reads it. */
  public static String pomVersion() throws IOException {
    String pom = Files.readString(Paths.get("pom.xml"), StandardCharsets.UTF_8);
    int a = pom.indexOf("<version>", pom.indexOf("<artifactId>perfsheet</artifactId>"));
    return pom.substring(a + "<version>".length(), pom.indexOf("</version>", a));
  }

  @Test
  void isThePomsVersion() throws IOException {
    assertEquals(pomVersion(), Version.appVersion());
    assertEquals(
        pomVersion(),
        Version.fromResource(),
        "target/classes holds the filtered version.properties");
  }

  @Test
  void officeVersionIsMajorDotMinor() {
    assertEquals("0.1", Version.officeVersion("0.1.0-SNAPSHOT"));
    assertEquals("12.345", Version.officeVersion("12.345.6"));
    assertEquals("1.0", Version.officeVersion("1.0"));
    assertEquals("0.0", Version.officeVersion(Version.UNKNOWN));
    assertEquals(Version.officeVersion(Version.appVersion()), Version.officeVersion());
  }
}
