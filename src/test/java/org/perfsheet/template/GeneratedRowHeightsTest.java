package org.perfsheet.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Excel and WPS show a row as tall as it was saved, whatever wraps in it: the generated forms carry
 * the declared 三级指标 and goals into the template's rows, and each row must be tall enough for them,
 * or the clerk sees only the first line of a long indicator name.
 */
class GeneratedRowHeightsTest {

  @ParameterizedTest
  @ValueSource(strings = {"monitoring", "self-evaluation"})
  void everyWrappedTextFitsItsRow(String kind, @TempDir Path tmp) throws Exception {
    FromSampleDeclarations.generate(kind, tmp);
    List<String> cramped = new ArrayList<>();
    int longNames = 0;
    try (Stream<Path> files = Files.list(tmp)) {
      for (Path f : files.sorted().toList()) {
        try (InputStream in = Files.newInputStream(f);
            XSSFWorkbook wb = new XSSFWorkbook(in)) {
          XSSFSheet s = wb.getSheetAt(0);
          for (Row row : s) {
            for (Cell c : row) {
              int lines = linesNeeded(s, c);
              if (lines >= 2 && c.getStringCellValue().length() >= 10) {
                longNames++;
              }
              // A line of a 10-point font is at least 12 points high.
              double font = wb.getFontAt(c.getCellStyle().getFontIndex()).getFontHeightInPoints();
              if (row.getHeightInPoints() < lines * font * 1.2) {
                cramped.add(
                    f.getFileName()
                        + " "
                        + c.getAddress()
                        + " "
                        + c.getStringCellValue()
                        + ": "
                        + lines
                        + " lines in "
                        + row.getHeightInPoints()
                        + " pt");
              }
            }
          }
        }
      }
    }
    assertTrue(longNames > 0, "the sample declarations have names that wrap");
    assertEquals(List.of(), cramped);
  }

  /**
   * The lines a wrapped text takes in its one-row box, counted as Excel lays out a CJK font: two
   * digit widths a character, scaled by the font against the 11-point digit a width is measured in;
   * 0 for anything else.
   */
  static int linesNeeded(XSSFSheet s, Cell c) {
    if (c.getCellType() != CellType.STRING
        || !c.getCellStyle().getWrapText()
        || c.getStringCellValue().isBlank()) {
      return 0;
    }
    int first = c.getColumnIndex();
    int last = first;
    for (CellRangeAddress m : s.getMergedRegions()) {
      if (m.isInRange(c)) {
        if (m.getLastRow() > m.getFirstRow()) {
          return 0;
        }
        first = m.getFirstColumn();
        last = m.getLastColumn();
      }
    }
    double width = 0;
    for (int col = first; col <= last; col++) {
      width += s.getColumnWidth(col) / 256.0;
    }
    double font =
        s.getWorkbook().getFontAt(c.getCellStyle().getFontIndex()).getFontHeightInPoints();
    int lines = 0;
    for (String paragraph : c.getStringCellValue().split("\n", -1)) {
      double units = paragraph.codePoints().map(cp -> cp >= 0x2E80 ? 2 : 1).sum() * font / 11;
      lines += Math.max(1, (int) Math.ceil(units / width));
    }
    return lines;
  }
}
