package org.perfsheet.workbook;

import java.nio.file.Path;
import java.util.List;
import org.perfsheet.layout.FormData;

/** For the benchmarks: each read path on its own, and whether the streamed one takes a workbook. */
public final class ReadProbe {

  private ReadProbe() {}

  /** The forms read from the streamed workbook; null when it passes the workbook on to POI. */
  public static List<FormData> streamed(FormFinder finder, Path file) {
    try (StreamedWorkbook wb = StreamedWorkbook.open(file)) {
      return finder.find(wb);
    } catch (Unstreamable e) {
      return null;
    }
  }

  /** The forms read through POI's object model, as before streaming. */
  public static List<FormData> poi(FormFinder finder, Path file) throws Exception {
    try (WorkbookOpener.Opened o = WorkbookOpener.open(file)) {
      return finder.find(o.workbook());
    }
  }
}
