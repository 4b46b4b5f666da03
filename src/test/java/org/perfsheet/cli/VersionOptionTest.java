package org.perfsheet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.perfsheet.cli.CheckCommandTest.Run;
import org.perfsheet.report.VersionTest;

/** {@code perfsheet --version} prints the pom's version, exit 0. */
class VersionOptionTest {

  @Test
  void printsThePomsVersion() throws IOException {
    Run r = CheckCommandTest.run("--version");
    assertEquals(0, r.code(), r.err());
    assertEquals("perfsheet " + VersionTest.pomVersion() + "\n", r.out().replace("\r\n", "\n"));
    assertEquals("", r.err());
  }
}
