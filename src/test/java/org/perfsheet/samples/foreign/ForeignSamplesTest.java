package org.perfsheet.samples.foreign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fixtures in {@code test-workbooks/foreign/} are what {@link BuildForeignSamples} makes (cell
 * by cell: values, formulas and whether they carry a stored result, merged boxes; and the
 * printed-box lists), and each {@code .expected.md} is consistent with its workbook: every required
 * finding sits on a cell outside the printed boxes.
 */
class ForeignSamplesTest {

  @TempDir static Path built;

  @BeforeAll
  static void build() throws IOException {
    BuildForeignSamples.build(built);
  }

  static Stream<String> workbooks() throws IOException {
    try (Stream<Path> s = Files.list(BuildForeignSamples.DIR)) {
      List<String> names =
          s.map(p -> p.getFileName().toString())
              .filter(n -> n.toLowerCase(Locale.ROOT).matches(".*\\.xlsx?$"))
              .sorted()
              .toList();
      assertEquals(18, names.size(), "foreign workbooks: " + names);
      return names.stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("workbooks")
  void committedWorkbookIsWhatTheGeneratorMakes(String name) throws IOException {
    assertEquals(dump(built.resolve(name)), dump(BuildForeignSamples.DIR.resolve(name)), name);
    String labels = base(name) + ".label-cells.txt";
    assertEquals(
        Files.readString(built.resolve(labels)),
        Files.readString(BuildForeignSamples.DIR.resolve(labels)),
        labels);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("workbooks")
  void requiredFindingsSitOnValueCells(String name) throws IOException {
    Path md = BuildForeignSamples.DIR.resolve(base(name) + ".expected.md");
    String text = Files.readString(md);
    List<CellRangeAddress> boxes = new ArrayList<>();
    for (String line :
        Files.readAllLines(BuildForeignSamples.DIR.resolve(base(name) + ".label-cells.txt"))) {
      if (!line.startsWith("#")) {
        String range = line.substring(0, line.indexOf('\t'));
        boxes.add(CellRangeAddress.valueOf(range.contains(":") ? range : range + ":" + range));
      }
    }
    assertFalse(boxes.isEmpty(), name);
    int section = text.indexOf("## Findings a reviewer gives (required)");
    assertTrue(section >= 0, md + " has no required-findings section");
    String required = text.substring(section, text.indexOf("\n## ", section + 1));
    Matcher m =
        Pattern.compile("(?m)^\\| ([A-Z]+[0-9]+) \\| ([A-Z_]+) \\| (error|warning|info) \\|")
            .matcher(required);
    while (m.find()) {
      CellReference c = new CellReference(m.group(1));
      for (CellRangeAddress box : boxes) {
        assertFalse(
            box.isInRange(c.getRow(), c.getCol()),
            md
                + ": "
                + m.group(1)
                + " "
                + m.group(2)
                + " is in the printed box "
                + box.formatAsString());
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("workbooks")
  void formulasHaveStoredResultsExactlyWhereTheReadmeSays(String name) throws IOException {
    try (InputStream in = Files.newInputStream(BuildForeignSamples.DIR.resolve(name));
        Workbook wb = WorkbookFactory.create(in)) {
      TreeSet<String> formulas = new TreeSet<>();
      for (Row row : wb.getSheetAt(0)) {
        for (Cell c : row) {
          if (c.getCellType() == CellType.FORMULA) {
            formulas.add(c.getAddress().formatAsString());
          }
        }
      }
      if (name.contains("委托业务项目")) {
        assertEquals("[E7, F7, G7, H25, I25, I7, J7]", formulas.toString(), name);
        assertNull(
            storedResultOf(BuildForeignSamples.DIR.resolve(name), "E7"),
            "no stored result: " + name);
      } else if (name.contains("青神县")) {
        assertEquals(
            "[C11, D11, E11, F11, F12, F13, F14, H11, I25, J25]", formulas.toString(), name);
        assertEquals("128.25", storedResultOf(BuildForeignSamples.DIR.resolve(name), "E11"), name);
      } else {
        assertTrue(formulas.isEmpty(), name + ": " + formulas);
      }
    }
  }

  /**
   * The {@code <v>} POI wrote for a formula cell of the first sheet, or null when there is none.
   */
  private static String storedResultOf(Path xlsx, String cell) throws IOException {
    try (ZipFile zip = new ZipFile(xlsx.toFile())) {
      String sheet =
          new String(
              zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml")).readAllBytes(),
              StandardCharsets.UTF_8);
      Matcher m = Pattern.compile("<c r=\"" + cell + "\"[^>]*>(.*?)</c>").matcher(sheet);
      assertTrue(m.find(), cell + " in " + xlsx);
      Matcher v = Pattern.compile("<v>([^<]*)</v>").matcher(m.group(1));
      return v.find() ? v.group(1).replaceAll("\\.0$", "") : null;
    }
  }

  private static String base(String name) {
    return name.substring(0, name.lastIndexOf('.'));
  }

  /** Every sheet's cells (value or formula, with type) and merged boxes, one line each. */
  private static String dump(Path file) throws IOException {
    StringBuilder sb = new StringBuilder();
    try (InputStream in = Files.newInputStream(file);
        Workbook wb = WorkbookFactory.create(in)) {
      for (Sheet s : wb) {
        sb.append("sheet ").append(s.getSheetName()).append('\n');
        for (Row row : s) {
          for (Cell c : row) {
            String v =
                switch (c.getCellType()) {
                  case FORMULA -> "=" + c.getCellFormula();
                  case NUMERIC -> Double.toString(c.getNumericCellValue());
                  case STRING -> "'" + c.getStringCellValue();
                  case BLANK -> null;
                  default -> c.getCellType() + " " + c;
                };
            if (v != null) {
              sb.append(c.getAddress().formatAsString()).append(' ').append(v).append('\n');
            }
          }
        }
        List<String> merged = new ArrayList<>();
        s.getMergedRegions().forEach(r -> merged.add(r.formatAsString()));
        merged.sort(null);
        sb.append("merged ").append(merged).append('\n');
      }
    }
    return sb.toString();
  }
}
