package org.perfsheet.workbook;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;
import org.perfsheet.layout.FormData;
import org.perfsheet.layout.Layout;

/**
 * Finds the forms in a workbook: each visible sheet is matched against every known layout and
 * read with the best one (most of its labels present; on a tie, the layout with more labels, as
 * the more specific). Sheets that match no layout are not forms and are left alone.
 */
public final class FormFinder {

  private final List<Layout> layouts;

  public FormFinder(List<Layout> layouts) {
    this.layouts = List.copyOf(layouts);
  }

  public List<FormData> find(Workbook wb) {
    DataFormatter formatter = new DataFormatter(Locale.ROOT);
    List<FormData> forms = new ArrayList<>();
    for (int i = 0; i < wb.getNumberOfSheets(); i++) {
      if (wb.getSheetVisibility(i) == SheetVisibility.VERY_HIDDEN) {
        continue; // perfsheet's own state, or a system's: never a form a person filled
      }
      Sheet sheet = wb.getSheetAt(i);
      SheetGrid grid = new SheetGrid(sheet, formatter);
      FormReader best = null;
      double bestCoverage = 0;
      for (Layout layout : layouts) {
        FormReader reader = new FormReader(layout, grid);
        double c = reader.coverage();
        if (c >= FormReader.MIN_COVERAGE && (best == null || c > bestCoverage + 1e-9
            || (Math.abs(c - bestCoverage) < 1e-9 && layout.anchors().size() > best.layout().anchors().size()))) {
          best = reader;
          bestCoverage = c;
        }
      }
      if (best != null) {
        forms.add(best.read());
      }
    }
    return forms;
  }

  /** Sheet names, for the message when no form is found. */
  public static List<String> sheetNames(Workbook wb) {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < wb.getNumberOfSheets(); i++) {
      if (wb.getSheetVisibility(i) != SheetVisibility.VERY_HIDDEN) {
        names.add(wb.getSheetName(i));
      }
    }
    return names;
  }
}
