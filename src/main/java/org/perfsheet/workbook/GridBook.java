package org.perfsheet.workbook;

/** A workbook's sheets in order, as {@link FormFinder} reads them. */
interface GridBook {

  int sheetCount();

  String sheetName(int index);

  /** Hidden so that Excel cannot show it: perfsheet's own state, a system's. */
  boolean veryHidden(int index);

  GridSheet sheet(int index);
}
