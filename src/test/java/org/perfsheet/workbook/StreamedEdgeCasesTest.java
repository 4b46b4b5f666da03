package org.perfsheet.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.dhatim.fastexcel.VisibilityState;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfsheet.layout.FormData;
import org.perfsheet.model.FieldValue;

/**
 * The streamed reader on what Excel, WPS and other writers put in a sheet's XML: rich text with
 * phonetic guides, inline strings, escaped characters, shared formulas, dates in both calendars,
 * percentages, empty and styled-blank rows, very hidden sheets; and on whole forms written by
 * fastexcel and re-saved by openpyxl.
 */
class StreamedEdgeCasesTest {

  @TempDir Path tmp;

  @BeforeAll
  static void learn() throws IOException {
    StreamedFidelityTest.learn();
  }

  static final String SHARED_STRINGS =
      """
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="3" uniqueCount="3">
      <si><r><t>项目</t></r><r><rPr><b/></rPr><t xml:space="preserve">名称 </t></r><rPh sb="0" eb="1"><t>xiang</t></rPh></si>
      <si><t>换行_x000D_
      第二行</t><rPh sb="0" eb="1"><t>ignored</t></rPh></si>
      <si><t>合并</t></si>
      </sst>\
      """;

  static final String STYLES =
      """
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
      <numFmts count="2"><numFmt numFmtId="176" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/>
      <numFmt numFmtId="177" formatCode="0.0%"/></numFmts>
      <fonts count="1"><font><sz val="11"/><name val="宋体"/></font></fonts>
      <fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>
      <borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>
      <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
      <cellXfs count="7">
      <xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>
      <xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
      <xf numFmtId="176" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
      <xf numFmtId="10" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
      <xf numFmtId="4" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
      <xf numFmtId="177" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
      <xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
      </cellXfs>
      <cellStyles count="1"><cellStyle name="常规" xfId="0" builtinId="0"/></cellStyles>
      </styleSheet>\
      """;

  static final String SHEET =
      """
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"
        xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
      <dimension ref="A1:H12"/>
      <sheetData>
      <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>
      <row r="2"><c r="A2" t="inlineStr"><is><t>内联_x000D_文本 </t></is></c>
        <c r="B2" t="inlineStr"><is><r><t>甲</t></r><r><rPr><i/></rPr><t>乙</t></r></is></c></row>
      <row r="3" spans="1:8"><c r="A3" s="1"><v>44927</v></c><c r="B3" s="2"><v>45291.75</v></c>
        <c r="C3" s="3"><v>0.955</v></c><c r="D3"><v>1234.5</v></c><c r="E3" s="4"><v>1234567.891</v></c>
        <c r="F3" s="5"><v>0.12345</v></c><c r="G3"><v>1E-3</v></c><c r="H3"><v>123456789012</v></c></row>
      <row r="7" ht="20" customHeight="1"/>
      <row r="8"><c r="C8" s="2"/><c r="D8" s="6"/></row>
      <row r="9"><c r="A9"><f t="shared" ref="A9:A11" si="0">B9*2</f><v>2</v></c><c r="B9"><v>1</v></c>
        <c r="C9" t="str"><f>"a"&amp;"b"</f><v>ab</v></c><c r="D9" t="b"><v>1</v></c>
        <c r="E9" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="F9"><f>[1]Sheet1!A1</f><v>5</v></c>
        <c r="G9" t="b"><v>0</v></c><c r="H9" s="3"><f>B9/4</f><v>0.25</v></c></row>
      <row r="10"><c r="A10"><f t="shared" si="0"/><v>4</v></c><c r="B10"><v>2</v></c></row>
      <row r="11"><c r="A11" s="3"><f t="shared" si="0"/><v>6</v></c><c r="B11" t="e"><v>#N/A</v></c></row>
      <row r="12"><c r="A12" t="s"><v>2</v></c><c r="B12" t="s"><v>2</v></c><c r="D12" t="str"><v>2023年度</v></c></row>
      </sheetData>
      <mergeCells count="2"><mergeCell ref="A12:C12"/><mergeCell ref="E1:F2"/></mergeCells>
      </worksheet>\
      """;

  static final String HIDDEN_SHEET =
      """
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
      <sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>系统用</t></is></c><c r="B1"><f>NOW()</f></c></row></sheetData>
      </worksheet>\
      """;

  static final String EMPTY_SHEET =
      """
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>\
      """;

  /** A workbook written part by part, as Excel lays it out. */
  static void write(Path file, boolean date1904, String sheet) throws IOException {
    Map<String, String> parts = new LinkedHashMap<>();
    parts.put(
        "[Content_Types].xml",
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
        <Default Extension="xml" ContentType="application/xml"/>
        <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
        <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
        <Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
        <Override PartName="/xl/worksheets/sheet3.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
        <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>
        <Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>
        </Types>\
        """);
    parts.put(
        "_rels/.rels",
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
        </Relationships>\
        """);
    parts.put(
        "xl/workbook.xml",
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"
          xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
        <workbookPr%s/>
        <sheets><sheet name="表 一" sheetId="1" r:id="rId1"/><sheet name="系统" sheetId="2" state="veryHidden" r:id="rId2"/>
        <sheet name="空" sheetId="3" state="hidden" r:id="rId3"/></sheets>
        </workbook>\
        """
            .formatted(date1904 ? " date1904=\"1\"" : ""));
    parts.put(
        "xl/_rels/workbook.xml.rels",
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
        <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/sheet2.xml"/>
        <Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet3.xml"/>
        <Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
        <Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>
        </Relationships>\
        """);
    parts.put("xl/styles.xml", STYLES);
    parts.put("xl/sharedStrings.xml", SHARED_STRINGS);
    parts.put("xl/worksheets/sheet1.xml", sheet);
    parts.put("xl/worksheets/sheet2.xml", HIDDEN_SHEET);
    parts.put("xl/worksheets/sheet3.xml", EMPTY_SHEET);
    try (OutputStream out = Files.newOutputStream(file);
        ZipOutputStream zip = new ZipOutputStream(out)) {
      for (var p : parts.entrySet()) {
        zip.putNextEntry(new ZipEntry(p.getKey()));
        zip.write(p.getValue().strip().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
  }

  private static FieldValue streamedValue(Path file, int row, int col) {
    try (StreamedWorkbook wb = StreamedWorkbook.open(file)) {
      return new SheetGrid(wb.sheet(0), new DataFormatter(Locale.ROOT)).value(row, col);
    }
  }

  private static String streamedText(Path file, int row, int col) {
    try (StreamedWorkbook wb = StreamedWorkbook.open(file)) {
      return new SheetGrid(wb.sheet(0), new DataFormatter(Locale.ROOT)).text(row, col);
    }
  }

  @Test
  void handWrittenCellsReadAsPoiReadsThem() throws Exception {
    for (boolean date1904 : List.of(false, true)) {
      Path f = tmp.resolve("edge-" + date1904 + ".xlsx");
      write(f, date1904, SHEET);
      var c = StreamedFidelityTest.compareGrids(f);
      assertEquals(List.of(), c.differences(), "1904: " + date1904);
      assertTrue(c.passedOn() > 0, "the shared formulas' texts are POI's to render");
    }
    Path f = tmp.resolve("edge-false.xlsx");
    assertEquals("项目名称 ", streamedText(f, 0, 0), "the runs joined, the phonetic guide left out");
    assertEquals("内联\r文本 ", streamedText(f, 1, 0), "an inline string, its escape decoded");
    assertEquals("2023-01-01", streamedValue(f, 2, 0).text(), "a date as ISO text");
    assertEquals("95.50%", streamedValue(f, 2, 2).text());
    assertTrue(streamedValue(f, 2, 2).percent());
    assertEquals(4.0, streamedValue(f, 9, 0).number(), "a shared formula's stored result");
    assertEquals("合并", streamedValue(f, 11, 1).text(), "a merged region reads as its top-left");
    try (StreamedWorkbook wb = StreamedWorkbook.open(f)) {
      assertTrue(wb.veryHidden(1));
      assertFalse(wb.veryHidden(2), "hidden is not very hidden: a person can show it");
      assertEquals(-1, wb.sheet(2).lastRow());
    }
  }

  @Test
  void whatItCannotAnswerGoesToPoi() throws Exception {
    Path noValue = tmp.resolve("no-value.xlsx");
    write(
        noValue,
        false,
        SHEET.replace("<c r=\"D3\"><v>1234.5</v></c>", "<c r=\"D3\"><f>B9+1</f></c>"));
    assertThrows(
        Unstreamable.class,
        () -> streamedValue(noValue, 2, 3),
        "a formula never calculated: POI computes it");
    assertEquals(List.of(), StreamedFidelityTest.compareGrids(noValue).differences());
    Path unordered = tmp.resolve("unordered.xlsx");
    write(unordered, false, SHEET.replace("<row r=\"7\"", "<row r=\"2\""));
    assertThrows(Unstreamable.class, () -> StreamedWorkbook.open(unordered).close());
    Path dated = tmp.resolve("iso-date.xlsx");
    write(
        dated,
        false,
        SHEET.replace(
            "<c r=\"D3\"><v>1234.5</v></c>", "<c r=\"D3\" t=\"d\"><v>2023-01-01</v></c>"));
    assertThrows(Unstreamable.class, () -> StreamedWorkbook.open(dated).close());
    Path strict = tmp.resolve("strict.xlsx");
    write(strict, false, SHEET);
    rewrite(
        strict,
        "_rels/.rels",
        s ->
            s.replace(
                "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
                "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument"));
    assertThrows(Unstreamable.class, () -> StreamedWorkbook.open(strict).close());
    assertThrows(
        Unstreamable.class,
        () -> StreamedWorkbook.open(Path.of("src/test/resources/bad-inputs/truncated.xlsx")));
    assertThrows(
        Unstreamable.class,
        () ->
            StreamedWorkbook.open(Path.of("src/test/resources/real-world/central-2019-blank.xls")));
  }

  @Test
  void theFlagTurnsStreamingOff() {
    String before = System.getProperty("perfsheet.streaming");
    try {
      assertTrue(StreamedWorkbook.enabled() || "false".equals(before), "on unless asked otherwise");
      System.setProperty("perfsheet.streaming", "false");
      assertFalse(StreamedWorkbook.enabled());
    } finally {
      if (before == null) {
        System.clearProperty("perfsheet.streaming");
      } else {
        System.setProperty("perfsheet.streaming", before);
      }
    }
  }

  private static void rewrite(Path zipFile, String part, UnaryOperator<String> change)
      throws IOException {
    Map<String, byte[]> parts = new LinkedHashMap<>();
    try (var zip = new ZipFile(zipFile.toFile())) {
      for (var e = zip.entries(); e.hasMoreElements(); ) {
        ZipEntry z = e.nextElement();
        parts.put(z.getName(), zip.getInputStream(z).readAllBytes());
      }
    }
    parts.put(
        part,
        change
            .apply(new String(parts.get(part), StandardCharsets.UTF_8))
            .getBytes(StandardCharsets.UTF_8));
    try (OutputStream out = Files.newOutputStream(zipFile);
        ZipOutputStream zip = new ZipOutputStream(out)) {
      for (var p : parts.entrySet()) {
        zip.putNextEntry(new ZipEntry(p.getKey()));
        zip.write(p.getValue());
        zip.closeEntry();
      }
    }
  }

  /**
   * A real form copied cell by cell into a workbook fastexcel writes (shared strings on even rows,
   * inline strings on odd ones, number formats, merges, a very hidden sheet): the same forms.
   */
  @Test
  void aFormWrittenByFastexcelReadsTheSame() throws Exception {
    Path source = Path.of("test-workbooks/self-evaluation/2021-上海市司法局-项目自评表.xlsx");
    Path f = tmp.resolve("fastexcel.xlsx");
    try (WorkbookOpener.Opened o = WorkbookOpener.open(source);
        OutputStream out = Files.newOutputStream(f)) {
      Workbook wb = new Workbook(out, "perfsheet", "1.0");
      for (int i = 0; i < o.workbook().getNumberOfSheets(); i++) {
        Sheet sheet = o.workbook().getSheetAt(i);
        Worksheet ws = wb.newWorksheet(sheet.getSheetName());
        for (Row row : sheet) {
          for (Cell cell : row) {
            copy(cell, ws);
          }
        }
        for (CellRangeAddress m : sheet.getMergedRegions()) {
          ws.range(m.getFirstRow(), m.getFirstColumn(), m.getLastRow(), m.getLastColumn()).merge();
        }
      }
      Worksheet hidden = wb.newWorksheet("系统");
      hidden.value(0, 0, "项目支出绩效自评表");
      hidden.setVisibilityState(VisibilityState.VERY_HIDDEN);
      wb.finish();
    }
    List<FormData> byPoi = StreamedFidelityTest.poiForms(f);
    assertFalse(byPoi.isEmpty());
    try (StreamedWorkbook wb = StreamedWorkbook.open(f)) {
      assertEquals(byPoi, new FormFinder(StreamedFidelityTest.layouts).find(wb));
    }
    assertEquals(List.of(), StreamedFidelityTest.compareGrids(f).differences());
  }

  private static void copy(Cell cell, Worksheet ws) {
    int r = cell.getRowIndex();
    int c = cell.getColumnIndex();
    CellType type =
        cell.getCellType() == CellType.FORMULA
            ? cell.getCachedFormulaResultType()
            : cell.getCellType();
    switch (type) {
      case STRING -> {
        if (r % 2 == 0) {
          ws.value(r, c, cell.getStringCellValue());
        } else {
          ws.inlineString(r, c, cell.getStringCellValue());
        }
      }
      case NUMERIC -> {
        ws.value(r, c, cell.getNumericCellValue());
        String format = cell.getCellStyle().getDataFormatString();
        if (!"General".equals(format)) {
          ws.style(r, c).format(format).set();
        }
      }
      case BOOLEAN -> ws.value(r, c, cell.getBooleanCellValue());
      default -> {}
    }
  }

  @Test
  void openpyxlResavesReadTheSame() throws Exception {
    for (String name : List.of("openpyxl-declaration.xlsx", "openpyxl-self-evaluation.xlsx")) {
      Path f = Path.of("src/test/resources/streamed", name);
      List<FormData> byPoi = StreamedFidelityTest.poiForms(f);
      assertFalse(byPoi.isEmpty(), name);
      assertEquals(byPoi, new FormFinder(StreamedFidelityTest.layouts).read(f), name);
      assertEquals(List.of(), StreamedFidelityTest.compareGrids(f).differences(), name);
    }
  }
}
