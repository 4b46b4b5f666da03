package org.perfsheet.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.perfsheet.report.VersionTest;

/** The jar as packaged carries the pom's version in its manifest, and prints it. */
class VersionIT {

  static final Path JAR = Paths.get("target", "perfsheet.jar");

  @Test
  void theManifestCarriesThePomsVersion() throws Exception {
    assertTrue(Files.isRegularFile(JAR), "mvn package makes " + JAR);
    try (JarFile jar = new JarFile(JAR.toFile())) {
      assertEquals(
          VersionTest.pomVersion(),
          jar.getManifest().getMainAttributes().getValue(Attributes.Name.IMPLEMENTATION_VERSION));
    }
  }

  @Test
  void theJarPrintsIt() throws Exception {
    String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
    String classpath = JAR + File.pathSeparator + Paths.get("target", "lib") + File.separator + "*";
    Process p =
        new ProcessBuilder(List.of(java, "-cp", classpath, "org.perfsheet.cli.Main", "--version"))
            .redirectErrorStream(true)
            .start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "finished");
    assertEquals(0, p.exitValue(), output);
    assertEquals("perfsheet " + VersionTest.pomVersion(), output.strip());
  }
}
