package org.perfsheet.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/** The commands beyond {@code check}, registered in one place. */
final class Commands {

  private Commands() {}

  static void addMore(CommandLine cl, PrintWriter out, PrintWriter err) {
    cl.addSubcommand("template", new org.perfsheet.template.TemplateCommand());
    cl.addSubcommand("summary", new org.perfsheet.summary.SummaryCommand(out, err));
  }
}
