package org.perfsheet.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.perfsheet.workbook.FormFinder;
import org.perfsheet.workbook.ReadProbe;
import org.perfsheet.workbook.TemplateLearner;

/**
 * The read-only path (declarations, monitoring forms, summary, template --from): finding and
 * reading the forms of a workbook streamed, against reading them through POI's object model and
 * against POI's bare open+save of the same workbook (issue 16's floor), per workbook, settled; and
 * the streamed write's floor so far (docs/streaming.md).
 */
final class ReadBench {

  private ReadBench() {}

  static void run(Path tmp) throws Exception {
    FormFinder finder = new FormFinder(TemplateLearner.loadAll(Path.of("templates")));
    List<Path> synthetic = BenchWorkbooks.make(Files.createDirectories(tmp.resolve("read")), 40, 4);
    List<Path> samples = new ArrayList<>();
    try (Stream<Path> s = Files.walk(Path.of("test-workbooks"))) {
      s.filter(p -> p.toString().endsWith(".xlsx")).sorted().forEach(samples::add);
    }
    measure("synthetic self-evaluations (POI-written, 10-45 indicators)", synthetic, finder, tmp);
    measure("the sample workbooks of test-workbooks/ (Excel/WPS-written)", samples, finder, tmp);
  }

  private static void measure(String what, List<Path> files, FormFinder finder, Path tmp)
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
        ReadProbe.readAndCopyRestyled(finder, f, out.resolve("copy.xlsx"));
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
            default -> ReadProbe.readAndCopyRestyled(finder, f, out.resolve("copy.xlsx"));
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
        "  the streamed write's floor so far (streamed find, then the package copied through, parts"
            + " unchanged copied compressed, the first sheet's text cells restyled): %.1f ms, %.2f"
            + " × POI open+save%n",
        c,
        c / s);
  }
}
