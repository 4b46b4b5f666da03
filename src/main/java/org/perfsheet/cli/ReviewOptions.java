package org.perfsheet.cli;

import java.nio.file.Path;
import org.perfsheet.model.ReviewSettings;
import picocli.CommandLine.Option;

/**
 * The options that name the reviewer and the reviewing body, shared by the commands that return
 * workbooks.
 */
final class ReviewOptions {

  @Option(
      names = "--reviewer",
      paramLabel = "NAME",
      description = "审核人：批注作者和审核意见表上的名字（默认 perfsheet） / the reviewer named as the comments' author")
  String reviewer;

  @Option(
      names = "--reviewing-body",
      paramLabel = "NAME",
      description =
          "审核单位，写入审核意见表的标题，如 上海市普陀区财政局 / the reviewing body, in the findings sheet's title")
  String body;

  /** The settings; {@code profile} is the scoring profile file, or null for the defaults. */
  ReviewSettings settings(Path profile) {
    return ReviewSettings.defaults()
        .withReviewer(reviewer, body)
        .withProfile(profile == null ? null : profile.getFileName().toString());
  }
}
