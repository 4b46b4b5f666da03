package org.perfsheet.annotate;

import java.util.HashSet;
import java.util.Set;
import org.apache.poi.ooxml.POIXMLDocumentPart;
import org.apache.poi.openxml4j.opc.ZipPackagePart;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Lets POI write back as they came the parts of an .xlsx that perfsheet did not change: the sheets
 * it neither restored nor annotated (nor deselected), the theme, and the shared strings when none
 * were added (perfsheet writes its own text inline). Otherwise POI re-serialises every part on
 * saving, which costs time and rewrites XML the submitter's Excel or WPS wrote. A sheet kept this
 * way keeps its own comments and drawings as they were too.
 *
 * <p>Use: {@link #note} as the workbook is opened, then {@link #keep} just before it is written.
 */
public final class UnchangedParts {

  private final Set<String> selectedSheets;
  private final int sharedStrings;

  private UnchangedParts(Set<String> selectedSheets, int sharedStrings) {
    this.selectedSheets = selectedSheets;
    this.sharedStrings = sharedStrings;
  }

  /** What {@link #keep} compares against, noted before anything changes. */
  public static UnchangedParts note(Workbook wb) {
    Set<String> selected = new HashSet<>();
    for (Sheet s : wb) {
      if (s.isSelected()) {
        selected.add(s.getSheetName()); // annotating moves the selection to the findings sheet
      }
    }
    return new UnchangedParts(
        selected, wb instanceof XSSFWorkbook x ? x.getSharedStringSource().getUniqueCount() : -1);
  }

  /**
   * Marks as saved already every part that is still as it came; {@code changed}: sheets perfsheet
   * wrote to.
   */
  public void keep(Workbook wb, Set<String> changed) {
    if (!(wb instanceof XSSFWorkbook x)) {
      return; // .xls is one stream, written whole
    }
    for (Sheet s : x) {
      String name = s.getSheetName();
      // perfsheet's own sheets are new parts, never kept: keepIfFromFile passes them by
      if (!changed.contains(name) && !selectedSheets.contains(name) && !s.isSelected()) {
        keepIfFromFile((XSSFSheet) s);
      }
    }
    if (x.getSharedStringSource().getUniqueCount() == sharedStrings) {
      keepIfFromFile(x.getSharedStringSource());
    }
    if (x.getTheme() != null) {
      keepIfFromFile(x.getTheme());
    }
  }

  /**
   * Only a part read from the file has bytes to write back; one POI made on opening (a missing
   * table) has none.
   */
  private static void keepIfFromFile(POIXMLDocumentPart part) {
    if (part.getPackagePart() instanceof ZipPackagePart) {
      part.setCommitted(true);
    }
  }
}
