package org.perfsheet.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The top-level command: a set of small commands, each returning an exit code. Output goes
 * through the writers given here, so tests capture it.
 *
 * <p>Exit codes: 0 no error findings; 1 error findings; 2 usage mistake; 3 an input could not be
 * read.
 */
@Command(name = "perfsheet", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = {"财政项目支出绩效表格的审核、评分与批注工具。",
        "Reads, scores, validates and annotates fiscal performance forms in Excel."},
    exitCodeListHeading = "%nExit codes / 退出码:%n",
    exitCodeList = {"0:no error findings / 未发现错误", "1:error findings / 发现错误",
        "2:usage mistake / 命令用法有误", "3:an input could not be read / 有文件无法读取"},
    commandListHeading = "%nCommands / 命令:%n")
public final class PerfsheetCommand implements java.util.concurrent.Callable<Integer> {

  public static final int OK = 0;
  public static final int FINDINGS = 1;
  public static final int USAGE = 2;
  public static final int UNREADABLE = 3;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /** No command at all: the help, on stderr, as a usage mistake. */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return USAGE;
  }

  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    return run(args, out, err, false);
  }

  /** {@code interactive}: the user watches a terminal, so a batch shows its progress on {@code err}. */
  public static int run(String[] args, PrintWriter out, PrintWriter err, boolean interactive) {
    return commandLine(out, err, interactive).execute(args);
  }

  static CommandLine commandLine(PrintWriter out, PrintWriter err, boolean interactive) {
    CommandLine cl = new CommandLine(new PerfsheetCommand());
    cl.addSubcommand("check", new CheckCommand(out, err, interactive));
    Commands.addMore(cl, out, err);
    cl.setOut(out);
    cl.setErr(err);
    cl.setParameterExceptionHandler(new UsageErrors());
    cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      err.println("perfsheet: 内部错误 / internal error: " + e);
      return UNREADABLE;
    });
    return cl;
  }
}
