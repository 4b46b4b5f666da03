package org.perfsheet.template;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.perfsheet.model.DeclarationForm;
import org.perfsheet.report.ExitCode;
import org.perfsheet.scoring.ScoringProfile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code template monitoring --from DECLARATIONS --out DIR}: one blank 执行监控表 per declared project.
 */
@Command(
    name = "monitoring",
    mixinStandardHelpOptions = true,
    description = {
      "按申报表生成绩效目标执行监控表：项目信息、年初预算数和申报的指标值已填好并锁定，勾选列为下拉，执行率和预警灯自动计算。",
      "One mid-year monitoring form per declared project: targets carried over and locked, ticks as"
          + " drop-downs, the rate and the warning lights live."
    })
final class MonitoringCommand implements Callable<Integer> {

  @Option(
      names = "--from",
      required = true,
      arity = "1..*",
      paramLabel = "DECLARATIONS",
      description = "declaration workbooks or folders")
  List<Path> from;

  @Option(
      names = "--month",
      paramLabel = "N",
      defaultValue = "7",
      description = "the month the form reports up to (1-N月), default ${DEFAULT-VALUE}")
  int month;

  @Option(
      names = "--profile",
      paramLabel = "FILE",
      description = "scoring profile with the light thresholds")
  Path profile;

  @picocli.CommandLine.Mixin TemplateCommand.Generation g;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = g.spec.commandLine().getOut();
    PrintWriter err = g.spec.commandLine().getErr();
    if (month < 1 || month > 12) {
      err.println("perfsheet template: --month 应为 1 到 12 / --month must be 1 to 12, not " + month);
      return ExitCode.USAGE.code();
    }
    Path template = g.template("monitoring.xlsx", "执行监控表");
    if (template == null) {
      return ExitCode.USAGE.code();
    }
    ScoringProfile p = g.profile(profile);
    if (p == null) {
      return ExitCode.UNREADABLE.code();
    }
    List<DeclarationForm> declarations = g.declarations(template, from);
    if (declarations == null) {
      return ExitCode.UNREADABLE.code();
    }
    Files.createDirectories(g.out);
    Set<String> taken = new HashSet<>();
    for (DeclarationForm d : declarations) {
      Path target = g.target(d, "执行监控表", taken);
      MonitoringGenerator.generate(d, template, target, month, p.monitoring());
      out.println(target);
    }
    out.println(
        "已生成 "
            + declarations.size()
            + " 个执行监控表 / generated "
            + declarations.size()
            + " monitoring forms");
    return ExitCode.OK.code();
  }
}
