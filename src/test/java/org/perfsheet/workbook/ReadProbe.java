package org.perfsheet.workbook;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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

  /**
   * The streamed write's floor so far: the forms read streamed, then the package copied through to
   * {@code target} with every text cell of the first sheet restyled (as an annotation restyles the
   * marked cells); false when the workbook is passed on.
   */
  public static boolean readAndCopyRestyled(FormFinder finder, Path file, Path target)
      throws IOException {
    try (StreamedWorkbook wb = StreamedWorkbook.open(file)) {
      finder.find(wb);
      Map<Long, Integer> styles = StreamedCopyTest.textCellsToDefault(wb);
      String part = wb.part(0);
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(target), 1 << 16)) {
        StreamedCopy.copy(file, out, Map.of(part, xml -> SheetStyleEdit.apply(xml, styles)));
      }
      return true;
    } catch (Unstreamable e) {
      return false;
    }
  }

  /** The forms read through POI's object model, as before streaming. */
  public static List<FormData> poi(FormFinder finder, Path file) throws Exception {
    try (WorkbookOpener.Opened o = WorkbookOpener.open(file)) {
      return finder.find(o.workbook());
    }
  }
}
