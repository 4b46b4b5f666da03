package org.perfsheet.workbook;

import java.time.LocalDate;
import org.apache.poi.ss.usermodel.CellType;
import org.perfsheet.model.CellRef;
import org.perfsheet.model.FieldValue;

/**
 * One cell as {@link SheetGrid} reads it, answered the way POI's {@code XSSFCell} answers: from
 * POI's object model ({@link PoiGrid}) or from the sheet's XML read as a stream ({@link
 * StreamedSheet}). A streamed cell that cannot answer as POI would throws {@link Unstreamable}.
 */
interface GridCell {

  int row();

  int col();

  /** BLANK, STRING, NUMERIC, BOOLEAN, ERROR or FORMULA. */
  CellType type();

  /** The type of a formula's stored result. */
  CellType cachedType();

  /** The text of a text cell, or a formula's text result. */
  String string();

  double number();

  boolean bool();

  /**
   * {@code #REF!}, {@code #DIV/0!}: what Excel shows; {@code #ERROR!} for a code POI does not know.
   */
  String errorText();

  /** The formula's text, or "" when it cannot be read. */
  String formula();

  /** Whether the formula takes its value from another workbook ({@link SheetGrid#isExternal}). */
  boolean external();

  /** Whether a formula has a stored result: tools that do not calculate leave it out. */
  boolean hasCachedValue();

  /** The cell's style, a key for what the style says about numbers. */
  int styleIndex();

  short dataFormat();

  String dataFormatString();

  /** A number read as a date (by the workbook's 1900 or 1904 calendar). */
  LocalDate date();

  /** What POI's DataFormatter shows for the cell: a formula's text, a number in its format. */
  String shown();

  /** A formula without a stored result computed here; null when it cannot be. */
  FieldValue evaluated(CellRef ref);
}
