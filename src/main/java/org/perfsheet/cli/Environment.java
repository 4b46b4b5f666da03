package org.perfsheet.cli;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import org.perfsheet.layout.Layout;
import org.perfsheet.scoring.ScoringProfile;
import org.perfsheet.workbook.TemplateLearner;

/**
 * Where perfsheet finds its templates and scoring profile: the options when given, else the {@code
 * templates/} folder of the installation ({@code -Dperfsheet.home}, set by the launcher), else of
 * the current folder.
 */
final class Environment {

  private Environment() {}

  /**
   * Where the launcher keeps the learned-layout cache ({@link LayoutCache}); unset (tests, {@code
   * PERFSHEET_CACHE=off}) means the templates are learned at every start.
   */
  static final String LAYOUT_CACHE = "perfsheet.layout-cache";

  static List<Layout> layouts(Path option) throws IOException {
    Path folder = TemplateLearner.folder(option);
    String file = System.getProperty(LAYOUT_CACHE);
    String build = build();
    if (file == null || file.isBlank() || build == null) {
      return TemplateLearner.loadAll(folder);
    }
    return new LayoutCache(Path.of(file), build).layouts(folder);
  }

  /**
   * The jar perfsheet runs from, with its size and time, or null when it runs from classes (a build
   * in progress, where no identity is cheap to tell).
   */
  private static String build() {
    try {
      var source = Environment.class.getProtectionDomain().getCodeSource();
      if (source == null) {
        return null;
      }
      Path jar = Path.of(source.getLocation().toURI());
      if (!Files.isRegularFile(jar)) {
        return null;
      }
      return jar.toAbsolutePath() + "|" + Files.size(jar) + "|" + Files.getLastModifiedTime(jar);
    } catch (IOException | URISyntaxException | RuntimeException e) {
      return null;
    }
  }

  static ScoringProfile profile(Path file) throws IOException {
    if (file == null) {
      return ScoringProfile.defaults();
    }
    if (!Files.isRegularFile(file)) {
      throw new IOException("评分配置文件不存在：" + file + " / scoring profile not found: " + file);
    }
    return ScoringProfile.load(file);
  }

  /**
   * What to say when a file name cannot be decoded: the JVM reads names in the locale's charset
   * ({@code sun.jnu.encoding}), and under the C locale a Chinese name cannot be. The launcher runs
   * under a UTF-8 locale for this; a JVM started otherwise gets this message.
   */
  static String undecodableName(InvalidPathException e) {
    String charset = System.getProperty("sun.jnu.encoding", "?");
    return "文件名“"
        + e.getInput()
        + "”无法按系统区域设置的字符集（"
        + charset
        + "）读取。请在 UTF-8 区域设置下运行，例如先执行 export LANG=C.UTF-8"
        + " / a file name cannot be decoded in the locale's charset ("
        + charset
        + "): run perfsheet under a UTF-8 locale, e.g. export LANG=C.UTF-8";
  }
}
