package org.perfsheet.template;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/** The generators' tests start from the Putuo 2024 sample declarations (seed 003). */
final class FromSampleDeclarations {

  static final String DECLARATIONS = "test-workbooks/declaration/2024-普陀区司法局-绩效目标申报表.xlsx";

  private FromSampleDeclarations() {}

  /**
   * {@code perfsheet template KIND --from DECLARATIONS --out OUT EXTRA…}, which must succeed (its
   * output is the failure's message).
   */
  static void generate(String kind, Path out, String... extra) {
    StringWriter sink = new StringWriter();
    CommandLine cl = new CommandLine(new TemplateCommand());
    cl.setOut(new PrintWriter(sink));
    cl.setErr(new PrintWriter(sink));
    List<String> args =
        new ArrayList<>(List.of(kind, "--from", DECLARATIONS, "--out", out.toString()));
    args.addAll(List.of(extra));
    assertEquals(0, cl.execute(args.toArray(String[]::new)), sink.toString());
  }
}
