package org.perfsheet.template;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.perfsheet.check.Checker;
import org.perfsheet.model.DeclarationForm;
import org.perfsheet.report.ExitCode;
import org.perfsheet.scoring.ScoringProfile;
import org.perfsheet.workbook.TemplateLearner;
import org.perfsheet.workbook.TemplateVerifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code template declaration --projects LIST --out DIR}: one blank declaration per project of a
 * project list. ({@code template self-evaluation --from …} makes self-evaluations from
 * declarations, {@code template monitoring --from …} mid-year monitoring forms.)
 */
@Command(
    name = "template",
    mixinStandardHelpOptions = true,
    description = {"按项目生成待填写的空白工作簿。", "Generate blank workbooks per project, ready to fill."},
    subcommands = {
      TemplateCommand.Declaration.class,
      TemplateCommand.SelfEvaluation.class,
      MonitoringCommand.class,
      TemplateCommand.Verify.class
    })
public final class TemplateCommand implements Callable<Integer> {

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  /**
   * No kind of form named: the help, on stderr, as a usage mistake (exit 2), as {@code perfsheet}
   * alone does.
   */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCode.USAGE.code();
  }

  /** What every generating command shares: where to write, which templates, how to report. */
  static final class Generation {
    @Option(
        names = "--out",
        required = true,
        paramLabel = "DIR",
        description = "where the workbooks go")
    Path out;

    @Option(
        names = "--templates",
        paramLabel = "DIR",
        description = "template folder (default: the bundled templates/)")
    Path templates;

    @picocli.CommandLine.Spec(picocli.CommandLine.Spec.Target.MIXEE)
    picocli.CommandLine.Model.CommandSpec spec;

    /** The template file, or null after saying it is missing. */
    Path template(String file, String chinese) {
      Path t = TemplateLearner.folder(templates).resolve(file);
      if (!Files.isRegularFile(t)) {
        spec.commandLine()
            .getErr()
            .println(
                "perfsheet template: 找不到" + chinese + "模板 " + t + " / template not found: " + t);
        return null;
      }
      return t;
    }

    /**
     * The scoring profile in {@code file} (the defaults when none), or null after saying why not.
     */
    ScoringProfile profile(Path file) {
      try {
        return file == null ? ScoringProfile.defaults() : ScoringProfile.load(file);
      } catch (IOException | IllegalArgumentException e) {
        spec.commandLine().getErr().println("perfsheet template: " + e.getMessage());
        return null;
      }
    }

    /**
     * The declarations under {@code from}, read by the templates beside {@code template}; null
     * after saying why there are none.
     */
    List<DeclarationForm> declarations(Path template, List<Path> from) {
      PrintWriter err = spec.commandLine().getErr();
      List<DeclarationForm> declarations;
      try {
        declarations =
            Checker.declarationForms(TemplateLearner.loadAll(template.getParent()), from);
      } catch (IOException | IllegalArgumentException e) {
        err.println("perfsheet template: " + e.getMessage());
        return null;
      }
      if (declarations.isEmpty()) {
        err.println("perfsheet template: 没有找到申报表 / no declarations found in " + from);
        return null;
      }
      return declarations;
    }

    /**
     * Where a form made from a declaration goes: named by year, unit (else department), project and
     * {@code kind} (e.g. 绩效自评表), numbered when the name is taken.
     */
    Path target(DeclarationForm d, String kind, Set<String> taken) {
      String name = d.project().name() == null ? null : d.project().name().text();
      String unit =
          d.project().unit() != null && !d.project().unit().isBlank()
              ? d.project().unit().text()
              : d.project().department() == null ? null : d.project().department().text();
      String year = d.project().year() == null ? null : d.project().year().toString();
      return FileNames.unique(out, FileNames.stem(year, unit, name, kind), ".xlsx", taken);
    }
  }

  @Command(
      name = "declaration",
      mixinStandardHelpOptions = true,
      description = {
        "按项目清单生成空白的绩效目标申报表，每个项目一个文件。",
        "One blank declaration (绩效目标申报表) per project of a project list."
      })
  static final class Declaration implements Callable<Integer> {

    @Option(
        names = "--projects",
        required = true,
        paramLabel = "LIST",
        description = "project list (.xlsx or .csv): 年度, 项目名称, 主管部门, 实施单位, … (headers by name)")
    Path projects;

    @picocli.CommandLine.Mixin Generation g;

    @Override
    public Integer call() throws IOException {
      PrintWriter out = g.spec.commandLine().getOut();
      PrintWriter err = g.spec.commandLine().getErr();
      Path template = g.template("declaration.xlsx", "申报表");
      if (template == null) {
        return ExitCode.USAGE.code();
      }
      if (!Files.isRegularFile(projects)) {
        err.println(
            "perfsheet template: 找不到项目清单文件：" + projects + " / no such project list: " + projects);
        return ExitCode.USAGE.code();
      }
      ProjectList.Loaded list;
      try {
        list = ProjectList.read(projects);
      } catch (IOException e) {
        err.println("perfsheet template: " + e.getMessage());
        return ExitCode.UNREADABLE.code();
      }
      list.problems().forEach(p -> err.println(projects + ": " + p));
      Files.createDirectories(g.out);
      Set<String> taken = new HashSet<>();
      int made = 0;
      int failed = 0;
      for (ProjectRow p : list.rows()) {
        String stem =
            FileNames.stem(
                p.year() == null ? null : p.year().toString(),
                p.unit() != null ? p.unit() : p.department(),
                p.name(),
                "绩效目标申报表");
        Path target = FileNames.unique(g.out, stem, ".xlsx", taken);
        try {
          DeclarationGenerator.generate(p, template, target);
        } catch (IOException e) {
          // one row the file system refuses never stops the others
          err.println(
              projects
                  + ": 项目“"
                  + p.name()
                  + "”的申报表无法写入（"
                  + e.getMessage()
                  + "），已跳过 / could not be written, skipped");
          failed++;
          continue;
        }
        out.println(target);
        made++;
      }
      int skipped = list.problems().size() + failed;
      out.println(
          "已生成 "
              + made
              + " 个申报表，跳过 "
              + skipped
              + " 行 / generated "
              + made
              + " declarations, skipped "
              + skipped
              + " rows");
      return (skipped == 0 ? ExitCode.OK : ExitCode.FINDINGS).code();
    }
  }

  @Command(
      name = "self-evaluation",
      mixinStandardHelpOptions = true,
      description = {
        "按申报表生成自评表：项目信息、年初预算数和申报的指标值已填好并锁定，分值按默认比例预填。",
        "One self-evaluation per declared project, its declared targets copied in and locked."
      })
  static final class SelfEvaluation implements Callable<Integer> {

    @Option(
        names = "--from",
        required = true,
        arity = "1..*",
        paramLabel = "DECLARATIONS",
        description = "declaration workbooks or folders")
    List<Path> from;

    @Option(
        names = "--profile",
        paramLabel = "FILE",
        description =
            "scoring profile the live formulas follow (tiers, reverse rule), as check --profile")
    Path profile;

    @picocli.CommandLine.Mixin Generation g;

    @Override
    public Integer call() throws IOException {
      PrintWriter out = g.spec.commandLine().getOut();
      Path template = g.template("self-evaluation.xlsx", "自评表");
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
      LiveChecks bounds = new LiveChecks(p);
      for (DeclarationForm d : declarations) {
        Path target = g.target(d, "绩效自评表", taken);
        SelfEvaluationGenerator.generate(d, template, target, bounds);
        out.println(target);
      }
      out.println(
          "已生成 "
              + declarations.size()
              + " 个自评表 / generated "
              + declarations.size()
              + " self-evaluations");
      return ExitCode.OK.code();
    }
  }

  @Command(
      name = "verify",
      mixinStandardHelpOptions = true,
      description = {
        "检查自制的模板：名称、字段说明，以及按标签能否读回每个字段。",
        "Check a template a person made: its names, its legend, and that every field reads back by"
            + " its labels."
      })
  static final class Verify implements Callable<Integer> {

    @picocli.CommandLine.Parameters(
        arity = "1..*",
        paramLabel = "FILE",
        description = "template workbooks (.xlsx) or folders")
    List<Path> files;

    @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
      PrintWriter out = spec.commandLine().getOut();
      int errors = 0;
      for (Path f : expand(files)) {
        List<TemplateVerifier.Problem> problems = TemplateVerifier.verify(f);
        if (problems.isEmpty()) {
          out.println(f + ": 通过 / ok");
        }
        for (var p : problems) {
          out.println(f + ": " + (p.error() ? "错误" : "提示") + "：" + p.message());
          errors += p.error() ? 1 : 0;
        }
      }
      out.flush();
      return (errors > 0 ? ExitCode.FINDINGS : ExitCode.OK).code();
    }

    private static List<Path> expand(List<Path> paths) throws IOException {
      List<Path> out = new ArrayList<>();
      for (Path p : paths) {
        if (Files.isDirectory(p)) {
          try (var s = Files.list(p)) {
            s.filter(x -> x.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx"))
                .filter(x -> !x.getFileName().toString().startsWith("~$"))
                .sorted()
                .forEach(out::add);
          }
        } else {
          out.add(p);
        }
      }
      return out;
    }
  }
}
