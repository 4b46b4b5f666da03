package org.perfsheet.report;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * perfsheet's version, from one source: the pom. The jar's manifest carries it as
 * Implementation-Version; run from {@code target/classes} (tests, an IDE after a Maven build) there
 * is no manifest, so {@code version.properties}, which Maven fills in, gives it; "dev" if neither
 * is there (classes compiled without Maven).
 */
public final class Version {

  static final String UNKNOWN = "dev";

  private static final Pattern MAJOR_MINOR = Pattern.compile("^(\\d{1,2})\\.(\\d{1,4})");

  private static final String APP_VERSION = find();

  private Version() {}

  /** The pom's version, for example {@code 0.1.0} or {@code 0.2.0-SNAPSHOT}. */
  public static String appVersion() {
    return APP_VERSION;
  }

  /**
   * The version as an Office file's properties record the application's: major.minor, the only form
   * Excel accepts there ("0.1" for 0.1.0-SNAPSHOT); "0.0" when unknown.
   */
  public static String officeVersion() {
    return officeVersion(APP_VERSION);
  }

  static String officeVersion(String version) {
    Matcher m = MAJOR_MINOR.matcher(version);
    return m.find() ? m.group(1) + "." + m.group(2) : "0.0";
  }

  private static String find() {
    String manifest = Version.class.getPackage().getImplementationVersion();
    if (manifest != null && !manifest.isBlank()) {
      return manifest;
    }
    return fromResource();
  }

  static String fromResource() {
    try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        return UNKNOWN;
      }
      Properties p = new Properties();
      p.load(in);
      String v = p.getProperty("version", "").trim();
      // unfiltered (copied by something other than Maven): still the placeholder
      return v.isEmpty() || v.startsWith("${") ? UNKNOWN : v;
    } catch (IOException e) {
      return UNKNOWN;
    }
  }
}
