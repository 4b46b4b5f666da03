package org.perfsheet.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The annotated sheet's XML edit: exactly the marked cells change, everything else stays. */
class SheetEditTest {

  private static final String ROOT =
      "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
          + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">";

  private static String edit(
      String xml, boolean deselect, String drawing, SheetEdit.Cell... cells) {
    Map<Long, SheetEdit.Cell> edits = new TreeMap<>();
    for (SheetEdit.Cell c : cells) {
      edits.put(StreamedSheet.key(c.row(), c.col()), c);
    }
    return new String(
        SheetEdit.apply(xml.getBytes(StandardCharsets.UTF_8), edits, deselect, drawing),
        StandardCharsets.UTF_8);
  }

  private static SheetEdit.Cell style(int row, int col, int style) {
    return new SheetEdit.Cell(row, col, style, null);
  }

  @Test
  void aStyleIsSetWhereverItsAttributeStands() {
    String xml =
        ROOT
            + "<sheetData><row r=\"1\"><c r=\"A1\" s=\"3\" t=\"s\"><v>0</v></c><c r=\"B1\"/><c"
            + " r='C1' t='n' s='12'><v>1</v></c><c r=\"D1\" s=\"4\"/></row></sheetData><cols><col"
            + " min=\"1\"/></cols></worksheet>";
    assertEquals(
        ROOT
            + "<sheetData><row r=\"1\"><c r=\"A1\" s=\"7\" t=\"s\"><v>0</v></c><c r=\"B1\""
            + " s=\"8\"/><c r='C1' t='n' s=\"9\"><v>1</v></c><c r=\"D1\" s=\"4\"/></row>"
            + "</sheetData><cols><col min=\"1\"/></cols></worksheet>",
        edit(xml, false, null, style(0, 0, 7), style(0, 1, 8), style(0, 2, 9)));
  }

  @Test
  void aValueGoesIntoAnEmptyCellAsPoiWritesANumber() {
    String xml =
        ROOT
            + "<sheetData><row r=\"2\" spans=\"1:3\"><c r=\"A2\" s=\"5\"/><c r=\"B2\" s=\"6\""
            + " t=\"inlineStr\"><is><t> </t></is></c></row></sheetData></worksheet>";
    assertEquals(
        ROOT
            + "<sheetData><row r=\"2\" spans=\"1:3\"><c r=\"A2\" s=\"11\"><v>85.0</v></c><c"
            + " r=\"B2\" s=\"12\"><v>0.9523</v></c></row></sheetData></worksheet>",
        edit(
            xml,
            false,
            null,
            new SheetEdit.Cell(1, 0, 11, 85.0),
            new SheetEdit.Cell(1, 1, 12, 0.9523)));
  }

  @Test
  void cellsAndRowsTheSheetDoesNotStoreAreMadeInOrder() {
    String xml =
        ROOT
            + "<sheetData><row r=\"2\"><c r=\"C2\"><v>1</v></c></row><row r=\"4\"/>"
            + "<row r=\"6\"><c r=\"A6\"><v>2</v></c></row></sheetData></worksheet>";
    assertEquals(
        ROOT
            + "<sheetData><row r=\"1\"><c r=\"B1\" s=\"1\"/></row><row r=\"2\"><c r=\"A2\""
            + " s=\"2\"/><c r=\"C2\"><v>1</v></c><c r=\"D2\" s=\"3\"><v>4.5</v></c></row>"
            + "<row r=\"3\"><c r=\"A3\" s=\"4\"/></row><row r=\"4\"><c r=\"E4\" s=\"5\"/></row>"
            + "<row r=\"6\"><c r=\"A6\"><v>2</v></c></row><row r=\"9\"><c r=\"A9\" s=\"6\"/>"
            + "</row></sheetData></worksheet>",
        edit(
            xml,
            false,
            null,
            style(0, 1, 1),
            style(1, 0, 2),
            new SheetEdit.Cell(1, 3, 3, 4.5),
            style(2, 0, 4),
            style(3, 4, 5),
            style(8, 0, 6)));
    assertEquals(
        ROOT + "<sheetData><row r=\"3\"><c r=\"B3\" s=\"2\"/></row></sheetData></worksheet>",
        edit(ROOT + "<sheetData/></worksheet>", false, null, style(2, 1, 2)));
  }

  @Test
  void theCommentsDrawingIsLinkedWhereTheSchemaPutsIt() {
    String body =
        "<sheetData/><conditionalFormatting sqref=\"A1\"><cfRule type=\"expression\""
            + " priority=\"1\"><formula>1</formula></cfRule><extLst><ext uri=\"x\"/></extLst>"
            + "</conditionalFormatting><pageMargins left=\"0.7\"/><drawing r:id=\"rId1\"/>";
    assertEquals(
        ROOT + body + "<legacyDrawing r:id=\"rId9\"/><tableParts count=\"0\"/></worksheet>",
        edit(ROOT + body + "<tableParts count=\"0\"/></worksheet>", false, "rId9"));
    String plain =
        "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
            + "<sheetData/></worksheet>";
    assertEquals(
        plain.replace(
            "</worksheet>",
            "<legacyDrawing"
                + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""
                + " r:id=\"rId1\"/></worksheet>"),
        edit(plain, false, "rId1"),
        "the relationships namespace declared where the root does not");
  }

  @Test
  void onlyTheTabLosesItsSelection() {
    String xml =
        ROOT
            + "<sheetViews><sheetView tabSelected=\"1\" workbookViewId=\"0\"/></sheetViews>"
            + "<sheetData/><customSheetViews><customSheetView guid=\"{1}\""
            + " tabSelected=\"1\"/></customSheetViews></worksheet>";
    assertEquals(
        xml.replaceFirst("<sheetView tabSelected=\"1\" ", "<sheetView "), edit(xml, true, null));
  }

  @Test
  void aCellsColumnIsReadAsPoiReadsIt() {
    java.util.Random random = new java.util.Random(7);
    for (int i = 0; i < 5_000; i++) {
      int col = i < 100 ? i : random.nextInt(16_384);
      int row = random.nextInt(1_048_576);
      String ref = new org.apache.poi.ss.util.CellReference(row, col).formatAsString(false);
      assertEquals(col, StreamedSheet.column(ref), ref);
    }
    for (String odd : new String[] {"$B$7", "b7", "AAAA1", "A"}) {
      Integer poi;
      try {
        poi = (int) new org.apache.poi.ss.util.CellReference(odd).getCol();
      } catch (RuntimeException e) {
        poi = null;
      }
      if (poi != null) {
        assertEquals(poi.intValue(), StreamedSheet.column(odd), odd);
      }
    }
  }

  @Test
  void whatItWouldHaveToGuessAtIsPassedOn() {
    for (String xml :
        new String[] {
          ROOT + "<!-- a note --><sheetData/></worksheet>",
          "<x:worksheet xmlns:x=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
              + "<x:sheetData><x:row r=\"1\"><x:c r=\"A1\"/></x:row></x:sheetData></x:worksheet>",
          ROOT + "<sheetData><row><c r=\"A1\"/></row></sheetData></worksheet>",
          ROOT + "<sheetData><row r=\"1\"><c s=\"1\"/></row></sheetData></worksheet>",
        }) {
      assertThrows(Unstreamable.class, () -> edit(xml, false, null, style(0, 0, 1)), xml);
    }
    assertThrows(
        Unstreamable.class,
        () -> edit(ROOT + "<sheetData/><legacyDrawing r:id=\"rId1\"/></worksheet>", false, "rId2"),
        "VML of the sheet's own: merged through POI");
  }
}
