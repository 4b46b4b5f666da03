package org.perfsheet.check;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfsheet.report.WorkbookReport;
import org.perfsheet.scoring.ScoringProfile;
import org.perfsheet.testing.BadFiles;
import org.perfsheet.workbook.TemplateLearner;

/**
 * Every kind of unusable file is rejected with its own message in Chinese and English, no output is
 * written, and the file is left as it was. Fixtures: src/test/resources/bad-inputs/ (empty,
 * truncated copy of a sample, a CSV and a PDF named .xlsx) and files made here (encrypted, Excel
 * 95, zip bomb, a Word document, a workbook without a form).
 */
class BadInputsTest {

  static Checker checker;
  @TempDir Path tmp;

  @BeforeAll
  static void setUp() throws IOException {
    checker = new Checker(TemplateLearner.loadAll(Path.of("templates")), ScoringProfile.defaults());
  }

  WorkbookReport check(Path input) throws Exception {
    byte[] before = Files.readAllBytes(input);
    Path out = tmp.resolve("out").resolve(input.getFileName());
    WorkbookReport r = checker.process(input, out);
    assertArrayEquals(before, Files.readAllBytes(input), "input untouched");
    assertFalse(Files.exists(out), "no output for a rejected workbook");
    assertEquals(WorkbookReport.Status.REJECTED, r.status());
    return r;
  }

  void assertRejected(Path input, String code, String message) throws Exception {
    WorkbookReport r = check(input);
    assertEquals(code, r.error().code(), input.toString());
    assertEquals(message, r.error().message(), input.toString());
  }

  static Path fixture(String name) {
    return Path.of("src/test/resources/bad-inputs", name);
  }

  @Test
  void empty() throws Exception {
    assertRejected(
        fixture("empty.xlsx"),
        "EMPTY_FILE",
        "文件是空的（0 字节），可能没有复制完整。请在 Excel 或 WPS 中重新保存后再提交 / the file is empty (0 bytes), probably an"
            + " incomplete copy; save it again in Excel or WPS and resubmit");
  }

  @Test
  void truncated() throws Exception {
    assertRejected(
        fixture("truncated.xlsx"),
        "CORRUPT",
        "工作簿已损坏或不完整（可能复制或下载中断），无法打开。请在 Excel 或 WPS 中打开确认后重新保存提交 / the workbook is damaged or"
            + " incomplete (an interrupted copy or download?); open it in Excel or WPS, save it"
            + " again and resubmit");
  }

  @Test
  void csvNamedXlsx() throws Exception {
    assertRejected(
        fixture("not-a-workbook.xlsx"),
        "NOT_A_WORKBOOK",
        "文件不是 Excel 工作簿。请提交用 Excel 或 WPS 保存的 .xlsx 或 .xls 文件 / the file is not an Excel workbook"
            + " (unknown); submit an .xlsx or .xls saved by Excel or WPS");
  }

  @Test
  void pdfNamedXlsx() throws Exception {
    assertRejected(
        fixture("report.pdf.xlsx"),
        "NOT_A_WORKBOOK",
        "文件不是 Excel 工作簿（这是 PDF 文件）。请提交用 Excel 或 WPS 保存的 .xlsx 或 .xls 文件 / the file is not an Excel"
            + " workbook (pdf); submit an .xlsx or .xls saved by Excel or WPS");
  }

  @Test
  void encrypted() throws Exception {
    Path file = BadFiles.encrypted(tmp.resolve("加密.xlsx"));
    assertRejected(
        file,
        "ENCRYPTED",
        "工作簿设置了打开密码（已加密），无法审核。请在 Excel 或 WPS 中取消密码（文件 → 信息 → 保护工作簿 → 用密码进行加密，清空密码）后重新提交 / the"
            + " workbook is password-protected (encrypted); remove the password in Excel or WPS and"
            + " resubmit");
  }

  @Test
  void excel95() throws Exception {
    Path file = BadFiles.excel95(tmp.resolve("excel95.xls"));
    assertRejected(
        file,
        "OLD_FORMAT",
        "这是 Excel 95 或更早的旧格式，无法读取。请在 Excel 或 WPS 中另存为 .xlsx（或 Excel 97-2003 .xls）后重新提交 / this is an"
            + " Excel 95 or older workbook; save it as .xlsx (or Excel 97-2003 .xls) and resubmit");
  }

  @Test
  void zipBomb() throws Exception {
    Path file = BadFiles.zipBomb(tmp.resolve("bomb.xlsx"));
    WorkbookReport r = check(file);
    assertEquals("TOO_LARGE", r.error().code(), r.error().message());
  }

  @Test
  void wordDocumentNamedXlsx() throws Exception {
    Path file = tmp.resolve("说明.xlsx");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write(
          ("<?xml version=\"1.0\"?><Types"
               + " xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Override"
               + " PartName=\"/word/document.xml\""
               + " ContentType=\"application/vnd.openxmlformats-officedocument"
               + ".wordprocessingml.document.main+xml\"/></Types>")
              .getBytes());
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      zip.write(
          "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>"
              .getBytes());
    }
    WorkbookReport r = check(file);
    assertEquals("CORRUPT", r.error().code(), r.error().message());
  }

  @Test
  void workbookWithoutAForm() throws Exception {
    Path file = tmp.resolve("清单.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(file)) {
      wb.createSheet("项目清单").createRow(0).createCell(0).setCellValue("项目名称");
      wb.createSheet("说明");
      wb.write(out);
    }
    assertRejected(
        file,
        "NO_FORM",
        "工作簿中没有找到可识别的绩效表（工作表：项目清单、说明）。请确认提交的是财政项目支出绩效自评表，表头标题和栏目名称（项目名称、一级指标、实际完成值等）与官方表式一致 / no"
            + " performance form found in the workbook (sheets: 项目清单、说明); submit the official form"
            + " with its title and column labels");
  }
}
