package org.perfsheet.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfsheet.model.CellRef;
import org.perfsheet.model.Finding;
import org.perfsheet.model.FindingCode;
import org.perfsheet.report.WorkbookReport;
import org.perfsheet.scoring.ScoringProfile;
import org.perfsheet.workbook.TemplateLearner;

/**
 * A value perfsheet filled in is perfsheet's until the submitter types over it; then it is
 * theirs, and a resubmission keeps it (and checks it) instead of clearing it.
 */
class ResubmissionTest {

  private static final Path SAMPLE = Path.of("test-workbooks/self-evaluation/2021-问题样例-项目自评表.xlsx");

  @Test
  void aValueTypedOverAFilledOneIsKept(@TempDir Path tmp) throws Exception {
    Checker checker = new Checker(TemplateLearner.loadAll(Path.of("templates")), ScoringProfile.defaults());
    Path once = tmp.resolve("once.xlsx");
    WorkbookReport first = checker.process(SAMPLE, once);
    Finding filled = findings(first, FindingCode.VALUE_FILLED).get(0);
    CellRef at = filled.cell();

    Path edited = tmp.resolve("edited.xlsx");
    double typed;
    try (InputStream in = Files.newInputStream(once); Workbook wb = WorkbookFactory.create(in)) {
      Cell c = wb.getSheet(at.sheet()).getRow(at.row()).getCell(at.col());
      typed = c.getNumericCellValue() + 0.5;
      c.setCellValue(typed);
      try (OutputStream out = Files.newOutputStream(edited)) {
        wb.write(out);
      }
    }
    Path twice = tmp.resolve("twice.xlsx");
    WorkbookReport second = checker.process(edited, twice);
    assertEquals(WorkbookReport.Status.CHECKED, second.status(), String.valueOf(second.error()));
    assertTrue(findings(second, FindingCode.VALUE_FILLED).stream().noneMatch(f -> f.cell().equals(at)),
        "not filled again: " + findings(second, FindingCode.VALUE_FILLED));
    try (InputStream in = Files.newInputStream(twice); Workbook wb = WorkbookFactory.create(in)) {
      assertEquals(typed, wb.getSheet(at.sheet()).getRow(at.row()).getCell(at.col()).getNumericCellValue(),
          "the submitter's own value stays");
    }
  }

  @Test
  void aFlaggedCellTheSubmitterRestyledKeepsTheirStyle(@TempDir Path tmp) throws Exception {
    Checker checker = new Checker(TemplateLearner.loadAll(Path.of("templates")), ScoringProfile.defaults());
    Path once = tmp.resolve("once.xlsx");
    CellRef at = findings(checker.process(SAMPLE, once), FindingCode.SCORE_ABOVE_RULE).get(0).cell();

    Path edited = tmp.resolve("edited.xlsx");
    try (InputStream in = Files.newInputStream(once); Workbook wb = WorkbookFactory.create(in)) {
      Cell c = wb.getSheet(at.sheet()).getRow(at.row()).getCell(at.col());
      org.apache.poi.ss.usermodel.CellStyle bold = wb.createCellStyle();
      bold.cloneStyleFrom(c.getCellStyle());
      org.apache.poi.ss.usermodel.Font font = wb.createFont();
      font.setBold(true);
      bold.setFont(font);
      c.setCellStyle(bold);
      try (OutputStream out = Files.newOutputStream(edited)) {
        wb.write(out);
      }
    }
    Path twice = tmp.resolve("twice.xlsx");
    assertEquals(WorkbookReport.Status.CHECKED, checker.process(edited, twice).status());
    try (InputStream in = Files.newInputStream(twice); Workbook wb = WorkbookFactory.create(in)) {
      Cell c = wb.getSheet(at.sheet()).getRow(at.row()).getCell(at.col());
      assertTrue(wb.getFontAt(c.getCellStyle().getFontIndex()).getBold(), "the submitter's bold stays under perfsheet's mark");
    }
  }

  @Test
  void aReplyWrittenInPerfsheetsCommentIsKept(@TempDir Path tmp) throws Exception {
    Checker checker = new Checker(TemplateLearner.loadAll(Path.of("templates")), ScoringProfile.defaults());
    Path once = tmp.resolve("once.xlsx");
    CellRef at = findings(checker.process(SAMPLE, once), FindingCode.SCORE_ABOVE_RULE).get(0).cell();

    Path edited = tmp.resolve("edited.xlsx");
    try (InputStream in = Files.newInputStream(once); Workbook wb = WorkbookFactory.create(in)) {
      var comment = wb.getSheet(at.sheet()).getRow(at.row()).getCell(at.col()).getCellComment();
      comment.setString(wb.getCreationHelper().createRichTextString(comment.getString().getString() + "\n答复：已按规则修改"));
      try (OutputStream out = Files.newOutputStream(edited)) {
        wb.write(out);
      }
    }
    Path twice = tmp.resolve("twice.xlsx");
    WorkbookReport second = checker.process(edited, twice);
    assertEquals(WorkbookReport.Status.CHECKED, second.status(), String.valueOf(second.error()));
    try (InputStream in = Files.newInputStream(twice); Workbook wb = WorkbookFactory.create(in)) {
      String text = wb.getSheet(at.sheet()).getRow(at.row()).getCell(at.col()).getCellComment().getString().getString();
      assertTrue(text.contains("答复：已按规则修改"), text);
      assertEquals(1, text.split("SCORE_ABOVE_RULE", -1).length - 1, "this round's findings, once: " + text);
      assertTrue(text.startsWith("答复：已按规则修改\n—— perfsheet ——\n"), "the reply first, as the submitter's: " + text);
    }
  }

  /** The submitter's own note right of a flagged cell: perfsheet's comment box goes over it, not into it. */
  @Test
  void aNoteBesideAFlaggedCellIsNoObstacle(@TempDir Path tmp) throws Exception {
    Checker checker = new Checker(TemplateLearner.loadAll(Path.of("templates")), ScoringProfile.defaults());
    CellRef at = findings(checker.process(SAMPLE, tmp.resolve("probe.xlsx")), FindingCode.SCORE_ABOVE_RULE).get(0).cell();
    Path noted = tmp.resolve("noted.xlsx");
    try (InputStream in = Files.newInputStream(SAMPLE); Workbook wb = WorkbookFactory.create(in)) {
      var sheet = wb.getSheet(at.sheet());
      var anchor = wb.getCreationHelper().createClientAnchor();
      anchor.setRow1(at.row());
      anchor.setCol1(at.col() + 2);
      anchor.setRow2(at.row() + 3);
      anchor.setCol2(at.col() + 4);
      var note = sheet.createDrawingPatriarch().createCellComment(anchor);
      note.setString(wb.getCreationHelper().createRichTextString("单位备注：数据来自财务系统"));
      var right = sheet.getRow(at.row()).getCell(at.col() + 1);
      right = right == null ? sheet.getRow(at.row()).createCell(at.col() + 1) : right;
      right.setCellComment(note);
      try (OutputStream out = Files.newOutputStream(noted)) {
        wb.write(out);
      }
    }
    for (Path in : List.of(noted, tmp.resolve("once.xlsx"))) {
      Path out = in.equals(noted) ? tmp.resolve("once.xlsx") : tmp.resolve("twice.xlsx");
      WorkbookReport r = checker.process(in, out);
      assertEquals(WorkbookReport.Status.CHECKED, r.status(), String.valueOf(r.error()));
      try (InputStream i = Files.newInputStream(out); Workbook wb = WorkbookFactory.create(i)) {
        var row = wb.getSheet(at.sheet()).getRow(at.row());
        assertTrue(row.getCell(at.col()).getCellComment().getString().getString().contains("SCORE_ABOVE_RULE"));
        assertTrue(row.getCell(at.col() + 1).getCellComment().getString().getString().startsWith("单位备注：数据来自财务系统"));
      }
    }
  }

  private static List<Finding> findings(WorkbookReport r, FindingCode code) {
    return r.forms().stream().flatMap(f -> f.findings().stream()).filter(f -> f.code() == code).toList();
  }
}
