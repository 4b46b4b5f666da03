package org.perfsheet.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.perfsheet.report.ExitCode;
import org.perfsheet.summary.SummaryCommand;
import org.perfsheet.template.TemplateCommand;
import org.perfsheet.watch.WatchCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The top-level command: a set of small commands, each returning an exit code ({@link ExitCode}).
 * Output goes through the writers given here, so tests capture it; {@link Commands} makes the
 * commands listed below with them.
 */
@Command(
    name = "perfsheet",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "财政项目支出绩效表格的审核、评分与批注工具。",
      "Reads, scores, validates and annotates fiscal performance forms in Excel."
    },
    subcommands = {
      CheckCommand.class,
      TemplateCommand.class,
      SummaryCommand.class,
      WatchCommand.class
    },
    exitCodeListHeading = "%nExit codes / 退出码:%n",
    commandListHeading = "%nCommands / 命令:%n")
public final class PerfsheetCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** No command at all: the help, on stderr, as a usage mistake. */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCode.USAGE.code();
  }

  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    return run(args, out, err, false);
  }

  /**
   * {@code interactive}: the user watches a terminal, so a batch shows its progress on {@code err}.
   */
  public static int run(String[] args, PrintWriter out, PrintWriter err, boolean interactive) {
    return commandLine(out, err, interactive).execute(args);
  }

  static CommandLine commandLine(PrintWriter out, PrintWriter err, boolean interactive) {
    CommandLine cl = new CommandLine(PerfsheetCommand.class, new Commands(out, err, interactive));
    cl.getCommandSpec().usageMessage().exitCodeList(exitCodes());
    cl.setOut(out);
    cl.setErr(err);
    cl.setParameterExceptionHandler(new UsageErrors());
    cl.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          err.println("perfsheet: 内部错误 / internal error: " + e);
          return ExitCode.UNREADABLE.code();
        });
    return cl;
  }

  /** The help's exit-code list, from {@link ExitCode}. */
  private static Map<String, String> exitCodes() {
    Map<String, String> list = new LinkedHashMap<>();
    for (ExitCode c : ExitCode.values()) {
      list.put(String.valueOf(c.code()), c.meaning());
    }
    return list;
  }
}
