package org.perfsheet.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The release zip as a bureau gets it: unzipped into an empty folder, run with a PATH that holds
 * Java and the shell and no Maven, the README's first command checks the samples. Runs in verify,
 * after package has made the zip.
 */
class ReleaseZipIT {

  static final String VERSION_DIR;

  static {
    try {
      String pom = Files.readString(Paths.get("pom.xml"));
      int a = pom.indexOf("<version>", pom.indexOf("<artifactId>perfsheet</artifactId>"));
      VERSION_DIR = "perfsheet-" + pom.substring(a + 9, pom.indexOf("</version>", a));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static Path zip() {
    return Paths.get("target", VERSION_DIR + ".zip");
  }

  @BeforeAll
  static void zipWasBuilt() {
    assertTrue(Files.isRegularFile(zip()), "mvn package makes " + zip());
  }

  /** Unzips as unzip would, keeping the executable bit the zip records. */
  static Path unzip(Path into) throws IOException {
    try (ZipFile z = ZipFile.builder().setPath(zip()).get()) {
      for (ZipArchiveEntry e : Collections.list(z.getEntries())) {
        Path p = into.resolve(e.getName()).normalize();
        assertTrue(p.startsWith(into), e.getName());
        if (e.isDirectory()) {
          Files.createDirectories(p);
          continue;
        }
        Files.createDirectories(p.getParent());
        try (InputStream in = z.getInputStream(e)) {
          Files.copy(in, p);
        }
        if ((e.getUnixMode() & 0100) != 0) {
          Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
      }
    }
    return into.resolve(VERSION_DIR);
  }

  @Test
  void holdsTheJarItsLibrariesTemplatesLaunchersAndInstructions(@TempDir Path tmp)
      throws IOException {
    Path home = unzip(tmp);
    assertTrue(Files.isRegularFile(home.resolve("lib/perfsheet.jar")));
    try (var s = Files.list(home.resolve("lib"))) {
      List<String> libs = s.map(p -> p.getFileName().toString()).sorted().toList();
      assertTrue(libs.stream().anyMatch(n -> n.startsWith("poi-ooxml-")), libs.toString());
      assertTrue(libs.stream().anyMatch(n -> n.startsWith("fastexcel-0.20.2")), libs.toString());
      assertFalse(libs.stream().anyMatch(n -> n.startsWith("junit")), "no test libraries: " + libs);
    }
    for (String t :
        List.of(
            "self-evaluation.xlsx",
            "self-evaluation-central.xlsx",
            "declaration.xlsx",
            "department-self-evaluation.xlsx")) {
      assertTrue(Files.isRegularFile(home.resolve("templates").resolve(t)), t);
    }
    assertTrue(
        Files.isExecutable(home.resolve("perfsheet")),
        "the zip records the launcher as executable");
    String cmd = Files.readString(home.resolve("perfsheet.cmd"), StandardCharsets.UTF_8);
    assertEquals(
        cmd.split("\n").length,
        cmd.split("\r\n").length,
        "perfsheet.cmd has CRLF line endings throughout");
    assertTrue(cmd.contains("\r\nchcp 65001 >nul\r\n"), "the console switched to UTF-8");
    assertFalse(
        Files.readString(home.resolve("perfsheet")).contains("\r"), "the bash launcher keeps LF");
    String readme = Files.readString(home.resolve("使用说明.txt"), StandardCharsets.UTF_8);
    assertTrue(readme.contains("perfsheet.cmd check test-workbooks --out 审核结果"), readme);
  }

  @Test
  void checksTheSamplesWithJavaAloneOnThePath(@TempDir Path tmp) throws Exception {
    assumeTrue(
        Files.isExecutable(Paths.get("/bin/bash"))
            || Files.isExecutable(Paths.get("/usr/bin/bash")),
        "bash");
    Path home = unzip(tmp.resolve("unzipped"));
    Path bin = Files.createDirectories(tmp.resolve("bin"));
    Files.createSymbolicLink(
        bin.resolve("java"), Paths.get(System.getProperty("java.home"), "bin", "java"));
    for (String tool : List.of("bash", "dirname", "rm")) {
      Path found = which(tool);
      assumeTrue(found != null, tool);
      Files.createSymbolicLink(bin.resolve(tool), found);
    }
    assertEquals(null, whichIn(bin.toString(), "mvn"), "no Maven on the PATH");

    List<String> cmd =
        new ArrayList<>(
            List.of(
                bin.resolve("bash").toString(),
                "./perfsheet",
                "check",
                "test-workbooks/",
                "--out",
                "out/"));
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(home.toFile()).redirectErrorStream(true);
    Map<String, String> env = pb.environment();
    env.clear();
    env.put("PATH", bin.toString());
    env.put("HOME", tmp.toString());
    env.put("LANG", "C.UTF-8");
    Process p = pb.start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "finished");
    try (var links = Files.list(bin)) {
      for (Path l : links.toList()) {
        Files.delete(l); // the links, not what they point to (JUnit would warn)
      }
    }
    // Exit 3: one sample is a published form in a layout no template describes, rejected as such.
    assertEquals(
        3, p.exitValue(), "the samples hold error findings and one rejected form: " + output);
    assertTrue(output.contains("rejected LAYOUT_UNRECOGNISED"), output);
    assertFalse(output.contains("building"), "the release is never built: " + output);
    assertTrue(output.contains("test-workbooks/self-evaluation/2021-问题样例-项目自评表.xlsx:"), output);
    assertTrue(
        output.contains("error SCORE_ABOVE_RULE: 自评得分"), "Chinese findings, readable: " + output);
    assertTrue(Files.isRegularFile(home.resolve("out/report.json")));
    assertTrue(Files.isRegularFile(home.resolve("out/self-evaluation/2021-问题样例-项目自评表.xlsx")));
  }

  static Path which(String tool) {
    return whichIn(System.getenv("PATH"), tool);
  }

  static Path whichIn(String path, String tool) {
    for (String dir : path.split(":")) {
      Path p = Paths.get(dir, tool);
      if (Files.isExecutable(p)) {
        return p;
      }
    }
    return null;
  }
}
