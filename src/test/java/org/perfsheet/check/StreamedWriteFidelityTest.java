package org.perfsheet.check;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfsheet.report.WorkbookReport;
import org.perfsheet.rules.DeclaredTargets;
import org.perfsheet.scoring.ScoringProfile;
import org.perfsheet.testing.Packages;
import org.perfsheet.workbook.TemplateLearner;
import org.perfsheet.workbook.Unstreamable;

/**
 * The streamed write (issue 16) against POI's path, which is the reference: every sample .xlsx and
 * a corpus of mutated ones checked both ways must give the same report and, opened with POI, the
 * same workbook: sheets (order, names, visibility), every cell's value, formula and style (the
 * style's whole definition: format, font, fill, border, alignment, protection), comments (text,
 * author, box), merged regions, defined names with their scope, hyperlinks, data validations and
 * column widths; every relationship must resolve. The mutated corpus, and each returned copy
 * checked again, are {@link StreamedWriteMutationIT}'s (slow tier).
 */
class StreamedWriteFidelityTest {

  static Checker checker;

  @BeforeAll
  static void setUp() throws IOException {
    checker =
        new Checker(
            TemplateLearner.loadAll(Path.of("templates")),
            ScoringProfile.defaults(),
            new DeclaredTargets(),
            GoldenTest.REVIEW);
  }

  /** The samples, and two of them as openpyxl re-saves them (another writer's XML). */
  static List<Path> samples() throws IOException {
    List<Path> all = new ArrayList<>(xlsx(Path.of("test-workbooks")));
    all.addAll(xlsx(Path.of("src/test/resources/streamed")));
    return all;
  }

  /** Every .xlsx under the folder, in order. */
  static List<Path> xlsx(Path folder) throws IOException {
    try (Stream<Path> s = Files.walk(folder)) {
      return s.filter(p -> p.toString().toLowerCase(Locale.ROOT).endsWith(".xlsx"))
          .sorted()
          .toList();
    }
  }

  @Test
  void samplesWriteTheSameStreamedAsThroughPoi(@TempDir Path tmp) throws Exception {
    List<String> failures = new ArrayList<>();
    int streamed = 0;
    for (Path sample : samples()) {
      streamed += compare(sample, tmp, failures, false) ? 1 : 0;
    }
    report(failures, streamed, samples().size());
    assertTrue(streamed >= 12, "most samples take the streamed write: " + streamed);
  }

  static void report(List<String> failures, int streamed, int of) {
    System.out.println("streamed write: " + streamed + " of " + of + " written streamed");
    if (!failures.isEmpty()) {
      fail(String.join("\n", failures));
    }
  }

  /** Checks the file both ways; returns whether the streamed write took it. */
  static boolean compare(Path input, Path tmp, List<String> failures, boolean secondRound)
      throws Exception {
    Path dir = Files.createTempDirectory(tmp, "c");
    // the same name both ways: the second round's record names the file it checked
    Path byPoi = Files.createDirectories(dir.resolve("poi")).resolve("returned.xlsx");
    Path streamed = Files.createDirectories(dir.resolve("streamed")).resolve("returned.xlsx");
    WorkbookReport poi;
    System.setProperty("perfsheet.streaming.write", "false");
    try {
      poi = checker.process(input, byPoi);
    } finally {
      System.clearProperty("perfsheet.streaming.write");
    }
    WorkbookReport fast;
    try {
      fast = checker.processStreamed(input, streamed);
    } catch (Unstreamable e) {
      System.out.println("streamed write: passed on to POI: " + input + ": " + e.getMessage());
      return false;
    }
    String name = input.toString();
    try {
      assertEquals(GoldenTest.describe(poi), GoldenTest.describe(fast), name + ": report");
      sameLines(describe(byPoi), describe(streamed), name + ": workbook");
      Packages.assertEveryRelationshipResolves(streamed);
      untouchedPartsAsTheyCame(input, streamed);
      if (!secondRound) {
        return true; // GoldenTest checks each sample's second round
      }
      // returned and checked again (through POI: a resubmission), both come back the same
      Path again1 = dir.resolve("poi").resolve("again.xlsx");
      Path again2 = dir.resolve("streamed").resolve("again.xlsx");
      assertEquals(
          GoldenTest.describe(checker.process(byPoi, again1)),
          GoldenTest.describe(checker.process(streamed, again2))
              .replace(streamed.toString(), byPoi.toString()),
          name + ": second round");
      sameLines(describe(again1), describe(again2), name + ": second round's workbook");
    } catch (AssertionError e) {
      failures.add(e.getMessage());
    }
    return true;
  }

  /**
   * A style's whole definition as a reader resolves it (the two paths may number styles, fonts and
   * fills differently: what matters is what each cell looks like).
   */
  private static String style(XSSFCellStyle st) {
    XSSFFont font = st.getFont();
    return "font "
        + font.getFontName()
        + " "
        + font.getFontHeightInPoints()
        + (font.getBold() ? " bold" : "")
        + (font.getItalic() ? " italic" : "")
        + " u"
        + font.getUnderline()
        + (font.getStrikeout() ? " strike" : "")
        + " colour "
        + (font.getXSSFColor() == null
            ? "-"
            : font.getXSSFColor().isIndexed()
                ? "i" + font.getXSSFColor().getIndex()
                : font.getXSSFColor().getARGBHex())
        + " | fill "
        + st.getFillPattern()
        + " "
        + (st.getFillForegroundColorColor() == null
            ? "-"
            : st.getFillForegroundColorColor().getARGBHex())
        + (st.getFillPattern() == FillPatternType.SOLID_FOREGROUND
                || st.getFillBackgroundColorColor() == null
            ? ""
            : " on " + st.getFillBackgroundColorColor().getARGBHex())
        + " | border "
        + st.getBorderTop()
        + " "
        + st.getBorderBottom()
        + " "
        + st.getBorderLeft()
        + " "
        + st.getBorderRight()
        + " | "
        + st.getAlignment()
        + " "
        + st.getVerticalAlignment()
        + (st.getWrapText() ? " wrap" : "")
        + " indent "
        + st.getIndention()
        + " rotation "
        + st.getRotation()
        + (st.getShrinkToFit() ? " shrink" : "")
        + (st.getLocked() ? " locked" : "")
        + (st.getHidden() ? " hidden" : "")
        + (st.getQuotePrefixed() ? " quoted" : "")
        + " | "
        + st.getDataFormatString();
  }

  /**
   * Every part the streamed write has no reason to change (all but the workbook's list, its
   * relationships, the content types, the styles, the sheets and their comments and VML, to which
   * perfsheet's are appended) is byte for byte the submitter's.
   */
  private static void untouchedPartsAsTheyCame(Path input, Path output) throws IOException {
    try (ZipFile a = new ZipFile(input.toFile());
        ZipFile b = new ZipFile(output.toFile())) {
      for (var e = a.entries(); e.hasMoreElements(); ) {
        var entry = e.nextElement();
        String n = entry.getName();
        if (n.equals("[Content_Types].xml")
            || n.matches("xl/(workbook\\.xml|_rels/workbook\\.xml\\.rels|styles\\.xml)")
            || n.startsWith("xl/worksheets/")
            || n.matches("xl/(comments\\d+\\.xml|drawings/vmlDrawing\\d+\\.vml)")) {
          continue;
        }
        assertArrayEquals(
            a.getInputStream(entry).readAllBytes(),
            b.getInputStream(b.getEntry(n)).readAllBytes(),
            input + ": " + n + " as it came");
      }
    }
  }

  /** Equal, or a failure that shows the first lines that differ. */
  private static void sameLines(String expected, String actual, String what) {
    String[] a = expected.split("\n");
    String[] b = actual.split("\n");
    for (int i = 0; i < Math.max(a.length, b.length); i++) {
      String x = i < a.length ? a[i] : "(end)";
      String y = i < b.length ? b[i] : "(end)";
      if (!x.equals(y)) {
        fail(what + " differs at line " + (i + 1) + ":\n  POI:      " + x + "\n  streamed: " + y);
      }
    }
  }

  /** Everything a reader of the workbook sees, one line per item. */
  static String describe(Path file) throws IOException {
    StringBuilder sb = new StringBuilder();
    DataFormatter f = new DataFormatter(Locale.ROOT);
    Map<Integer, String> styles = new HashMap<>();
    try (InputStream in = Files.newInputStream(file);
        XSSFWorkbook wb = (XSSFWorkbook) WorkbookFactory.create(in)) {
      sb.append("active ").append(wb.getActiveSheetIndex()).append('\n');
      for (Name n : wb.getAllNames()) {
        sb.append("name ")
            .append(n.getNameName())
            .append(" @")
            .append(n.getSheetIndex())
            .append(" = ")
            .append(n.getRefersToFormula())
            .append('\n');
      }
      for (int i = 0; i < wb.getNumberOfSheets(); i++) {
        XSSFSheet s = wb.getSheetAt(i);
        boolean state = s.getSheetName().equals("perfsheet_state");
        sb.append("sheet ")
            .append(s.getSheetName())
            .append(' ')
            .append(wb.getSheetVisibility(i))
            .append(s.isSelected() ? " selected" : "")
            .append(" merges ")
            .append(s.getMergedRegions())
            .append(" validations ")
            .append(s.getDataValidations().size())
            .append(" widths");
        for (int c = 0; c < 12; c++) {
          sb.append(' ').append(s.getColumnWidth(c)).append(s.isColumnHidden(c) ? "h" : "");
        }
        sb.append('\n');
        for (Row row : s) {
          if (state && "style".equals(f.formatCellValue(row.getCell(0)))) {
            continue; // which index each of perfsheet's styles got: each path numbers its own
          }
          sb.append(" row ")
              .append(row.getRowNum())
              .append(' ')
              .append(row.getHeight())
              .append('\n');
          for (Cell c : row) {
            sb.append("  ")
                .append(c.getAddress())
                .append(' ')
                .append(c.getCellType())
                .append(" [")
                .append(f.formatCellValue(c))
                .append("] ");
            if (c.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
              sb.append(c.getNumericCellValue()).append(' ');
            }
            XSSFCellStyle st = (XSSFCellStyle) c.getCellStyle();
            sb.append(styles.computeIfAbsent((int) st.getIndex(), k -> style(st)));
            if (c.getHyperlink() != null) {
              sb.append(" link ").append(c.getHyperlink().getAddress());
            }
            Comment m = c.getCellComment();
            if (m != null) {
              XSSFClientAnchor a = (XSSFClientAnchor) ((XSSFComment) m).getClientAnchor();
              sb.append(" comment ")
                  .append(m.getAuthor())
                  .append(": ")
                  .append(m.getString().getString())
                  .append(" box ")
                  .append(a.getCol1())
                  .append(',')
                  .append(a.getRow1())
                  .append(',')
                  .append(a.getCol2())
                  .append(',')
                  .append(a.getRow2())
                  .append(m.isVisible() ? " shown" : "");
            }
            sb.append('\n');
          }
        }
      }
    }
    return sb.toString();
  }
}
