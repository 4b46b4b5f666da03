package org.perfsheet.workbook;

import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;

/** One sheet's cells and merged regions, as {@link SheetGrid} needs them. */
interface GridSheet {

  String name();

  List<CellRangeAddress> merges();

  /** Every cell the sheet stores (blanks with a style too), row by row, left to right. */
  Iterable<? extends GridCell> cells();

  /** The stored cell, or null. */
  GridCell cell(int row, int col);

  /** The last stored row's index; -1 for an empty sheet. */
  int lastRow();

  /**
   * The last stored cell's column in the row, as POI counts it ({@code getLastCellNum() - 1}); -1
   * without the row.
   */
  int lastCol(int row);
}
