package org.perfsheet.cli;

import java.io.PrintWriter;
import java.util.List;
import org.perfsheet.report.ExitCode;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;

/**
 * A mistake on the command line (a missing option, an unknown one, a bad value): one short line in
 * Chinese and English and a pointer to {@code --help}, exit 2; not picocli's English message and
 * the whole usage text.
 */
final class UsageErrors implements CommandLine.IParameterExceptionHandler {

  @Override
  public int handleParseException(ParameterException ex, String[] args) {
    CommandLine cl = ex.getCommandLine();
    PrintWriter err = cl.getErr();
    String name = cl.getCommandSpec().qualifiedName();
    err.println(name + ": " + message(ex));
    err.println("用 " + name + " --help 查看用法 / see " + name + " --help");
    err.flush();
    return ExitCode.USAGE.code();
  }

  /** The mistake in Chinese, then in English. */
  static String message(ParameterException ex) {
    if (ex instanceof CommandLine.MissingParameterException m) {
      return missing(m);
    }
    if (ex instanceof CommandLine.UnmatchedArgumentException u) {
      return unmatched(u.getUnmatched());
    }
    if (ex instanceof CommandLine.OverwrittenOptionException o) {
      String option = label(o.getOverwritten());
      return "选项 " + option + " 只能给一次 / option " + option + " may be given only once";
    }
    ArgSpec arg = ex.getArgSpec();
    if (arg != null && ex.getValue() != null) {
      String label = arg.isOption() ? "选项 " + label(arg) : "参数 " + label(arg);
      String english = arg.isOption() ? "option " + label(arg) : "parameter " + label(arg);
      return label
          + " 的值无效："
          + ex.getValue()
          + " / invalid value for "
          + english
          + ": "
          + ex.getValue();
    }
    return "命令用法有误 / usage mistake: " + ex.getMessage();
  }

  private static String missing(CommandLine.MissingParameterException m) {
    List<ArgSpec> missing = m.getMissing();
    ArgSpec first = missing.get(0);
    if (first.isOption()) {
      OptionSpec o = (OptionSpec) first;
      // The option was typed but its value was not (`--out` at the end): a missing value, not a
      // missing option.
      boolean typed =
          m.getCommandLine().getParseResult() != null
              && m.getCommandLine().getParseResult().hasMatchedOption(o);
      if (typed || m.getMessage().startsWith("Missing required parameter for option")) {
        return "选项 "
            + o.longestName()
            + " 后缺少值 "
            + o.paramLabel()
            + " / option "
            + o.longestName()
            + " needs a value "
            + o.paramLabel();
      }
      if (missing.size() == 1) {
        return "缺少必需的选项 " + o.longestName() + " / missing required option " + label(o);
      }
    }
    if (missing.size() > 1 && missing.stream().anyMatch(ArgSpec::isOption)) {
      String labels = String.join(" ", missing.stream().map(UsageErrors::label).toList());
      return "缺少必需的选项和参数 " + labels + " / missing required options and parameters " + labels;
    }
    String labels = String.join(" ", missing.stream().map(UsageErrors::label).toList());
    return "缺少参数 " + labels + " / missing parameter " + labels;
  }

  private static String unmatched(List<String> args) {
    String first = args.get(0);
    if (first.startsWith("-")) {
      return "未知的选项 " + first + " / unknown option " + first;
    }
    return "多余的参数或未知的命令 " + first + " / unexpected argument or unknown command " + first;
  }

  /**
   * {@code --out=DIR} for an option that takes a value, {@code --quiet} for a flag, {@code PATH}
   * for a parameter.
   */
  static String label(ArgSpec arg) {
    if (arg instanceof OptionSpec o) {
      return o.arity().max() == 0 ? o.longestName() : o.longestName() + "=" + o.paramLabel();
    }
    return ((PositionalParamSpec) arg).paramLabel();
  }
}
