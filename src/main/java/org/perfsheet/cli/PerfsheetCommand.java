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
    exitCodeListHeading = "%nExit codes / 退出码:%n",
    commandListHeading = "%nCommands / 命令:%n")
public final class PerfsheetCommand implements Callable<Integer> {

  /** The commands by name, in the help's order. */
  private static final Map<String, Class<?>> COMMANDS = commands();

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
    return commandLine(args.length > 0 ? args[0] : null, out, err, interactive).execute(args);
  }

  static CommandLine commandLine(PrintWriter out, PrintWriter err, boolean interactive) {
    return commandLine(null, out, err, interactive);
  }

  /**
   * The command line for arguments starting with {@code first}. Picocli reflects over every option
   * of every command it is given, and at a cold start that is a good part of a second: when {@code
   * first} names a command, only that one is made. Otherwise (help, the version, a mistyped
   * command) all are, for the list of commands.
   */
  static CommandLine commandLine(
      String first, PrintWriter out, PrintWriter err, boolean interactive) {
    Commands factory = new Commands(out, err, interactive);
    CommandLine cl = new CommandLine(PerfsheetCommand.class, factory);
    boolean one = first != null && COMMANDS.containsKey(first);
    COMMANDS.forEach(
        (name, command) -> {
          if (!one || name.equals(first)) {
            cl.addSubcommand(name, new CommandLine(command, factory));
          }
        });
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

  private static Map<String, Class<?>> commands() {
    Map<String, Class<?>> commands = new LinkedHashMap<>();
    commands.put("check", CheckCommand.class);
    commands.put("template", TemplateCommand.class);
    commands.put("summary", SummaryCommand.class);
    commands.put("watch", WatchCommand.class);
    return commands;
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
