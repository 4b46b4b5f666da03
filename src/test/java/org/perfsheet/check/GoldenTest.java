package org.perfsheet.check;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.poi.hssf.util.HSSFColor;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Color;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.perfsheet.model.Finding;
import org.perfsheet.model.FormResult;
import org.perfsheet.model.ReviewSettings;
import org.perfsheet.report.WorkbookReport;
import org.perfsheet.rules.DeclaredTargets;
import org.perfsheet.scoring.ScoringProfile;
import org.perfsheet.testing.Packages;
import org.perfsheet.workbook.TemplateLearner;

/**
 * Golden tests over the sample workbooks in {@code test-workbooks/}: for each, the scores, every
 * finding, and what the annotated copy shows (comments, fills, filled values, the findings sheet)
 * as readable text in {@code src/test/resources/golden/<path>.txt}. Run with {@code
 * -Dgolden.update=true} to rewrite them after a deliberate change, then review the diff.
 *
 * <p>Each case also checks that the input is left byte for byte as it was, and that checking the
 * annotated copy again gives the same annotated copy (annotations never pile up).
 */
class GoldenTest {

  /** The sample workbooks, and the real exports of ../shared/real-world (copied as they are). */
  static final List<Path> ROOTS =
      List.of(Path.of("test-workbooks"), Path.of("src/test/resources/real-world"));

  static final Path GOLDEN = Path.of("src/test/resources/golden");
  static Checker checker;

  @BeforeAll
  static void setUp() throws IOException {
    checker =
        new Checker(
            TemplateLearner.loadAll(Path.of("templates")),
            ScoringProfile.defaults(),
            new DeclaredTargets(),
            REVIEW);
  }

  /**
   * Reviewed at a fixed time in Shanghai, so that the findings sheet's record is the same every
   * run.
   */
  static final ReviewSettings REVIEW =
      ReviewSettings.defaults()
          .withClock(
              Clock.fixed(Instant.parse("2026-11-28T06:30:00Z"), ZoneId.of("Asia/Shanghai")));

  static Stream<Path> samples() throws IOException {
    List<Path> all = new ArrayList<>();
    for (Path root : ROOTS) {
      try (Stream<Path> s = Files.walk(root)) {
        s.filter(Files::isRegularFile)
            .filter(p -> p.toString().toLowerCase(Locale.ROOT).matches(".*\\.xlsx?$"))
            .sorted()
            .forEach(all::add);
      }
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void sampleWorkbook(Path input, @TempDir Path tmp) throws Exception {
    Path sample = input.subpath(input.getNameCount() - 2, input.getNameCount());
    byte[] before = sha256(input);
    // Returned copies keep the input's name, as a resubmission would.
    Path output = tmp.resolve("once").resolve(input.getFileName().toString());
    WorkbookReport report = checker.process(input, output);
    assertArrayEquals(before, sha256(input), "the input must not be modified: " + input);

    String actual = describe(report) + (report.output() == null ? "" : dump(output));
    Path golden = GOLDEN.resolve(sample + ".txt");
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(golden.getParent());
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    assertEquals(
        Files.exists(golden)
            ? Files.readString(golden, StandardCharsets.UTF_8)
            : "(no golden file " + golden + ")",
        actual,
        "golden " + golden);

    if (report.output() != null) {
      Path twice = tmp.resolve("twice").resolve(input.getFileName().toString());
      WorkbookReport again = checker.process(output, twice);
      assertEquals(
          describe(report),
          describe(again).replace(output.toString(), input.toString()),
          "checking the returned workbook again finds the same");
      String second = dump(twice);
      if (again.forms().stream().anyMatch(f -> !f.findings().isEmpty())) {
        assertTrue(
            second.contains("问题与上次相同，均未修正"), "the second round says nothing changed:\n" + second);
      }
      assertTrue(second.contains("第 2 次审核"), "the second round is counted");
      assertEquals(
          dump(output),
          asFirstRound(second),
          "annotations must not pile up on a resubmitted workbook");
      if (output.toString().endsWith(".xlsx")) {
        Packages.assertEveryRelationshipResolves(output);
        Packages.assertEveryRelationshipResolves(twice);
      }
    }
  }

  /**
   * A second round's dump with its round and comparison as the first round's, to compare the rest.
   */
  static String asFirstRound(String dump) {
    return dump.replace("第 2 次审核", "第 1 次审核").replaceAll("= 上次错误 [^\n]*", "= 首次审核");
  }

  /** Scores and findings, one line each. */
  static String describe(WorkbookReport r) {
    StringBuilder sb = new StringBuilder("status: " + r.status().code() + "\n");
    if (r.error() != null) {
      sb.append("error: ")
          .append(r.error().code())
          .append(": ")
          .append(r.error().message())
          .append('\n');
    }
    for (FormResult f : r.forms()) {
      sb.append("\n== ")
          .append(f.sheet())
          .append(" (")
          .append(f.kind().code())
          .append(", template ")
          .append(f.template())
          .append(")\n");
      sb.append("project: ")
          .append(f.project())
          .append(" | ")
          .append(f.department())
          .append(" | ")
          .append(f.unit())
          .append(" | ")
          .append(f.year())
          .append('\n');
      sb.append("amounts (元): budget ")
          .append(f.budget())
          .append(", spent ")
          .append(f.spent())
          .append('\n');
      sb.append("budget rate: ").append(f.budgetRate()).append('\n');
      sb.append("budget score: ").append(f.budgetScore()).append('\n');
      sb.append("total: ").append(f.total()).append(", grade ").append(f.grade()).append('\n');
      for (Finding x : f.findings()) {
        sb.append(x.cell().a1())
            .append(' ')
            .append(x.severity().code())
            .append(' ')
            .append(x.code())
            .append(x.indicator() == null ? "" : " [" + x.indicator() + "]")
            .append(": ")
            .append(x.message())
            .append('\n');
      }
    }
    return sb.toString();
  }

  /**
   * What a reviewer sees that perfsheet added: sheet order, comments, fills, and the findings
   * sheet's text.
   */
  static String dump(Path workbook) throws IOException {
    StringBuilder sb = new StringBuilder("\n-- annotated workbook\n");
    DataFormatter f = new DataFormatter(Locale.ROOT);
    try (InputStream in = Files.newInputStream(workbook);
        Workbook wb = WorkbookFactory.create(in)) {
      for (int i = 0; i < wb.getNumberOfSheets(); i++) {
        Sheet s = wb.getSheetAt(i);
        sb.append("sheet ")
            .append(i)
            .append(": ")
            .append(s.getSheetName())
            .append(" [")
            .append(wb.getSheetVisibility(i).name().toLowerCase(Locale.ROOT))
            .append("]\n");
        if (wb.isSheetVeryHidden(i)) {
          continue;
        }
        boolean findingsSheet = i == 0 && s.getSheetName().equals("审核意见");
        for (Row row : s) {
          for (Cell c : row) {
            Comment comment = c.getCellComment();
            String fill = fill(c.getCellStyle());
            String value = f.formatCellValue(c);
            if (findingsSheet && !value.isBlank()) {
              sb.append("  ")
                  .append(c.getAddress())
                  .append(" = ")
                  .append(value.replace("\n", "⏎"))
                  .append('\n');
            } else if (comment != null || fill != null) {
              sb.append("  ")
                  .append(c.getAddress())
                  .append(fill == null ? "" : " fill " + fill)
                  .append(" = ")
                  .append(value.replace("\n", "⏎"));
              if (comment != null) {
                sb.append(" // ")
                    .append(comment.getAuthor())
                    .append(": ")
                    .append(comment.getString().getString().replace("\n", "⏎"));
              }
              sb.append('\n');
            }
          }
        }
      }
    }
    return sb.toString();
  }

  /** The fill perfsheet sets (solid, not the template's grey labels), as hex; null when none. */
  static String fill(CellStyle style) {
    if (style.getFillPattern() != FillPatternType.SOLID_FOREGROUND) {
      return null;
    }
    Color color = style.getFillForegroundColorColor();
    String hex =
        color instanceof XSSFColor x && x.getRGB() != null
            ? String.format("%02X%02X%02X", x.getRGB()[0], x.getRGB()[1], x.getRGB()[2])
            : color instanceof HSSFColor h
                ? String.format(
                    "%02X%02X%02X", h.getTriplet()[0], h.getTriplet()[1], h.getTriplet()[2])
                : null;
    return List.of("C0C0C0", "BFBFBF", "D9D9D9").contains(hex) ? null : hex;
  }

  static byte[] sha256(Path p) throws Exception {
    return MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p));
  }
}
