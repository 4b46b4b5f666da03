package org.perfsheet.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfsheet.layout.FieldLayout;
import org.perfsheet.layout.Layout;
import org.perfsheet.layout.Locator;

/**
 * What the learner makes of the shipped templates, as readable text: one line per field with its
 * locator. {@code src/test/resources/golden/layouts.txt} is the expected text; rerun with {@code
 * -Dgolden.update=true} to rewrite it after a deliberate template change, and review the diff.
 */
class TemplateLearnerTest {

  static String describe(Layout l) {
    StringBuilder sb =
        new StringBuilder("== " + l.id() + " (" + l.kind().code() + ", title " + l.title() + ")\n");
    for (FieldLayout f : l.fields()) {
      sb.append(f.key())
          .append(": ")
          .append(describe(f.locator()))
          .append(f.required() ? " required" : "")
          .append(f.fillDown() ? " fill-down" : "")
          .append(f.below() ? " below-table" : "")
          .append(f.repeated() ? " repeated" : "")
          .append('\n');
    }
    return sb.toString();
  }

  static String describe(Locator l) {
    String labels =
        l.labels().stream()
            .map(
                s ->
                    s.name()
                        + (s.forms().size() > 1
                            ? "{"
                                + s.forms().stream()
                                    .filter(x -> !x.equals(s.name()))
                                    .sorted()
                                    .collect(Collectors.joining("|"))
                                + "}"
                            : ""))
            .collect(Collectors.joining(" × "));
    String nth =
        l instanceof Locator.RightOf r && r.nth() > 0
            ? " #" + (r.nth() + 1)
            : l instanceof Locator.Grid g && g.underHeader()
                ? " under-header"
                : l instanceof Locator.TableColumn c
                    ? (c.span() > 1 ? " span " + c.span() : "")
                        + (c.nth() > 0 ? " #" + (c.nth() + 1) : "")
                    : "";
    return l.getClass().getSimpleName() + "(" + labels + ")" + nth;
  }

  @Test
  void shippedTemplatesLearnAsExpected() throws IOException {
    List<Layout> layouts = TemplateLearner.loadAll(Path.of("templates"));
    String actual =
        layouts.stream().map(TemplateLearnerTest::describe).collect(Collectors.joining("\n"));
    Path golden = Path.of("src/test/resources/golden/layouts.txt");
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(golden.getParent());
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    assertEquals(
        Files.readString(golden, StandardCharsets.UTF_8),
        actual,
        "layouts learned from templates/ differ from " + golden);
  }

  @Test
  void aTemplateWithoutLegendIsRefusedWithTheFix(@TempDir Path dir) {
    IOException e =
        assertThrows(
            IOException.class,
            () -> {
              Path tmp = dir.resolve("bad-template.xlsx");
              try (XSSFWorkbook wb = new XSSFWorkbook();
                  var out = Files.newOutputStream(tmp)) {
                wb.createSheet("表");
                wb.write(out);
              }
              new TemplateLearner().learn(tmp);
            });
    assertTrue(e.getMessage().contains("缺少工作表“字段说明”（表类型、识别标题、字段和别名）"), e.getMessage());
  }
}
