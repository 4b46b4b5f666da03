package org.perfsheet.layout;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.perfsheet.model.CellRef;
import org.perfsheet.model.FieldValue;

/**
 * The fields of one form as found on a sheet, keyed by the template's field keys, before they are
 * given meaning. A field of the layout that could not be found on the sheet is absent (its value
 * null, so the rules that need it are skipped, never failed) and listed in {@link #notFound}.
 *
 * @param rows the indicator table, one map per non-blank row
 * @param blocks the repeating blocks (年度目标 1…n), in sheet order; empty for most forms
 * @param reading how the fields were found, and the cells that could not be read
 */
public record FormData(
    Layout layout,
    String sheet,
    CellRef anchor,
    Integer year,
    Map<String, FieldValue> fields,
    List<Map<String, FieldValue>> rows,
    List<Block> blocks,
    Set<String> notFound,
    Reading reading) {

  /** How a field was found: the confidence of its value comes from it. */
  public enum Placement {
    /** In the cell right of its label, as the template has it. */
    RIGHT_OF_LABEL,
    /** Under its label, which the form prints as a header. */
    UNDER_HEADER,
    /** At the crossing of its row label and its column header. */
    GRID,
    /** A label whose own text is read (the title, 项目资金（万元）). */
    OWN_TEXT,
    /** A column of the indicator table, under its header. */
    TABLE_COLUMN
  }

  /**
   * What reading the form found besides the values.
   *
   * @param placements how each found field was located
   * @param tableStart the first cell under the indicator table's name column (null when no table
   *     was found)
   * @param uncalculated formula cells with no stored result that could not be evaluated: their
   *     values are absent
   * @param external formula cells whose value comes from another workbook (its cached result is
   *     used)
   * @param fundsComplete every line of the funds block holding amounts was read (so its sum can be
   *     checked)
   * @param unitUnclear the amounts written with a unit word on a form whose money unit could not be
   *     told (no label states it, the amounts' unit words disagree, others are bare): the form's
   *     amounts were not read ({@link Amounts})
   */
  public record Reading(
      Map<String, Placement> placements,
      CellRef tableStart,
      List<CellRef> uncalculated,
      List<CellRef> external,
      boolean fundsComplete,
      List<CellRef> unitUnclear) {
    public Reading {
      placements = Map.copyOf(placements);
      uncalculated = List.copyOf(uncalculated);
      external = List.copyOf(external);
      unitUnclear = List.copyOf(unitUnclear);
    }

    public Reading(
        Map<String, Placement> placements,
        CellRef tableStart,
        List<CellRef> uncalculated,
        List<CellRef> external,
        boolean fundsComplete) {
      this(placements, tableStart, uncalculated, external, fundsComplete, List.of());
    }
  }

  /** One repeating block: its heading cell, its single fields and its table rows. */
  public record Block(
      FieldValue heading, Map<String, FieldValue> fields, List<Map<String, FieldValue>> rows) {
    public Block {
      fields = Map.copyOf(fields);
      rows = List.copyOf(rows);
    }
  }

  public FormData {
    fields = Map.copyOf(fields);
    rows = List.copyOf(rows);
    blocks = List.copyOf(blocks);
    notFound = Set.copyOf(notFound);
  }

  /**
   * The field's value; null when the layout has no such field or it was not found on the sheet. A
   * computed field perfsheet may fill in (执行率, 得分, 总分) is therefore null when there is no cell of
   * the submitter's to fill.
   */
  public FieldValue field(String key) {
    return fields.get(key);
  }
}
