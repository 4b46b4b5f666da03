package org.perfsheet.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfsheet.cli.PerfsheetCommand;
import org.perfsheet.testing.Processes;
import org.perfsheet.testing.Processes.Run;

/**
 * The summary of the sample workbooks seen by two readers that are not POI: openpyxl finds the
 * number formats on the cells, the print setup and the pictures; LibreOffice prints it on A4
 * landscape, one page wide (every column of 项目汇总 on its first page). Each part runs where its tool
 * is installed.
 */
class SummaryPrintIT {

  private static Run exec(String... cmd) throws Exception {
    return Processes.exec(cmd);
  }

  @TempDir static Path tmp;
  static Path xlsx;

  @BeforeAll
  static void summariseTheSamples() throws Exception {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int rc =
        PerfsheetCommand.run(
            new String[] {
              "check", "--quiet", "test-workbooks/", "--out", tmp.resolve("checked").toString()
            },
            new PrintWriter(out, true),
            new PrintWriter(err, true));
    assertEquals(
        3,
        rc,
        "errors, and one published form in a layout no template describes: " + out + "\n" + err);
    xlsx = tmp.resolve("汇总.xlsx");
    rc =
        PerfsheetCommand.run(
            new String[] {
              "summary",
              tmp.resolve("checked").toString(),
              "--out",
              xlsx.toString(),
              "--projects",
              "test-workbooks/projects/2024-普陀区司法局-项目清单.csv"
            },
            new PrintWriter(out, true),
            new PrintWriter(err, true));
    assertEquals(0, rc, out + "\n" + err);
  }

  static final String OPENPYXL =
      """
      import json, sys, openpyxl
      wb = openpyxl.load_workbook(sys.argv[1])
      out = {}
      for ws in wb.worksheets:
          general = [c.coordinate for row in ws.iter_rows() for c in row
                     if isinstance(c.value, (int, float)) and not isinstance(c.value, bool) and c.number_format == 'General']
          numbers = sum(1 for row in ws.iter_rows() for c in row
                        if isinstance(c.value, (int, float)) and not isinstance(c.value, bool))
          ps = ws.page_setup
          out[ws.title] = {"general": general, "numbers": numbers, "paper": str(ps.paperSize),
              "orientation": ps.orientation, "fitWidth": str(ps.fitToWidth), "fitHeight": str(ps.fitToHeight),
              "fit": bool(ws.sheet_properties.pageSetUpPr.fitToPage), "titles": ws.print_title_rows,
              "header": ws.oddHeader.center.text, "footer": ws.oddFooter.center.text, "images": len(ws._images)}
      print(json.dumps(out, ensure_ascii=False))
      """;

  @Test
  void openpyxlFindsFormatsPrintSetupAndPictures() throws Exception {
    String python =
        Files.isExecutable(Path.of("/usr/bin/python3")) ? "/usr/bin/python3" : "python3";
    assumeTrue(exec(python, "-c", "import openpyxl").exit() == 0, "openpyxl not installed");
    Run r = exec(python, "-c", OPENPYXL, xlsx.toString());
    assertEquals(0, r.exit(), r.output());
    List<String> lines = r.output().lines().toList();
    JsonNode sheets = new ObjectMapper().readTree(lines.get(lines.size() - 1)); // after any warning
    int numbers = 0;
    for (String name : List.of("汇总", "部门汇总", "项目汇总", "问题清单", "监控汇总", "催报", "图表", "图表数据")) {
      JsonNode s = sheets.get(name);
      assertTrue(s != null, name + " in " + sheets);
      assertEquals("[]", s.get("general").toString(), name + ": numbers without a format");
      numbers += s.get("numbers").asInt();
      assertEquals("9", s.get("paper").asText(), name + " A4");
      assertEquals("landscape", s.get("orientation").asText(), name);
      assertEquals("1", s.get("fitWidth").asText(), name);
      assertEquals("0", s.get("fitHeight").asText(), name);
      assertTrue(s.get("fit").asBoolean(), name);
      assertEquals("预算绩效审核汇总表 · " + name, s.get("header").asText(), name);
      assertEquals("第 &P 页，共 &N 页", s.get("footer").asText(), name);
    }
    assertTrue(numbers > 100, "numbers seen: " + numbers);
    assertEquals("3:3", sheets.get("项目汇总").get("titles").asText().replace("$", ""));
    // Sections with grades: self-evaluations of 2019, 2020, 2021, 2022 and 2023 (the published
    // forms in foreign/), the 2020 department form, and the Guizhou department form (foreign/),
    // whose title prints no year (年度未填). The Chongqing one has no grade (directions unclear).
    assertEquals(7, sheets.get("图表").get("images").asInt(), "one chart per section with grades");
  }

  @Test
  void libreOfficePrintsA4LandscapeOnePageWide() throws Exception {
    assumeTrue(
        exec("sh", "-c", "command -v libreoffice && command -v pdftotext && command -v pdfinfo")
                .exit()
            == 0,
        "LibreOffice or poppler not installed");
    Path pdfDir = tmp.resolve("pdf");
    // its own profile: other LibreOffice runs on the machine would otherwise lock this one out
    Run lo =
        exec(
            "libreoffice",
            "-env:UserInstallation=" + tmp.resolve("lo-profile").toUri(),
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            pdfDir.toString(),
            xlsx.toString());
    assertEquals(0, lo.exit(), lo.output());
    Path pdf = pdfDir.resolve("汇总.pdf");
    Run info = exec("pdfinfo", "-f", "1", "-l", "999", pdf.toString());
    Matcher sizes =
        Pattern.compile("Page +\\d+ size: +([\\d.]+) x ([\\d.]+)").matcher(info.output());
    int pages = 0;
    while (sizes.find()) {
      pages++;
      assertEquals(
          842,
          Math.round(Double.parseDouble(sizes.group(1))),
          "A4 landscape width: " + sizes.group());
      assertEquals(
          595,
          Math.round(Double.parseDouble(sizes.group(2))),
          "A4 landscape height: " + sizes.group());
    }
    assertTrue(pages >= 7, "one page or more per sheet: " + pages);
    List<String> texts = new ArrayList<>();
    for (int i = 1; i <= pages; i++) {
      texts.add(
          exec("pdftotext", "-f", String.valueOf(i), "-l", String.valueOf(i), pdf.toString(), "-")
              .output());
    }
    String projects =
        texts.stream().filter(t -> t.contains("预算绩效审核汇总表 · 项目汇总")).findFirst().orElseThrow();
    // the first, wide and last columns (narrow headers wrap, so pdftotext splits them)
    for (String column : List.of("年度", "项目名称", "全年预算数（元）", "问题", "来源文件", "工作表", "说明")) {
      assertTrue(
          projects
              .lines()
              .anyMatch(
                  l ->
                      l.strip().equals(column)
                          || l.contains(column + " ")
                          || l.contains(" " + column)),
          column + " on the first page of 项目汇总: " + projects);
    }
    assertTrue(
        projects.contains("第 4 页，共 " + pages + " 页")
            || projects.matches("(?s).*第 \\d+ 页，共 \\d+ 页.*"),
        "page numbers");
    Run images = exec("pdfimages", "-list", pdf.toString());
    assertTrue(
        images.output().lines().filter(l -> l.matches("^ *\\d+ +\\d+ +image.*")).count() >= 2,
        images.output());
  }
}
