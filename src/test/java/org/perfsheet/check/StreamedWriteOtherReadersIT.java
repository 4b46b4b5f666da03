package org.perfsheet.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfsheet.testing.Processes;
import org.perfsheet.workbook.Unstreamable;

/**
 * The streamed write seen by readers that are not POI (Excel and WPS are stricter than POI):
 * openpyxl reads each sample's annotated copy written streamed exactly as it reads the copy POI's
 * path writes (sheets and their state, the marked cells' fills, the comments, the numbers, the
 * names); LibreOffice opens and prints it. Each part runs where its tool is installed.
 */
class StreamedWriteOtherReadersIT {

  @TempDir static Path tmp;

  @BeforeAll
  static void setUp() throws Exception {
    StreamedWriteFidelityTest.setUp();
  }

  static final String OPENPYXL =
      """
      import json, sys, openpyxl
      out = []
      for path in sys.argv[1:]:
          wb = openpyxl.load_workbook(path)
          book = {"sheets": [], "names": sorted(str(n.name) + "=" + str(n.attr_text)
                                             for n in wb.defined_names.definedName)}
          for ws in wb.worksheets:
              cells = []
              for row in ws.iter_rows():
                  for c in row:
                      # POI writes RGB, the streamed write ARGB (as Excel does): the colour counts
                      fill = str(c.fill.fgColor.rgb)[-6:] if c.fill.fill_type == "solid" else None
                      note = (c.comment.author + ": " + c.comment.text) if c.comment else None
                      if fill or note or isinstance(c.value, float):
                          cells.append([c.coordinate, str(fill), note, c.value, c.number_format,
                                        bool(c.font.b), c.border.left.style])
              book["sheets"].append({"title": ws.title, "state": ws.sheet_state,
                                     "titles": ws.print_title_rows, "cells": cells})
          out.append(book)
      print(json.dumps(out, ensure_ascii=False))
      """;

  @Test
  void openpyxlReadsTheStreamedCopyAsThePoiOne() throws Exception {
    String python =
        Files.isExecutable(Path.of("/usr/bin/python3")) ? "/usr/bin/python3" : "python3";
    assumeTrue(Processes.exec(python, "-c", "import openpyxl").exit() == 0, "no openpyxl");
    int compared = 0;
    for (Path sample : StreamedWriteFidelityTest.samples()) {
      Path dir = Files.createTempDirectory(tmp, "o");
      Path poi = dir.resolve("poi.xlsx");
      Path streamed = dir.resolve("streamed.xlsx");
      System.setProperty("perfsheet.streaming.write", "false");
      try {
        StreamedWriteFidelityTest.checker.process(sample, poi);
      } finally {
        System.clearProperty("perfsheet.streaming.write");
      }
      try {
        StreamedWriteFidelityTest.checker.processStreamed(sample, streamed);
      } catch (Unstreamable e) {
        continue;
      }
      Processes.Run r = Processes.exec(python, "-c", OPENPYXL, poi.toString(), streamed.toString());
      assertEquals(0, r.exit(), sample + ": " + r.output());
      List<String> lines = r.output().lines().toList();
      String json = lines.get(lines.size() - 1);
      int split = json.indexOf("}, {\"sheets\"");
      assertTrue(split > 0, json);
      String[] a = json.substring(1, split + 1).split("\\], \\[");
      String[] b = json.substring(split + 3, json.length() - 1).split("\\], \\[");
      for (int i = 0; i < Math.min(a.length, b.length); i++) {
        assertEquals(a[i], b[i], sample + ": item " + i);
      }
      assertEquals(a.length, b.length, sample + ": as many cells");
      compared++;
    }
    assertTrue(compared >= 12, "compared " + compared);
  }

  /** Workbooks LibreOffice wrote (another writer's XML) take the streamed write as POI's path. */
  @Test
  void libreOfficeWrittenWorkbooksWriteTheSameStreamed() throws Exception {
    assumeTrue(Processes.exec("sh", "-c", "command -v libreoffice").exit() == 0, "no LibreOffice");
    Path dir = Files.createDirectories(tmp.resolve("lo-written"));
    List<String> failures = new java.util.ArrayList<>();
    int streamed = 0;
    List<Path> samples =
        List.of(
            Path.of("test-workbooks/self-evaluation/2021-问题样例-项目自评表.xlsx"),
            Path.of("test-workbooks/monitoring/2024-安置帮教和社区矫正-执行监控表-问题样例.xlsx"),
            Path.of("test-workbooks/declaration/2024-普陀区司法局-绩效目标申报表.xlsx"));
    for (Path sample : samples) {
      Processes.Run lo =
          Processes.exec(
              "libreoffice",
              "-env:UserInstallation=" + tmp.resolve("lo-profile").toUri(),
              "--headless",
              "--convert-to",
              "xlsx:Calc MS Excel 2007 XML",
              "--outdir",
              dir.toString(),
              sample.toString());
      assertEquals(0, lo.exit(), lo.output());
      Path written = dir.resolve(sample.getFileName());
      streamed += StreamedWriteFidelityTest.compare(written, tmp, failures, true) ? 1 : 0;
    }
    StreamedWriteFidelityTest.report(failures, streamed, samples.size());
    assertEquals(samples.size(), streamed, "LibreOffice's workbooks take the streamed write");
  }

  @Test
  void libreOfficeOpensAndPrintsTheStreamedCopy() throws Exception {
    assumeTrue(
        Processes.exec("sh", "-c", "command -v libreoffice && command -v pdftotext").exit() == 0,
        "LibreOffice or poppler not installed");
    Path sample = Path.of("test-workbooks/self-evaluation/2021-问题样例-项目自评表.xlsx");
    Path streamed = tmp.resolve("lo").resolve("returned.xlsx");
    Files.createDirectories(streamed.getParent());
    StreamedWriteFidelityTest.checker.processStreamed(sample, streamed);
    Processes.Run lo =
        Processes.exec(
            "libreoffice",
            "-env:UserInstallation=" + tmp.resolve("lo-profile").toUri(),
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            streamed.getParent().toString(),
            streamed.toString());
    assertEquals(0, lo.exit(), lo.output());
    Processes.Run text =
        Processes.exec("pdftotext", streamed.getParent().resolve("returned.pdf").toString(), "-");
    assertTrue(text.output().contains("审核意见"), text.output());
    assertTrue(text.output().contains("审核结论"), text.output());
  }
}
