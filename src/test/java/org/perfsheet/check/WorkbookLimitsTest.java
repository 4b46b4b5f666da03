package org.perfsheet.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfsheet.report.WorkbookReport;
import org.perfsheet.scoring.ScoringProfile;
import org.perfsheet.workbook.TemplateLearner;
import org.perfsheet.workbook.WorkbookOpener;

/**
 * Issue 12, item 8: a valid workbook of more than 1,000 zip parts (many sheets, comments, pictures)
 * was called damaged, and so was an .xlsb. Fixtures are made here: a sample with extra parts added,
 * and the smallest package whose main part is a binary workbook. The part counts are tested in
 * {@code WorkbookLimitsIT}: such workbooks take seconds to make and check.
 */
class WorkbookLimitsTest {

  static Checker checker;
  static final Path SAMPLE = Path.of("test-workbooks/self-evaluation/2021-上海市司法局-项目自评表.xlsx");

  @BeforeAll
  static void setUp() throws IOException {
    checker = new Checker(TemplateLearner.loadAll(Path.of("templates")), ScoringProfile.defaults());
  }

  /**
   * The sample with {@code extra} more parts (custom XML, as add-ins leave), every one of them
   * harmless.
   */
  static Path withParts(Path target, int extra) throws IOException {
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(SAMPLE));
        ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        out.putNextEntry(new ZipEntry(e.getName()));
        in.transferTo(out);
      }
      for (int i = 0; i < extra; i++) {
        out.putNextEntry(new ZipEntry("customXml/item" + i + ".xml"));
        out.write(("<x n=\"" + i + "\"/>").getBytes(StandardCharsets.UTF_8));
      }
    }
    return target;
  }

  @Test
  void anXlsbIsAskedToBeSavedAsXlsx(@TempDir Path tmp) throws Exception {
    Path xlsb = tmp.resolve("二进制.xlsb");
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(xlsb))) {
      entry(
          out,
          "[Content_Types].xml",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types"
              + " xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default"
              + " Extension=\"rels\""
              + " ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Override"
              + " PartName=\"/xl/workbook.bin\""
              + " ContentType=\"application/vnd.ms-excel.sheet.binary.macroEnabled.main\"/></Types>");
      entry(
          out,
          "_rels/.rels",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships"
              + " xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship"
              + " Id=\"rId1\""
              + " Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\""
              + " Target=\"xl/workbook.bin\"/></Relationships>");
      entry(out, "xl/workbook.bin", "\u0083\u0001\u0000");
    }
    WorkbookReport r = checker.process(xlsb, tmp.resolve("out.xlsb"));
    assertEquals("UNSUPPORTED_FORMAT", r.error().code(), r.error().message());
    assertTrue(r.error().message().contains("请另存为 Excel 工作簿 (*.xlsx)"), r.error().message());
  }

  private static void entry(ZipOutputStream out, String name, String text) throws IOException {
    out.putNextEntry(new ZipEntry(name));
    out.write(text.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Issue 12, item 7: a sheet formatted down to the bottom needed 1.8 GB; now it is refused unread.
   */
  @Test
  void aSheetOfTooManyRowsIsRefusedBeforePoiBuildsIt(@TempDir Path tmp) throws Exception {
    Path big = tmp.resolve("空行.xlsx");
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(SAMPLE));
        ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(big))) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        out.putNextEntry(new ZipEntry(e.getName()));
        if (!e.getName().equals("xl/worksheets/sheet3.xml")) {
          in.transferTo(out);
          continue;
        }
        String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        int end = xml.indexOf("</sheetData>");
        StringBuilder rows = new StringBuilder(xml.substring(0, end));
        for (int r = 100; r < 100 + WorkbookOpener.MAX_ROWS; r++) {
          rows.append("<row r=\"")
              .append(r)
              .append("\"><c r=\"A")
              .append(r)
              .append("\" s=\"0\"/></row>");
        }
        out.write(rows.append(xml.substring(end)).toString().getBytes(StandardCharsets.UTF_8));
      }
    }
    WorkbookReport r = checker.process(big, tmp.resolve("out.xlsx"));
    assertEquals("TOO_LARGE", r.error().code());
    assertTrue(r.error().message().contains("请在 Excel 或 WPS 中删除表格下方的空行"), r.error().message());
  }
}
