package org.perfsheet.template;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfsheet.layout.FieldKeys.Funds;
import picocli.CommandLine;

/**
 * A self-evaluation or monitoring form made from a declaration in another unit carries the declared
 * amounts in its own unit: 510 万元 declared is 5,100,000 on the self-evaluation in 元, and 510 on the
 * monitoring form in 万元.
 */
class DeclaredAmountsInTheFormsUnitTest {

  /** The first Putuo declaration, its funds stated in 万元 (510 for 5,100,000 元). */
  private static Path in万元(Path dir) throws Exception {
    Path out = dir.resolve("declaration-wan.xlsx");
    try (InputStream in = Files.newInputStream(Path.of(FromSampleDeclarations.DECLARATIONS));
        Workbook wb = WorkbookFactory.create(in);
        OutputStream o = Files.newOutputStream(out)) {
      while (wb.getNumberOfSheets() > 1) {
        wb.removeSheetAt(1);
      }
      Sheet s = wb.getSheetAt(0);
      s.getRow(5).getCell(0).setCellValue("项目资金 (万元)"); // A6
      for (String a1 : List.of("C6", "E6", "C7", "E7")) {
        var r = new org.apache.poi.ss.util.CellReference(a1);
        s.getRow(r.getRow()).getCell(r.getCol()).setCellValue(510);
      }
      wb.write(o);
    }
    return out;
  }

  private static Path generate(String kind, Path declaration, Path out) throws Exception {
    StringWriter sink = new StringWriter();
    CommandLine cl = new CommandLine(new TemplateCommand());
    cl.setOut(new PrintWriter(sink));
    cl.setErr(new PrintWriter(sink));
    assertEquals(
        0,
        cl.execute(kind, "--from", declaration.toString(), "--out", out.toString()),
        sink.toString());
    try (Stream<Path> files = Files.list(out)) {
      return files.filter(p -> p.toString().endsWith(".xlsx")).findFirst().orElseThrow();
    }
  }

  private static double fiscalInitial(Path file) throws Exception {
    try (InputStream in = Files.newInputStream(file);
        XSSFWorkbook wb = new XSSFWorkbook(in)) {
      return SelfEvaluationGeneratorTest.cell(wb, Funds.key(Funds.FISCAL, Funds.INITIAL), 0)
          .getNumericCellValue();
    }
  }

  @Test
  void aSelfEvaluationIn元GetsTheDeclared万元In元(@TempDir Path dir) throws Exception {
    Path file = generate("self-evaluation", in万元(dir), dir.resolve("self"));
    assertEquals(5_100_000, fiscalInitial(file), 1e-6);
  }

  @Test
  void aMonitoringFormIn万元GetsTheDeclared万元As万元(@TempDir Path dir) throws Exception {
    Path file = generate("monitoring", in万元(dir), dir.resolve("monitoring"));
    assertEquals(510, fiscalInitial(file), 1e-6);
  }
}
