package org.perfsheet.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
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
 * A value perfsheet filled in is perfsheet's until the submitter types over it; then it is theirs,
 * and a resubmission keeps it (and checks it) instead of clearing it.
 */
class ResubmissionTest {

  private static final Path SAMPLE = Path.of("test-workbooks/self-evaluation/2021-问题样例-项目自评表.xlsx");

  @Test
  void aValueTypedOverAFilledOneIsKept(@TempDir Path tmp) throws Exception {
    Checker checker =
        new Checker(TemplateLearner.loadAll(Path.of("templates")), ScoringProfile.defaults());
    Path once = tmp.resolve("once.xlsx");
    WorkbookReport first = checker.process(SAMPLE, once);
    Finding filled = findings(first, FindingCode.VALUE_FILLED).get(0);
    CellRef at = filled.cell();

    Path edited = tmp.resolve("edited.xlsx");
    double typed = read(once, wb -> cell(wb, at).getNumericCellValue()) + 0.5;
    edit(once, edited, wb -> cell(wb, at).setCellValue(typed));
    Path twice = tmp.resolve("twice.xlsx");
    WorkbookReport second = checker.process(edited, twice);
    assertEquals(WorkbookReport.Status.CHECKED, second.status(), String.valueOf(second.error()));
    assertTrue(
        findings(second, FindingCode.VALUE_FILLED).stream().noneMatch(f -> f.cell().equals(at)),
        "not filled again: " + findings(second, FindingCode.VALUE_FILLED));
    assertEquals(
        typed,
        read(twice, wb -> cell(wb, at).getNumericCellValue()),
        "the submitter's own value stays");
  }

  @Test
  void aFlaggedCellTheSubmitterRestyledKeepsTheirStyle(@TempDir Path tmp) throws Exception {
    Checker checker =
        new Checker(TemplateLearner.loadAll(Path.of("templates")), ScoringProfile.defaults());
    Path once = tmp.resolve("once.xlsx");
    CellRef at =
        findings(checker.process(SAMPLE, once), FindingCode.SCORE_ABOVE_RULE).get(0).cell();

    Path edited = tmp.resolve("edited.xlsx");
    edit(
        once,
        edited,
        wb -> {
          Cell c = cell(wb, at);
          CellStyle bold = wb.createCellStyle();
          bold.cloneStyleFrom(c.getCellStyle());
          Font font = wb.createFont();
          font.setBold(true);
          bold.setFont(font);
          c.setCellStyle(bold);
        });
    Path twice = tmp.resolve("twice.xlsx");
    assertEquals(WorkbookReport.Status.CHECKED, checker.process(edited, twice).status());
    boolean bold =
        read(twice, wb -> wb.getFontAt(cell(wb, at).getCellStyle().getFontIndex()).getBold());
    assertTrue(bold, "the submitter's bold stays under perfsheet's mark");
  }

  @Test
  void aReplyWrittenInPerfsheetsCommentIsKept(@TempDir Path tmp) throws Exception {
    Checker checker =
        new Checker(TemplateLearner.loadAll(Path.of("templates")), ScoringProfile.defaults());
    Path once = tmp.resolve("once.xlsx");
    CellRef at =
        findings(checker.process(SAMPLE, once), FindingCode.SCORE_ABOVE_RULE).get(0).cell();

    Path edited = tmp.resolve("edited.xlsx");
    edit(
        once,
        edited,
        wb -> {
          var comment = cell(wb, at).getCellComment();
          comment.setString(
              wb.getCreationHelper()
                  .createRichTextString(comment.getString().getString() + "\n答复：已按规则修改"));
        });
    Path twice = tmp.resolve("twice.xlsx");
    WorkbookReport second = checker.process(edited, twice);
    assertEquals(WorkbookReport.Status.CHECKED, second.status(), String.valueOf(second.error()));
    String text = read(twice, wb -> cell(wb, at).getCellComment().getString().getString());
    assertTrue(text.contains("答复：已按规则修改"), text);
    assertEquals(
        1, text.split("自评得分 4 分高于评分规则", -1).length - 1, "this round's findings, once: " + text);
    assertTrue(
        text.startsWith("答复：已按规则修改\n—— 审核意见 ——\n"), "the reply first, as the submitter's: " + text);
  }

  /**
   * Round after round the same marks: perfsheet reuses the styles it made, the workbook does not
   * grow.
   */
  @Test
  void stylesDoNotMultiplyRoundAfterRound(@TempDir Path tmp) throws Exception {
    Checker checker =
        new Checker(TemplateLearner.loadAll(Path.of("templates")), ScoringProfile.defaults());
    Path in = SAMPLE;
    List<Integer> styles = new ArrayList<>();
    for (int round = 1; round <= 3; round++) {
      Path out = tmp.resolve("round" + round + ".xlsx");
      assertEquals(WorkbookReport.Status.CHECKED, checker.process(in, out).status());
      styles.add(read(out, Workbook::getNumCellStyles));
      in = out;
    }
    assertEquals(List.of(styles.get(0), styles.get(0), styles.get(0)), styles);
  }

  /**
   * The submitter's own note right of a flagged cell: perfsheet's comment box goes over it, not
   * into it.
   */
  @Test
  void aNoteBesideAFlaggedCellIsNoObstacle(@TempDir Path tmp) throws Exception {
    Checker checker =
        new Checker(TemplateLearner.loadAll(Path.of("templates")), ScoringProfile.defaults());
    CellRef at =
        findings(checker.process(SAMPLE, tmp.resolve("probe.xlsx")), FindingCode.SCORE_ABOVE_RULE)
            .get(0)
            .cell();
    Path noted = tmp.resolve("noted.xlsx");
    edit(
        SAMPLE,
        noted,
        wb -> {
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
        });
    for (Path in : List.of(noted, tmp.resolve("once.xlsx"))) {
      Path out = in.equals(noted) ? tmp.resolve("once.xlsx") : tmp.resolve("twice.xlsx");
      WorkbookReport r = checker.process(in, out);
      assertEquals(WorkbookReport.Status.CHECKED, r.status(), String.valueOf(r.error()));
      assertTrue(
          read(out, wb -> cell(wb, at).getCellComment().getString().getString())
              .contains("高于评分规则"));
      assertTrue(
          read(
                  out,
                  wb ->
                      cell(wb, at.at(at.row(), at.col() + 1))
                          .getCellComment()
                          .getString()
                          .getString())
              .startsWith("单位备注：数据来自财务系统"));
    }
  }

  interface Edit {
    void apply(Workbook wb) throws Exception;
  }

  interface Read<T> {
    T apply(Workbook wb) throws Exception;
  }

  /** The workbook at {@code from}, edited as a submitter would, saved at {@code to}. */
  private static void edit(Path from, Path to, Edit edit) throws Exception {
    try (InputStream in = Files.newInputStream(from);
        Workbook wb = WorkbookFactory.create(in)) {
      edit.apply(wb);
      try (OutputStream out = Files.newOutputStream(to)) {
        wb.write(out);
      }
    }
  }

  private static <T> T read(Path file, Read<T> read) throws Exception {
    try (InputStream in = Files.newInputStream(file);
        Workbook wb = WorkbookFactory.create(in)) {
      return read.apply(wb);
    }
  }

  private static Cell cell(Workbook wb, CellRef at) {
    return wb.getSheet(at.sheet()).getRow(at.row()).getCell(at.col());
  }

  private static List<Finding> findings(WorkbookReport r, FindingCode code) {
    return r.forms().stream()
        .flatMap(f -> f.findings().stream())
        .filter(f -> f.code() == code)
        .toList();
  }
}
