package org.perfsheet.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.perfsheet.layout.Labels;
import org.perfsheet.layout.Layout;
import org.perfsheet.model.Finding;
import org.perfsheet.model.FormResult;
import org.perfsheet.report.WorkbookReport;
import org.perfsheet.scoring.ScoringProfile;
import org.perfsheet.workbook.TemplateLearner;

/**
 * The property a reviewer's trust rests on (issue 10): on every sample workbook, forms we made and
 * forms governments published alike, no finding is placed on a title, a label or a header. A
 * finding's cell must not show a label of any known layout or a form title, nor lie in a box the
 * published form prints (the {@code .label-cells.txt} lists beside the foreign samples). Findings
 * about the form as a whole ({@code onForm}) mark no cell and are exempt.
 */
class NoFindingOnALabelTest {

  static List<Layout> layouts;
  static final DataFormatter FORMAT = new DataFormatter(Locale.ROOT);

  @BeforeAll
  static void learn() throws IOException {
    layouts = TemplateLearner.loadAll(Path.of("templates"));
  }

  static Stream<Path> samples() throws IOException {
    List<Path> all = new ArrayList<>();
    for (Path root : List.of(Path.of("test-workbooks"), Path.of("src/test/resources/real-world"))) {
      try (Stream<Path> s = Files.walk(root)) {
        s.filter(p -> p.getFileName().toString().matches("[^~.].*\\.xlsx?$"))
            .sorted()
            .forEach(all::add);
      }
    }
    return all.stream();
  }

  @ParameterizedTest
  @MethodSource("samples")
  void noFindingSitsOnALabel(Path sample, @TempDir Path out) throws IOException {
    WorkbookReport r =
        new Checker(layouts, ScoringProfile.defaults())
            .process(sample, out.resolve(sample.getFileName()));
    List<CellRangeAddress> printed = printedBoxes(sample);
    List<String> wrong = new ArrayList<>();
    try (InputStream in = Files.newInputStream(sample);
        Workbook wb = WorkbookFactory.create(in)) {
      for (FormResult f : r.forms()) {
        for (Finding x : f.findings()) {
          if (x.code().onForm()) {
            continue;
          }
          String text = text(wb.getSheet(x.cell().sheet()), x.cell().row(), x.cell().col());
          String label = Labels.normalize(text);
          boolean isLabel =
              !label.isEmpty()
                  && !answerColumn(wb.getSheet(x.cell().sheet()), x.cell().col(), label)
                  && layouts.stream()
                      .anyMatch(l -> l.isLabel(label) || Labels.compact(text).contains(l.title()));
          boolean inPrinted =
              printed.stream().anyMatch(b -> b.isInRange(x.cell().row(), x.cell().col()));
          if (isLabel || inPrinted) {
            wrong.add(x + "  (the cell shows “" + text + "”)");
          }
        }
      }
    }
    assertEquals(List.of(), wrong, sample + ": findings on labels, titles or headers");
  }

  /**
   * Whether the cell's word is the unit's answer, not a header: layouts that print 完成目标可能性 as one
   * column fill it with the words the three-column layouts print as headers (确定能, 有可能, 完全不可能). A
   * column holding them on two or more rows is such a column; a header is one cell above tick
   * marks.
   */
  private static boolean answerColumn(Sheet sheet, int col, String label) {
    List<String> words = List.of("确定能", "有可能", "完全不可能");
    if (!words.contains(label)) {
      return false;
    }
    int rows = 0;
    for (var row : sheet) {
      var c = row.getCell(col);
      if (c != null && words.contains(Labels.normalize(FORMAT.formatCellValue(c)))) {
        rows++;
      }
    }
    return rows >= 2;
  }

  /** The merged region's top-left text, as a person sees the box. */
  private static String text(Sheet sheet, int row, int col) {
    for (CellRangeAddress m : sheet.getMergedRegions()) {
      if (m.isInRange(row, col)) {
        row = m.getFirstRow();
        col = m.getFirstColumn();
        break;
      }
    }
    var r = sheet.getRow(row);
    return r == null || r.getCell(col) == null ? "" : FORMAT.formatCellValue(r.getCell(col));
  }

  /** The printed boxes listed beside a published sample (A1 range, a tab, the text), if any. */
  private static List<CellRangeAddress> printedBoxes(Path sample) throws IOException {
    Path list =
        sample.resolveSibling(
            sample.getFileName().toString().replaceFirst("\\.xlsx?$", ".label-cells.txt"));
    List<CellRangeAddress> out = new ArrayList<>();
    if (Files.exists(list)) {
      for (String line : Files.readAllLines(list, StandardCharsets.UTF_8)) {
        if (!line.isBlank() && !line.startsWith("#")) {
          out.add(CellRangeAddress.valueOf(line.split("\t")[0].strip()));
        }
      }
    }
    return out;
  }
}
