package org.perfsheet.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/** The commands beyond {@code check}, registered in one place. */
final class Commands {

  private Commands() {}

  /** The watched folder's processor: the bundled templates and default profile, learned once. */
  private static volatile org.perfsheet.check.Checker checker;

  static org.perfsheet.check.WorkbookProcessor checker() {
    if (checker == null) {
      synchronized (Commands.class) {
        if (checker == null) {
          try {
            checker = new org.perfsheet.check.Checker(Environment.layouts(null), org.perfsheet.scoring.ScoringProfile.defaults());
          } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        }
      }
    }
    return checker;
  }

  static void addMore(CommandLine cl, PrintWriter out, PrintWriter err) {
    cl.addSubcommand("template", new org.perfsheet.template.TemplateCommand());
    cl.addSubcommand("summary", new org.perfsheet.summary.SummaryCommand(out, err));
    cl.addSubcommand("watch", new org.perfsheet.watch.WatchCommand(Commands::checker, out, err));
  }
}
