package org.perfsheet.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/** The commands beyond {@code check}, registered in one place. */
final class Commands {

  private Commands() {}

  /** The watched folder's processor: the bundled templates, the default profile, and any declarations. */
  static org.perfsheet.check.WorkbookProcessor checker(java.util.List<java.nio.file.Path> declarations) {
    try {
      var layouts = Environment.layouts(null);
      return new org.perfsheet.check.Checker(layouts, org.perfsheet.scoring.ScoringProfile.defaults(),
          org.perfsheet.check.Checker.declarations(layouts, declarations));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static void addMore(CommandLine cl, PrintWriter out, PrintWriter err) {
    cl.addSubcommand("template", new org.perfsheet.template.TemplateCommand());
    cl.addSubcommand("summary", new org.perfsheet.summary.SummaryCommand(out, err));
    cl.addSubcommand("watch", new org.perfsheet.watch.WatchCommand(Commands::checker, out, err));
  }
}
