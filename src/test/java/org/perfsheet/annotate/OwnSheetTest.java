package org.perfsheet.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CommentsDocument;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.WorksheetDocument;

/** perfsheet's own sheets read back, in either format, exactly as they were put together. */
class OwnSheetTest {

  /**
   * Text an indicator name or a submitter's comment may hold: markup, Excel's escapes, control
   * characters.
   */
  private static final List<String> TEXTS =
      List.of(
          "A&B <c> \"d\" 'e'",
          "literal _x0041_ and _x00_ and _",
          "tab\there\nline two",
          "carriage\r\nreturn",
          "bell\u0007 and nul\u0000",
          "  spaces kept  ",
          "",
          "≥95%　全角",
          "𠀀 outside the BMP");

  @ParameterizedTest
  @ValueSource(strings = {"xlsx", "xls"})
  void readsBackWhatWasWritten(String format) throws Exception {
    Supplier<Workbook> make = format.equals("xlsx") ? XSSFWorkbook::new : HSSFWorkbook::new;
    byte[] bytes;
    try (Workbook wb = make.get()) {
      wb.createSheet("表一").createRow(0).createCell(0).setCellValue("原有内容");
      wb.createSheet("表二");
      wb.setSelectedTab(1);
      CellStyle bold = wb.createCellStyle();
      bold.setWrapText(true);
      OwnSheet s = new OwnSheet();
      for (int i = 0; i < TEXTS.size(); i++) {
        s.text(i, 0, TEXTS.get(i), i == 0 ? new StyleBook.Style(bold.getIndex(), bold) : null);
        s.number(i, 2, i == 1 ? 2.5 : i * 1000);
      }
      s.link(0, 0, "'表 一'!B7");
      s.widths(22, 30, 80);
      s.landscape();
      s.addTo(wb, "审核意见", 0, true);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      bytes = out.toByteArray();
    }
    try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
      assertEquals(
          List.of("审核意见", "表一", "表二"),
          List.of(wb.getSheetName(0), wb.getSheetName(1), wb.getSheetName(2)));
      assertEquals(0, wb.getActiveSheetIndex());
      Sheet s = wb.getSheetAt(0);
      assertTrue(s.isSelected());
      assertFalse(wb.getSheetAt(2).isSelected(), "the earlier selection moves to the new sheet");
      for (int i = 0; i < TEXTS.size(); i++) {
        Cell text = s.getRow(i).getCell(0);
        assertEquals(TEXTS.get(i), text.getStringCellValue(), "row " + (i + 1));
        assertEquals(i == 1 ? 2.5 : i * 1000, s.getRow(i).getCell(2).getNumericCellValue());
      }
      assertTrue(s.getRow(0).getCell(0).getCellStyle().getWrapText(), "styled as asked");
      assertFalse(s.getRow(1).getCell(0).getCellStyle().getWrapText());
      var link = s.getRow(0).getCell(0).getHyperlink();
      assertEquals(HyperlinkType.DOCUMENT, link.getType());
      assertEquals("'表 一'!B7", link.getAddress());
      assertEquals(
          List.of(22 * 256, 30 * 256, 80 * 256),
          List.of(s.getColumnWidth(0), s.getColumnWidth(1), s.getColumnWidth(2)));
      assertTrue(s.getPrintSetup().getLandscape());
      assertTrue(s.getFitToPage());
      assertEquals(1, s.getPrintSetup().getFitWidth());
      assertEquals(0, s.getPrintSetup().getFitHeight());
      assertEquals("原有内容", wb.getSheetAt(1).getRow(0).getCell(0).getStringCellValue());
    }
  }

  /**
   * The XML perfsheet writes itself is valid against the OOXML schema POI carries, as Excel is
   * strict where POI and LibreOffice forgive. The one exception allowed: {@code xml:space} on a
   * text element, which Excel itself writes and POI's schema leaves out.
   */
  @Test
  void writtenXmlIsSchemaValid() throws Exception {
    byte[] bytes;
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      formSheet(wb);
      OwnSheet s = new OwnSheet();
      for (int i = 0; i < TEXTS.size(); i++) {
        s.text(i, 0, TEXTS.get(i), null);
        s.number(i, 1, i);
      }
      s.link(0, 0, "'表一'!A1");
      s.widths(10, 20);
      s.landscape();
      s.addTo(wb, "审核意见", 0, true);
      NewComments comments = NewComments.forSheet(wb.getSheet("表一"), "perfsheet");
      comments.add(0, 0, "【错误】A&B <c>");
      comments.add(3, 2, "  leading space kept\nsecond line");
      comments.write();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      bytes = out.toByteArray();
    }
    Map<String, String> parts = new HashMap<>();
    try (var zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        parts.put(e.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    for (String name :
        List.of("xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml", "xl/comments1.xml")) {
      String xml = parts.get(name);
      XmlObject doc =
          name.contains("comments")
              ? CommentsDocument.Factory.parse(xml)
              : WorksheetDocument.Factory.parse(xml);
      List<XmlError> errors = new ArrayList<>();
      doc.validate(new XmlOptions().setErrorListener(errors));
      errors.removeIf(e -> e.getMessage().contains("space@http://www.w3.org/XML/1998/namespace"));
      assertEquals(List.of(), errors.stream().map(Object::toString).toList(), name);
    }
    assertTrue(
        parts.get("xl/worksheets/sheet1.xml").contains("<legacyDrawing"),
        "the form sheet points at its notes");
    DocumentBuilderFactory.newInstance()
        .newDocumentBuilder()
        .parse(
            new ByteArrayInputStream(
                parts.get("xl/drawings/vmlDrawing1.vml").getBytes(StandardCharsets.UTF_8)));
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      assertEquals(
          "  leading space kept\nsecond line",
          wb.getSheet("表一").getCellComment(new CellAddress(3, 2)).getString().getString());
      assertEquals(
          "perfsheet", wb.getSheet("表一").getRow(0).getCell(0).getCellComment().getAuthor());
    }
  }

  /**
   * Excel wants every note's shape id unique in the workbook and inside the blocks its drawing
   * claims.
   */
  @Test
  void commentShapeIdsAreUniqueAndClaimed() throws Exception {
    byte[] bytes;
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      formSheet(wb);
      wb.createSheet("表二");
      NewComments many = NewComments.forSheet(wb.getSheet("表一"), "perfsheet");
      for (int i = 0; i < 1100; i++) {
        many.add(i, 0, "第 " + i + " 条");
      }
      many.write();
      NewComments few = NewComments.forSheet(wb.getSheet("表二"), "perfsheet");
      few.add(0, 0, "一条");
      few.write();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      bytes = out.toByteArray();
    }
    Set<Integer> ids = new HashSet<>();
    int drawings = 0;
    try (var zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        if (!e.getName().endsWith(".vml")) {
          continue;
        }
        drawings++;
        String vml = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
        var idmap = Pattern.compile("idmap v:ext=\"edit\" data=\"([0-9,]+)\"").matcher(vml);
        assertTrue(idmap.find(), e.getName());
        List<Integer> blocks =
            Arrays.stream(idmap.group(1).split(",")).map(Integer::valueOf).toList();
        var shape = Pattern.compile("<v:shape id=\"_x0000_s([0-9]+)\"").matcher(vml);
        while (shape.find()) {
          int id = Integer.parseInt(shape.group(1));
          assertTrue(ids.add(id), "shape id " + id + " used twice");
          assertTrue(
              blocks.contains(id / 1024),
              e.getName() + ": shape " + id + " outside blocks " + blocks);
        }
      }
    }
    assertEquals(2, drawings);
    assertEquals(1101, ids.size());
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      assertEquals(
          "第 1099 条",
          wb.getSheet("表一").getCellComment(new CellAddress(1099, 0)).getString().getString());
    }
  }

  @Test
  void textLongerThanExcelHoldsIsCut() {
    String longer = "说".repeat(40_000);
    String cut = OwnSheet.fit(longer);
    assertEquals(32_767, cut.length());
    assertTrue(cut.endsWith("…"));
    String emoji = "a".repeat(32_765) + "😀😀";
    assertEquals("a".repeat(32_765) + "…", OwnSheet.fit(emoji), "never half a character");
    assertEquals("短", OwnSheet.fit("短"));
  }

  /** A small sheet for the comments to sit on. */
  private static void formSheet(XSSFWorkbook wb) {
    var sheet = wb.createSheet("表一");
    for (int r = 0; r < 5; r++) {
      sheet.createRow(r).createCell(0).setCellValue("行" + r);
    }
  }
}
