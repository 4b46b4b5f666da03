package org.perfsheet.workbook;

import java.time.LocalDate;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.perfsheet.model.CellRef;
import org.perfsheet.model.FieldValue;

/**
 * One {@code <c>} of a streamed sheet, answering as POI's XSSFCell answers for the same XML: the
 * type from {@code t} (and {@code <f>}), the text from the shared strings, the inline string or the
 * stored value. What it cannot answer so throws {@link Unstreamable}.
 */
final class StreamedCell implements GridCell {

  private final StreamedSheet sheet;
  private final int row;
  private final int col;
  private final CellType type;
  private final CellType cachedType;
  private final int style;
  private final String string;
  private final String value;
  private final String formula;
  private final int sharedIndex;

  private StreamedCell(
      StreamedSheet sheet,
      int row,
      int col,
      CellType type,
      CellType cachedType,
      int style,
      String string,
      String value,
      String formula,
      int sharedIndex) {
    this.sheet = sheet;
    this.row = row;
    this.col = col;
    this.type = type;
    this.cachedType = cachedType;
    this.style = style;
    this.string = string;
    this.value = value;
    this.formula = formula;
    this.sharedIndex = sharedIndex;
  }

  static StreamedCell of(
      StreamedSheet sheet,
      int row,
      int col,
      String t,
      int style,
      String v,
      String inline,
      boolean isFormula,
      String formula,
      int sharedIndex) {
    String kind = t == null ? "n" : t;
    CellType base =
        switch (kind) {
          case "n" -> v == null && !isFormula ? CellType.BLANK : CellType.NUMERIC;
          case "s", "str", "inlineStr" -> CellType.STRING;
          case "b" -> CellType.BOOLEAN;
          case "e" -> CellType.ERROR;
          default -> throw new Unstreamable("cell type " + kind);
        };
    String string = null;
    if (base == CellType.STRING && isFormula) {
      if (kind.equals("s")) {
        throw new Unstreamable("a formula's result as a shared string"); // POI would show the index
      }
      string = v == null ? "" : StreamedStrings.decode(v);
    } else if (base == CellType.STRING) {
      string =
          switch (kind) {
            case "s" -> v == null ? "" : sheet.book().sharedString(parseIndex(v));
            case "inlineStr" ->
                inline != null ? inline : v == null ? "" : StreamedStrings.decode(v);
            default -> v == null ? "" : StreamedStrings.decode(v);
          };
    }
    return new StreamedCell(
        sheet,
        row,
        col,
        isFormula ? CellType.FORMULA : base,
        base,
        style,
        string,
        v,
        isFormula ? formula : null,
        sharedIndex);
  }

  private static int parseIndex(String v) {
    try {
      return Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw new Unstreamable("shared string index " + v);
    }
  }

  @Override
  public int row() {
    return row;
  }

  @Override
  public int col() {
    return col;
  }

  @Override
  public CellType type() {
    return type;
  }

  @Override
  public CellType cachedType() {
    if (type != CellType.FORMULA) {
      throw new IllegalStateException("not a formula");
    }
    return cachedType;
  }

  @Override
  public String string() {
    if (string == null) {
      throw new Unstreamable("text asked of a " + cachedType + " cell");
    }
    return string;
  }

  @Override
  public double number() {
    if (value == null || value.isEmpty()) {
      return 0.0;
    }
    try {
      return Double.parseDouble(value);
    } catch (NumberFormatException e) {
      throw new Unstreamable("a number written " + value);
    }
  }

  @Override
  public boolean bool() {
    return "1".equals(value);
  }

  @Override
  public String errorText() {
    try {
      return FormulaError.forInt(errorCode()).getString();
    } catch (IllegalArgumentException | IllegalStateException e) {
      return "#ERROR!";
    }
  }

  /** As XSSFCell.getErrorCellValue: 0 without a value. */
  private byte errorCode() {
    if (value == null) {
      return 0;
    }
    try {
      return FormulaError.forString(value).getCode();
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("Unexpected error code", e);
    }
  }

  @Override
  public String formula() {
    if (sharedIndex >= 0) {
      throw new Unstreamable("the text of a shared formula"); // POI renders it shifted
    }
    return formula == null ? "" : formula;
  }

  @Override
  public boolean external() {
    return sharedIndex >= 0 ? sheet.sharedExternal(sharedIndex) : SheetGrid.isExternal(formula());
  }

  @Override
  public boolean hasCachedValue() {
    return value != null;
  }

  @Override
  public int styleIndex() {
    return style;
  }

  @Override
  public short dataFormat() {
    return sheet.book().dataFormat(style);
  }

  @Override
  public String dataFormatString() {
    return sheet.book().dataFormatString(style);
  }

  @Override
  public LocalDate date() {
    return DateUtil.getLocalDateTime(number(), sheet.book().date1904()).toLocalDate();
  }

  /** As POI's DataFormatter.formatCellValue without an evaluator: a formula shows its text. */
  @Override
  public String shown() {
    return switch (type) {
      case FORMULA -> formula();
      case NUMERIC -> sheet.book().numberShown().shown(number(), dataFormat(), dataFormatString());
      case STRING -> string();
      case BOOLEAN -> bool() ? "TRUE" : "FALSE";
      case ERROR -> {
        try {
          yield FormulaError.forInt(errorCode()).getString();
        } catch (RuntimeException e) {
          throw new Unstreamable("error code " + value);
        }
      }
      default -> "";
    };
  }

  /** Nothing is computed here: POI's evaluator needs its object model. */
  @Override
  public FieldValue evaluated(CellRef ref) {
    throw new Unstreamable("a formula without a stored result");
  }
}
