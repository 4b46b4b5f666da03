package org.perfsheet.workbook;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipFile;
import org.apache.poi.ss.usermodel.CellType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfsheet.layout.FormData;

/** The streamed write's first pieces: a package copied through, one sheet's cells restyled. */
class StreamedCopyTest {

  @TempDir Path tmp;

  @BeforeAll
  static void learn() throws IOException {
    StreamedFidelityTest.learn();
  }

  /** Every text cell of the first sheet restyled to the default style: the copy POI reads. */
  static Map<Long, Integer> textCellsToDefault(StreamedWorkbook wb) {
    Map<Long, Integer> styles = new HashMap<>();
    for (GridCell c : wb.sheet(0).cells()) {
      if (c.type() == CellType.STRING) {
        styles.put(StreamedSheet.key(c.row(), c.col()), 0);
      }
    }
    return styles;
  }

  @Test
  void restyledCellsChangeAndNothingElseDoes() throws Exception {
    for (String name :
        List.of(
            "test-workbooks/self-evaluation/2021-上海市司法局-项目自评表.xlsx",
            "test-workbooks/declaration/2024-普陀区司法局-绩效目标申报表.xlsx",
            "src/test/resources/streamed/openpyxl-declaration.xlsx")) {
      Path source = Path.of(name);
      Path copy = tmp.resolve("copy.xlsx");
      Map<Long, Integer> styles;
      String part;
      try (StreamedWorkbook wb = StreamedWorkbook.open(source)) {
        styles = textCellsToDefault(wb);
        part = wb.part(0);
      }
      assertFalse(styles.isEmpty());
      try (OutputStream out = Files.newOutputStream(copy)) {
        StreamedCopy.copy(source, out, Map.of(part, xml -> SheetStyleEdit.apply(xml, styles)));
      }
      List<FormData> before = StreamedFidelityTest.poiForms(source);
      assertEquals(before, StreamedFidelityTest.poiForms(copy), name + ": the same forms");
      try (WorkbookOpener.Opened o = WorkbookOpener.open(copy)) {
        var sheet = o.workbook().getSheetAt(0);
        styles.forEach(
            (key, style) ->
                assertEquals(
                    style.intValue(),
                    sheet
                        .getRow((int) (key >> 20))
                        .getCell((int) (key & 0xFFFFF))
                        .getCellStyle()
                        .getIndex(),
                    name));
      }
      try (var a = new ZipFile(source.toFile());
          var b = new ZipFile(copy.toFile())) {
        for (var e = a.entries(); e.hasMoreElements(); ) {
          var entry = e.nextElement();
          if (!entry.getName().equals(part)) {
            assertArrayEquals(
                a.getInputStream(entry).readAllBytes(),
                b.getInputStream(b.getEntry(entry.getName())).readAllBytes(),
                name + ": " + entry.getName() + " copied as it came");
          }
        }
      }
    }
  }

  @Test
  void anAttributeIsSetWhereverItStands() {
    Map<Long, Integer> styles =
        Map.of(StreamedSheet.key(0, 0), 7, StreamedSheet.key(0, 1), 8, StreamedSheet.key(0, 2), 9);
    String xml =
        "<sheetData><row r=\"1\"><c r=\"A1\" s=\"3\" t=\"s\"><v>0</v></c><c r=\"B1\"/><c r='C1'"
            + " t='n' s='12'><v>1</v></c><c r=\"D1\" s=\"4\"/></row></sheetData><cols><col"
            + " min=\"1\"/></cols>";
    String out =
        new String(
            SheetStyleEdit.apply(xml.getBytes(StandardCharsets.UTF_8), styles),
            StandardCharsets.UTF_8);
    assertEquals(
        "<sheetData><row r=\"1\"><c r=\"A1\" s=\"7\" t=\"s\"><v>0</v></c><c r=\"B1\" s=\"8\"/><c"
            + " r='C1' t='n' s=\"9\"><v>1</v></c><c r=\"D1\" s=\"4\"/></row></sheetData><cols><col"
            + " min=\"1\"/></cols>",
        out);
    UnaryOperator<byte[]> missing =
        x -> SheetStyleEdit.apply(x, Map.of(StreamedSheet.key(5, 5), 1));
    assertThrows(
        Unstreamable.class,
        () -> missing.apply(xml.getBytes(StandardCharsets.UTF_8)),
        "a cell the sheet does not store: not guessed where to put it");
  }
}
