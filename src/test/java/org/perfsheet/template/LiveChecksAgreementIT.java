package org.perfsheet.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfsheet.layout.FieldKeys.SelfEvaluation;

/**
 * Slow tier (verify phase): every case of {@link LiveChecksAgreementTest} — each target notation of
 * docs/domain.md §3 written every way a clerk writes an actual — in POI's evaluator against the
 * Java check; then the same forms recalculated by LibreOffice headless (where installed) must
 * compute every hidden judging column, 参考得分 and 核定总分 as POI does.
 */
class LiveChecksAgreementIT {

  @Test
  void everyCaseAgreesWithTheJavaCheckInPoi(@TempDir Path tmp) throws Exception {
    LiveChecksAgreementTest.setUp();
    List<LiveChecksAgreementTest.Case> all = LiveChecksAgreementTest.cases();
    assertTrue(all.size() > 500, "cases: " + all.size());
    assertEquals(List.of(), LiveChecksAgreementTest.agreement(all, tmp), all.size() + " rows");
  }

  @Test
  void libreOfficeComputesWhatPoiComputes(@TempDir Path tmp) throws Exception {
    assumeTrue(
        new ProcessBuilder("sh", "-c", "command -v soffice").start().waitFor() == 0,
        "LibreOffice not installed");
    List<LiveChecksAgreementTest.Case> all = LiveChecksAgreementTest.cases();
    List<Path> files = new ArrayList<>();
    for (int start = 0; start < all.size(); start += 45) {
      List<LiveChecksAgreementTest.Case> batch =
          all.subList(start, Math.min(all.size(), start + 45));
      Path file = tmp.resolve("in").resolve("batch" + start + ".xlsx");
      Files.createDirectories(file.getParent());
      LiveChecksAgreementTest.generate(batch, file);
      LiveChecksAgreementTest.fill(file, batch);
      files.add(file);
    }
    // LibreOffice must compute the formulas itself: the copies it reads carry no cached results.
    List<String> args =
        new ArrayList<>(
            List.of(
                "soffice",
                "--headless",
                "--calc",
                "--convert-to",
                "xlsx",
                "--outdir",
                tmp.resolve("lo").toString()));
    for (Path f : files) {
      Path bare = tmp.resolve("bare").resolve(f.getFileName());
      Files.createDirectories(bare.getParent());
      withoutResults(f, bare);
      args.add(bare.toString());
    }
    Process p = new ProcessBuilder(args).redirectErrorStream(true).start();
    String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), log);
    List<String> differences = new ArrayList<>();
    for (Path f : files) {
      differences.addAll(compare(f, tmp.resolve("lo").resolve(f.getFileName())));
    }
    assertEquals(List.of(), differences);
  }

  /** The filled form with every formula's cached result removed (setCellFormula would keep it). */
  static void withoutResults(Path from, Path to) throws Exception {
    try (InputStream in = Files.newInputStream(from);
        XSSFWorkbook wb = new XSSFWorkbook(in)) {
      int formulas = 0;
      for (Row row : wb.getSheetAt(0)) {
        for (Cell c : row) {
          var ct = ((XSSFCell) c).getCTCell();
          if (ct.isSetF()) {
            formulas++;
            if (ct.isSetV()) {
              ct.unsetV();
            }
            if (ct.isSetT()) {
              ct.unsetT();
            }
          }
        }
      }
      assertTrue(formulas > 45 * 15, "the live checks' formulas: " + formulas);
      wb.setForceFormulaRecalculation(true);
      try (OutputStream out = Files.newOutputStream(to)) {
        wb.write(out);
      }
    }
  }

  /** Every formula cell's shown value, POI's against LibreOffice's. */
  static List<String> compare(Path poi, Path lo) throws Exception {
    List<String> out = new ArrayList<>();
    DataFormatter f = new DataFormatter(Locale.ROOT);
    try (InputStream a = Files.newInputStream(poi);
        XSSFWorkbook p = new XSSFWorkbook(a);
        InputStream b = Files.newInputStream(lo);
        XSSFWorkbook l = new XSSFWorkbook(b)) {
      for (Row row : p.getSheetAt(0)) {
        for (Cell c : row) {
          if (c.getCellType() != CellType.FORMULA) {
            continue;
          }
          Cell other = l.getSheetAt(0).getRow(c.getRowIndex()).getCell(c.getColumnIndex());
          String want = value(c);
          String got = other == null ? "(none)" : value(other);
          if (!want.equals(got)) {
            out.add(
                poi.getFileName()
                    + "!"
                    + c.getAddress()
                    + ": POI "
                    + want
                    + ", LibreOffice "
                    + got
                    + " — "
                    + c.getCellFormula().substring(0, Math.min(80, c.getCellFormula().length())));
          }
        }
      }
    }
    return out;
  }

  private static String value(Cell c) {
    CellType t =
        c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
    return switch (t) {
      case NUMERIC -> String.format(Locale.ROOT, "%.6f", c.getNumericCellValue());
      case BOOLEAN -> Boolean.toString(c.getBooleanCellValue());
      case STRING -> c.getStringCellValue();
      case ERROR -> "#ERR";
      default -> "";
    };
  }

  /**
   * The sample declaration's form, filled as SelfEvaluationGeneratorTest fills it: LibreOffice
   * computes its figures as POI does.
   */
  @Test
  void libreOfficeComputesTheSameNumbers(@TempDir Path tmp) throws Exception {
    assumeTrue(
        new ProcessBuilder("sh", "-c", "command -v libreoffice").start().waitFor() == 0,
        "LibreOffice not installed");
    Path file = SelfEvaluationGeneratorTest.generate(tmp.resolve("gen"));
    SelfEvaluationGeneratorTest.fill(
        file, SelfEvaluationGeneratorTest.FUNDS_95, SelfEvaluationGeneratorTest.ROWS);
    Path lo = tmp.resolve("lo");
    Process p =
        new ProcessBuilder(
                "libreoffice",
                "--headless",
                "--calc",
                "--convert-to",
                "xlsx",
                "--outdir",
                lo.toString(),
                file.toString())
            .redirectErrorStream(true)
            .start();
    p.getInputStream().readAllBytes();
    assertEquals(0, p.waitFor());
    try (InputStream in = Files.newInputStream(lo.resolve(file.getFileName()));
        XSSFWorkbook wb = new XSSFWorkbook(in)) {
      assertEquals(
          0.95,
          SelfEvaluationGeneratorTest.cell(wb, SelfEvaluation.BUDGET_RATE, 0).getNumericCellValue(),
          1e-12);
      assertEquals(
          9.5,
          SelfEvaluationGeneratorTest.cell(wb, SelfEvaluation.BUDGET_SCORE, 0)
              .getNumericCellValue(),
          1e-9);
      assertEquals(
          9.5 + 90,
          SelfEvaluationGeneratorTest.cell(wb, SelfEvaluation.TOTAL_SCORE, 0).getNumericCellValue(),
          1e-9);
    }
  }
}
