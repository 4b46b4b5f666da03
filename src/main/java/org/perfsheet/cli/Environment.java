package org.perfsheet.cli;

import java.io.IOException;
import java.nio.file.Files;
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

  static List<Layout> layouts(Path option) throws IOException {
    return TemplateLearner.loadAll(TemplateLearner.folder(option));
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
}
