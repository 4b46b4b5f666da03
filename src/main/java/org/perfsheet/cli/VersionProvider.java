package org.perfsheet.cli;

import org.perfsheet.report.Version;
import picocli.CommandLine;

/** {@code perfsheet --version}: the version the build gave the jar, not one written in the code. */
final class VersionProvider implements CommandLine.IVersionProvider {

  @Override
  public String[] getVersion() {
    return new String[] {"perfsheet " + Version.appVersion()};
  }
}
