package org.perfsheet.bench;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.perfsheet.template.TemplateCommand;
import picocli.CommandLine;

/**
 * Generating 1,000 declarations from a project list, vs opening and saving the template 1,000
 * times.
 */
final class TemplateBench {

  private TemplateBench() {}

  static void run(Path tmp) throws Exception {
    Path list = tmp.resolve("projects.csv");
    StringBuilder sb =
        new StringBuilder("\uFEFF年度,项目名称,主管部门,实施单位,项目性质,项目类别,当年财政拨款,上年结转资金,其他资金,计划开始日期,计划完成日期\n");
    for (int i = 0; i < 1000; i++) {
      sb.append("2025,项目")
          .append(i)
          .append(",上海市普陀区司法局,实施单位")
          .append(i % 40)
          .append(",经常性项目,特定目标类,")
          .append(100_000 + i)
          .append(",0,0,2025-01-01,2025-12-31\n");
    }
    Files.writeString(list, sb, StandardCharsets.UTF_8);
    Path template = Path.of("templates/declaration.xlsx");
    long t0 = System.nanoTime();
    for (int i = 0; i < 1000; i++) {
      try (InputStream in = Files.newInputStream(template);
          XSSFWorkbook wb = new XSSFWorkbook(in)) {
        wb.write(OutputStream.nullOutputStream());
      }
    }
    long baseline = System.nanoTime() - t0;
    StringWriter sink = new StringWriter();
    t0 = System.nanoTime();
    int code =
        new CommandLine(new TemplateCommand())
            .setOut(new PrintWriter(sink))
            .setErr(new PrintWriter(sink))
            .execute(
                "declaration",
                "--projects",
                list.toString(),
                "--out",
                tmp.resolve("declarations").toString());
    long generated = System.nanoTime() - t0;
    System.out.printf(
        Locale.ROOT,
        "template: 1000 declarations in %.1f s (exit %d); POI open+save of the template ×1000 "
            + "%.1f s; ratio %.2f%n",
        generated / 1e9,
        code,
        baseline / 1e9,
        generated / (double) baseline);
  }
}
