package org.perfsheet.layout;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.perfsheet.model.CellRef;
import org.perfsheet.model.FieldValue;

/**
 * The fields of one form as found on a sheet, keyed by the template's field keys, before they
 * are given meaning. A field of the layout that could not be found on the sheet is present as a
 * blank value at {@link #anchor} and listed in {@link #notFound}.
 *
 * @param rows   the indicator table, one map per non-blank row
 * @param blocks the repeating blocks (年度目标 1…n), in sheet order; empty for most forms
 */
public record FormData(Layout layout, String sheet, CellRef anchor, Integer year, Map<String, FieldValue> fields,
    List<Map<String, FieldValue>> rows, List<Block> blocks, Set<String> notFound) {

  /** One repeating block: its heading cell, its single fields and its table rows. */
  public record Block(FieldValue heading, Map<String, FieldValue> fields, List<Map<String, FieldValue>> rows) {
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

  /** The field's value; null when the layout has no such field. */
  public FieldValue field(String key) {
    return fields.get(key);
  }

  /**
   * A field perfsheet may write into (a computed 执行率, 得分, 总分): null when the layout has it
   * but the sheet does not, since there is then no cell of the submitter's to fill.
   */
  public FieldValue writable(String key) {
    return notFound.contains(key) ? null : fields.get(key);
  }
}
