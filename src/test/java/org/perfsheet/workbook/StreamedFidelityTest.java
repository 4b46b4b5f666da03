package org.perfsheet.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfsheet.check.Checker;
import org.perfsheet.layout.FormData;
import org.perfsheet.layout.Layout;
import org.perfsheet.scoring.ScoringProfile;
import org.perfsheet.testing.Mutations;

/**
 * The streamed reader sees what POI sees: for every .xlsx the project has (samples, templates, test
 * resources, and hand-made edge cases), the same cell texts, values, merges and sheet extents, and
 * the same forms found; where it cannot tell, it says so ({@link Unstreamable}) and POI reads.
 */
class StreamedFidelityTest {

  static List<Layout> layouts;

  @BeforeAll
  static void learn() throws IOException {
    layouts = TemplateLearner.loadAll(Path.of("templates"));
  }

  static List<Path> corpus() throws IOException {
    List<Path> out = new ArrayList<>();
    for (String root : List.of("test-workbooks", "templates", "src/test/resources")) {
      try (Stream<Path> s = Files.walk(Path.of(root))) {
        s.filter(p -> p.toString().toLowerCase(Locale.ROOT).matches(".*\\.xls[xm]$"))
            .sorted()
            .forEach(out::add);
      }
    }
    return out;
  }

  /**
   * What the two readers gave: cells compared, cells the streamed reader passed on, differences.
   */
  record Comparison(int cells, int passedOn, List<String> differences) {}

  /** Compares every cell of every sheet a form may be on, through the grid the readers use. */
  static Comparison compareGrids(Path file) throws Exception {
    List<String> diffs = new ArrayList<>();
    int cells = 0;
    int passedOn = 0;
    DataFormatter formatter = new DataFormatter(Locale.ROOT);
    try (WorkbookOpener.Opened poi = WorkbookOpener.open(file);
        StreamedWorkbook streamed = StreamedWorkbook.open(file)) {
      GridBook p = PoiGrid.book(poi.workbook(), formatter);
      assertEquals(p.sheetCount(), streamed.sheetCount(), file + ": sheets");
      for (int i = 0; i < p.sheetCount(); i++) {
        assertEquals(p.sheetName(i), streamed.sheetName(i), file + ": sheet name");
        assertEquals(
            p.veryHidden(i), streamed.veryHidden(i), file + ": very hidden " + p.sheetName(i));
        if (p.veryHidden(i)) {
          continue;
        }
        GridSheet ps = p.sheet(i);
        GridSheet ss = streamed.sheet(i);
        assertEquals(
            ps.merges().toString(), ss.merges().toString(), file + ": merges of " + ps.name());
        assertEquals(ps.lastRow(), ss.lastRow(), file + ": last row of " + ps.name());
        SheetGrid pg = new SheetGrid(ps, formatter);
        SheetGrid sg;
        try {
          sg = new SheetGrid(ss, formatter);
        } catch (Unstreamable e) {
          diffs.add(ps.name() + ": grid passed on: " + e.getMessage());
          continue;
        }
        int maxCol = 0;
        for (int r = 0; r <= ps.lastRow() + 1; r++) {
          assertEquals(ps.lastCol(r), ss.lastCol(r), file + ": last column of row " + r);
          maxCol = Math.max(maxCol, ps.lastCol(r));
        }
        assertEquals(pg.textPlaces(), sg.textPlaces(), file + ": text places of " + ps.name());
        for (int r = 0; r <= ps.lastRow() + 1; r++) {
          for (int c = 0; c <= maxCol + 1; c++) {
            cells++;
            String where = ps.name() + "!" + new CellReference(r, c).formatAsString();
            try {
              String t = sg.text(r, c);
              if (!pg.text(r, c).equals(t)) {
                diffs.add(where + " text: POI «" + pg.text(r, c) + "» streamed «" + t + "»");
              }
              var v = sg.value(r, c);
              if (!pg.value(r, c).equals(v)
                  || pg.uncalculated(v.ref()) != sg.uncalculated(v.ref())
                  || pg.external(v.ref()) != sg.external(v.ref())) {
                diffs.add(where + " value: POI " + pg.value(r, c) + " streamed " + v);
              }
            } catch (Unstreamable e) {
              passedOn++;
            }
          }
        }
      }
    }
    return new Comparison(cells, passedOn, diffs);
  }

  static List<FormData> poiForms(Path file) throws Exception {
    try (WorkbookOpener.Opened o = WorkbookOpener.open(file)) {
      return new FormFinder(layouts).find(o.workbook());
    }
  }

  @Test
  void everyProjectWorkbookReadsTheSameStreamed() throws Exception {
    TreeMap<String, String> outcome = new TreeMap<>();
    int streamedWhole = 0;
    List<String> failures = new ArrayList<>();
    for (Path f : corpus()) {
      List<FormData> byPoi;
      try {
        byPoi = poiForms(f);
      } catch (RejectedWorkbookException e) {
        outcome.put(f.toString(), "rejected by POI: " + e.reason().code());
        continue;
      }
      List<FormData> streamed;
      try (StreamedWorkbook wb = StreamedWorkbook.open(f)) {
        streamed = new FormFinder(layouts).find(wb);
        streamedWhole++;
        if (!streamed.equals(byPoi)) {
          failures.add(f + ": the forms differ\nPOI      " + byPoi + "\nstreamed " + streamed);
        }
        outcome.put(f.toString(), "streamed, " + streamed.size() + " forms");
      } catch (Unstreamable e) {
        outcome.put(f.toString(), "passed on to POI: " + e.getMessage());
      }
      assertEquals(byPoi, new FormFinder(layouts).read(f), f + ": read() gives POI's forms");
      Comparison c = compareGrids(f);
      if (!c.differences().isEmpty()) {
        failures.add(
            f
                + ": "
                + String.join(
                    "\n  ", c.differences().subList(0, Math.min(20, c.differences().size()))));
      }
    }
    outcome.forEach((k, v) -> System.out.println("fidelity: " + k + ": " + v));
    if (!failures.isEmpty()) {
      fail(String.join("\n", failures));
    }
    assertTrue(streamedWhole >= 10, "most workbooks are streamed whole, not passed on: " + outcome);
  }

  /**
   * Workbooks as they come back to the read-only uses: a declaration returned annotated by {@code
   * check} (findings sheet, comments, fills, the very hidden state), and forms a unit mutated
   * (cells emptied, junk and numbers typed in, rows removed), annotated too.
   */
  @Test
  void annotatedAndMutatedWorkbooksReadTheSameStreamed(@TempDir Path tmp) throws Exception {
    var checker = new Checker(layouts, ScoringProfile.defaults());
    Random random = new Random(16);
    List<String> failures = new ArrayList<>();
    int streamed = 0;
    int n = 0;
    for (String sample :
        List.of(
            "test-workbooks/self-evaluation/2021-上海市司法局-项目自评表.xlsx",
            "test-workbooks/declaration/2024-普陀区司法局-绩效目标申报表.xlsx",
            "test-workbooks/department/2020-硚口区司法局-整体绩效自评表.xlsx",
            "test-workbooks/monitoring/2024-法律援助费-执行监控表-1-6月.xlsx")) {
      for (int round = 0; round < 6; round++) {
        Path file = tmp.resolve("m" + n++ + ".xlsx");
        try (var in = Files.newInputStream(Path.of(sample));
            Workbook wb = WorkbookFactory.create(in)) {
          for (int k = 0; round > 0 && k < 1 + random.nextInt(25); k++) {
            Mutations.mutate(wb.getSheetAt(random.nextInt(wb.getNumberOfSheets())), random);
          }
          try (var out = Files.newOutputStream(file)) {
            wb.write(out);
          }
        }
        Path annotated = tmp.resolve("a" + file.getFileName());
        checker.process(file, annotated);
        for (Path f : Files.exists(annotated) ? List.of(file, annotated) : List.of(file)) {
          List<FormData> byPoi = poiForms(f);
          try (StreamedWorkbook wb = StreamedWorkbook.open(f)) {
            List<FormData> forms = new FormFinder(layouts).find(wb);
            streamed++;
            if (!forms.equals(byPoi)) {
              failures.add(
                  sample + " round " + round + " " + f.getFileName() + ": the forms differ");
            }
          } catch (Unstreamable e) {
            // POI reads it
          }
          assertEquals(byPoi, new FormFinder(layouts).read(f));
          Comparison c = compareGrids(f);
          if (!c.differences().isEmpty()) {
            failures.add(
                sample + " round " + round + " " + f.getFileName() + ": " + c.differences());
          }
        }
      }
    }
    System.out.println(
        "fidelity: annotated and mutated workbooks read streamed whole: "
            + streamed
            + " of "
            + 2 * n);
    if (!failures.isEmpty()) {
      fail(String.join("\n", failures));
    }
    assertTrue(streamed >= n, "most are streamed: " + streamed);
  }
}
