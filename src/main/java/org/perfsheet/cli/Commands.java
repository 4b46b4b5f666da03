package org.perfsheet.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.perfsheet.check.Checker;
import org.perfsheet.check.WorkbookProcessor;
import org.perfsheet.scoring.ScoringProfile;
import org.perfsheet.summary.SummaryCommand;
import org.perfsheet.watch.WatchCommand;
import picocli.CommandLine;

/**
 * How picocli makes the commands {@link PerfsheetCommand} lists: those that print get the writers
 * given to {@link PerfsheetCommand#run} (so tests capture their output), the watched folder gets
 * its checker; the rest (the {@code template} commands, mixins) picocli makes itself.
 */
final class Commands implements CommandLine.IFactory {

  private final PrintWriter out;
  private final PrintWriter err;
  private final boolean interactive;

  Commands(PrintWriter out, PrintWriter err, boolean interactive) {
    this.out = out;
    this.err = err;
    this.interactive = interactive;
  }

  @Override
  public <K> K create(Class<K> cls) throws Exception {
    Object made;
    if (cls == CheckCommand.class) {
      made = new CheckCommand(out, err, interactive);
    } else if (cls == SummaryCommand.class) {
      made = new SummaryCommand(out, err);
    } else if (cls == WatchCommand.class) {
      made = new WatchCommand(Commands::checker, out, err);
    } else {
      return CommandLine.defaultFactory().create(cls);
    }
    return cls.cast(made);
  }

  /**
   * The watched folder's processor: the bundled templates, the default profile, and any
   * declarations.
   */
  static WorkbookProcessor checker(List<Path> declarations) {
    try {
      var layouts = Environment.layouts(null);
      return new Checker(
          layouts, ScoringProfile.defaults(), Checker.declarations(layouts, declarations));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
