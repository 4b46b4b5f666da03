package org.perfsheet.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.perfsheet.check.Checker;
import org.perfsheet.layout.Layout;
import org.perfsheet.scoring.ScoringProfile;
import org.perfsheet.workbook.FormFinder;
import org.perfsheet.workbook.ReadProbe;
import org.perfsheet.workbook.TemplateLearner;

/**
 * The read-only path (declarations, monitoring forms, summary, template --from): finding and
 * reading the forms of a workbook streamed, against reading them through POI's object model and
 * against POI's bare open+save of the same workbook (issue 16's floor), per workbook, settled; and
 * {@code check} of the same workbook, whole (read, rules, annotation, the streamed write).
 */
final class ReadBench {

  private ReadBench() {}

  static void run(Path tmp) throws Exception {
    List<Layout> layouts = TemplateLearner.loadAll(Path.of("templates"));
    FormFinder finder = new FormFinder(layouts);
    Checker checker = new Checker(layouts, ScoringProfile.defaults());
    List<Path> synthetic = BenchWorkbooks.make(Files.createDirectories(tmp.resolve("read")), 40, 4);
    List<Path> samples = new ArrayList<>();
    try (Stream<Path> s = Files.walk(Path.of("test-workbooks"))) {
      s.filter(p -> p.toString().endsWith(".xlsx")).sorted().forEach(samples::add);
    }
    measure(
        "synthetic self-evaluations (POI-written, 10-45 indicators)",
        synthetic,
        finder,
        checker,
        tmp);
    measure(
        "the sample workbooks of test-workbooks/ (Excel/WPS-written)",
        samples,
        finder,
        checker,
        tmp);
  }

  private static void measure(
      String what, List<Path> files, FormFinder finder, Checker checker, Path tmp)
      throws Exception {
    int streams = 0;
    for (Path f : files) {
      streams += ReadProbe.streamed(finder, f) != null ? 1 : 0;
    }
    Path out = Files.createDirectories(tmp.resolve("read-out"));
    for (int warm = 0; warm < Bench.WARM_ROUNDS; warm++) {
      for (Path f : files) {
        Bench.poiOpenSave(f, out.resolve("poi.xlsx"));
        ReadProbe.poi(finder, f);
        finder.read(f);
        checker.process(f, out.resolve("checked.xlsx"));
      }
    }
    long[] save = new long[files.size()];
    long[] poi = new long[files.size()];
    long[] streamed = new long[files.size()];
    long[] copied = new long[files.size()];
    for (int round = 0; round < Bench.ROUNDS; round++) {
      for (int i = 0; i < files.size(); i++) {
        Path f = files.get(i);
        // Rotate which goes first, so none always runs on caches another warmed.
        for (int k = 0; k < 4; k++) {
          int which = (round + i + k) % 4;
          long t0 = System.nanoTime();
          switch (which) {
            case 0 -> Bench.poiOpenSave(f, out.resolve("poi.xlsx"));
            case 1 -> ReadProbe.poi(finder, f);
            case 2 -> finder.read(f);
            default -> checker.process(f, out.resolve("checked.xlsx"));
          }
          long t = System.nanoTime() - t0;
          (which == 0 ? save : which == 1 ? poi : which == 2 ? streamed : copied)[i] += t;
        }
      }
    }
    double s = Bench.median(save) / Bench.ROUNDS / 1e6;
    double p = Bench.median(poi) / Bench.ROUNDS / 1e6;
    double r = Bench.median(streamed) / Bench.ROUNDS / 1e6;
    double c = Bench.median(copied) / Bench.ROUNDS / 1e6;
    System.out.printf(
        Locale.ROOT,
        "read, %s: %d workbooks, %d read streamed (the rest passed on to POI); per workbook, median"
            + " of %d rounds after %d warm-up: POI open+save %.1f ms, POI open+find %.1f ms,"
            + " streamed find %.1f ms; streamed/open+save %.2f, streamed/POI find %.2f%n",
        what,
        files.size(),
        streams,
        Bench.ROUNDS,
        Bench.WARM_ROUNDS,
        s,
        p,
        r,
        r / s,
        r / p);
    System.out.printf(
        Locale.ROOT,
        "  check (read, rules, annotation, write; streamed where it can be): %.1f ms, %.2f × POI"
            + " open+save (goal ≤ 0.6)%n",
        c,
        c / s);
  }
}
