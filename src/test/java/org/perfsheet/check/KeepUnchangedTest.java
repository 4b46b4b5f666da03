package org.perfsheet.check;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfsheet.report.WorkbookReport;
import org.perfsheet.scoring.ScoringProfile;
import org.perfsheet.testing.Packages;
import org.perfsheet.workbook.TemplateLearner;

/**
 * A sheet perfsheet neither reads as a form nor marks is written back byte for byte as the
 * submitter's program wrote it; a sheet that was selected is deselected (only the findings sheet is
 * selected afterwards), so it is rewritten.
 */
class KeepUnchangedTest {

  private static final Path SAMPLE = Path.of("test-workbooks/self-evaluation/2021-问题样例-项目自评表.xlsx");

  @Test
  void sheetsPerfsheetDidNotChangeAreWrittenAsTheyCame(@TempDir Path tmp) throws Exception {
    Path in = tmp.resolve("in.xlsx");
    String notes;
    String draft;
    try (InputStream i = Files.newInputStream(SAMPLE);
        XSSFWorkbook wb = new XSSFWorkbook(i)) {
      XSSFSheet n = wb.createSheet("附件说明");
      n.createRow(0).createCell(0).setCellValue("佐证材料见附件");
      ClientAnchor anchor = wb.getCreationHelper().createClientAnchor();
      anchor.setCol1(1);
      anchor.setCol2(3);
      anchor.setRow2(3);
      Comment c = n.createDrawingPatriarch().createCellComment(anchor);
      c.setString(wb.getCreationHelper().createRichTextString("财务科审核"));
      n.getRow(0).getCell(0).setCellComment(c);
      XSSFSheet d = wb.createSheet("草稿");
      d.createRow(0).createCell(0).setCellValue("草稿");
      wb.setSelectedTab(wb.getSheetIndex(d));
      wb.setActiveSheet(wb.getSheetIndex(d));
      notes = partName(n);
      draft = partName(d);
      try (OutputStream out = Files.newOutputStream(in)) {
        wb.write(out);
      }
    }
    // As Excel writes it: tabSelected="0", where POI, setting the selection, would write "false".
    rewriteEntry(in, notes, xml -> xml.replace("tabSelected=\"false\"", "tabSelected=\"0\""));
    assertTrue(new String(entry(in, notes), StandardCharsets.UTF_8).contains("tabSelected=\"0\""));

    Path out = tmp.resolve("out.xlsx");
    WorkbookReport r =
        new Checker(TemplateLearner.loadAll(Path.of("templates")), ScoringProfile.defaults())
            .process(in, out);
    assertEquals(WorkbookReport.Status.CHECKED, r.status(), String.valueOf(r.error()));

    Packages.assertEveryRelationshipResolves(out);
    assertArrayEquals(
        entry(in, notes), entry(out, notes), "the untouched sheet is byte for byte as it came");
    assertFalse(
        Arrays.equals(entry(in, draft), entry(out, draft)),
        "the selected sheet is rewritten, deselected");
    try (InputStream i = Files.newInputStream(out);
        XSSFWorkbook wb = new XSSFWorkbook(i)) {
      List<String> selected = new ArrayList<>();
      for (Sheet s : wb) {
        if (s.isSelected()) {
          selected.add(s.getSheetName());
        }
      }
      assertEquals(List.of("审核意见"), selected);
      assertEquals(
          "财务科审核",
          wb.getSheet("附件说明").getRow(0).getCell(0).getCellComment().getString().getString());
      assertEquals("佐证材料见附件", wb.getSheet("附件说明").getRow(0).getCell(0).getStringCellValue());
    }
  }

  /**
   * Reviewers add their own 审核意见 sheet by hand: it is the submitter's, and it stays, round after
   * round.
   */
  @Test
  void aReviewersOwnFindingsSheetIsKept(@TempDir Path tmp) throws Exception {
    Path in = tmp.resolve("reviewed.xlsx");
    try (InputStream i = Files.newInputStream(SAMPLE);
        XSSFWorkbook wb = new XSSFWorkbook(i)) {
      wb.createSheet("审核意见").createRow(0).createCell(0).setCellValue("财政局意见：请补充佐证材料");
      try (OutputStream out = Files.newOutputStream(in)) {
        wb.write(out);
      }
    }
    Checker checker =
        new Checker(TemplateLearner.loadAll(Path.of("templates")), ScoringProfile.defaults());
    Path once = tmp.resolve("once.xlsx");
    Path twice = tmp.resolve("twice.xlsx");
    assertEquals(WorkbookReport.Status.CHECKED, checker.process(in, once).status());
    assertEquals(WorkbookReport.Status.CHECKED, checker.process(once, twice).status());
    for (Path out : List.of(once, twice)) {
      try (InputStream i = Files.newInputStream(out);
          XSSFWorkbook wb = new XSSFWorkbook(i)) {
        assertEquals("审核意见(2)", wb.getSheetName(0), "perfsheet's sheet, first, under a free name");
        assertEquals(
            "《财政项目支出绩效自评表》审核意见", wb.getSheetAt(0).getRow(0).getCell(0).getStringCellValue());
        assertEquals(
            "财政局意见：请补充佐证材料", wb.getSheet("审核意见").getRow(0).getCell(0).getStringCellValue());
        long ours =
            IntStream.range(0, wb.getNumberOfSheets())
                .filter(k -> wb.getSheetName(k).startsWith("审核意见("))
                .count();
        assertEquals(1, ours, out + ": one findings sheet of perfsheet's");
      }
    }
  }

  /**
   * Some exporters write every string inline and no shared-strings part; POI makes an empty one on
   * opening.
   */
  @Test
  void workbookWithoutSharedStringsGetsAValidOne(@TempDir Path tmp) throws Exception {
    Path in = tmp.resolve("inline.xlsx");
    String[][] rows = {
      {"财政项目支出绩效自评表"},
      {"(2023 年度)"},
      {"项目名称", "", "法律援助"},
      {"主管部门", "", "某区司法局", "", "实施单位", "某区法律援助中心"},
      {"项目资金（元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"},
      {"", "年度资金总额", "100", "100", "90", "10", "", ""},
      {"一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"},
      {"产出指标", "数量指标", "办案数", "≥100件", "80件", "90", "90"},
      {"总分", "", "", "", "", "100", "100"}
    };
    try (SXSSFWorkbook wb = new SXSSFWorkbook(null, 100, false, false)) {
      Sheet s = wb.createSheet("自评");
      for (int r = 0; r < rows.length; r++) {
        var row = s.createRow(r);
        for (int c = 0; c < rows[r].length; c++) {
          if (!rows[r][c].isEmpty()) {
            row.createCell(c).setCellValue(rows[r][c]);
          }
        }
      }
      try (OutputStream out = Files.newOutputStream(in)) {
        wb.write(out);
      }
    }
    dropEntry(in, "xl/sharedStrings.xml");
    rewriteEntry(
        in,
        "xl/_rels/workbook.xml.rels",
        xml -> xml.replaceAll("<Relationship [^>]*sharedStrings[^>]*/>", ""));
    rewriteEntry(
        in,
        "[Content_Types].xml",
        xml -> xml.replaceAll("<Override [^>]*sharedStrings[^>]*/>", ""));

    Path out = tmp.resolve("out.xlsx");
    WorkbookReport r =
        new Checker(TemplateLearner.loadAll(Path.of("templates")), ScoringProfile.defaults())
            .process(in, out);
    assertEquals(WorkbookReport.Status.CHECKED, r.status(), String.valueOf(r.error()));
    Packages.assertEveryRelationshipResolves(out);
    try (InputStream i = Files.newInputStream(out);
        XSSFWorkbook wb = new XSSFWorkbook(i)) {
      assertEquals("法律援助", wb.getSheet("自评").getRow(2).getCell(2).getStringCellValue());
      assertEquals("《财政项目支出绩效自评表》审核意见", wb.getSheetAt(0).getRow(0).getCell(0).getStringCellValue());
    }
  }

  private static void dropEntry(Path zip, String name) throws Exception {
    rewriteEntry(zip, name, null);
  }

  private static String partName(XSSFSheet s) {
    return s.getPackagePart().getPartName().getName().substring(1);
  }

  private static byte[] entry(Path zip, String name) throws Exception {
    try (ZipFile z = new ZipFile(zip.toFile())) {
      try (InputStream i = z.getInputStream(z.getEntry(name))) {
        return i.readAllBytes();
      }
    }
  }

  private static void rewriteEntry(Path zip, String name, UnaryOperator<String> edit)
      throws Exception {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try (ZipFile z = new ZipFile(zip.toFile());
        ZipOutputStream out = new ZipOutputStream(buffer)) {
      for (ZipEntry e : Collections.list(z.entries())) {
        byte[] data;
        try (InputStream i = z.getInputStream(e)) {
          data = i.readAllBytes();
        }
        if (e.getName().equals(name) && edit == null) {
          continue;
        }
        if (e.getName().equals(name)) {
          data =
              edit.apply(new String(data, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        }
        out.putNextEntry(new ZipEntry(e.getName()));
        out.write(data);
        out.closeEntry();
      }
    }
    Files.write(zip, buffer.toByteArray());
  }
}
