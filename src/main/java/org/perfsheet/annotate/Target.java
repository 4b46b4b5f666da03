package org.perfsheet.annotate;

import org.perfsheet.annotate.StyleBook.Style;
import org.perfsheet.model.CellRef;

/**
 * The workbook the {@link Annotator} marks: POI's object model ({@link PoiTarget}), or the streamed
 * write, which copies the submitter's package through and changes only the parts the marks need
 * ({@link StreamedTarget}). The annotator decides; a target only carries out.
 */
interface Target {

  /** A cell as the submitter left it. */
  record Original(Style style, boolean empty, String author, String comment) {}

  StyleBook styles();

  /** The cell (an empty one where nothing is stored), or null when the sheet does not exist. */
  Original cell(CellRef ref);

  /**
   * Gives the cell this style, writes {@code value} into it (null: its value stays) and, with a
   * {@code note}, puts perfsheet's comment on it in place of the one it had.
   */
  void mark(CellRef ref, Style style, Double value, String note);

  boolean hasSheet(String name);

  /** perfsheet's findings sheet, first and selected. */
  void addFirst(String name, OwnSheet sheet);

  /** perfsheet's restore state, last and very hidden, in place of an earlier one. */
  void addState(String name, OwnSheet sheet);
}
