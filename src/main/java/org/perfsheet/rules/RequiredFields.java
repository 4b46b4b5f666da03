package org.perfsheet.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.perfsheet.layout.FieldLayout;
import org.perfsheet.layout.FormData;
import org.perfsheet.layout.Locator;
import org.perfsheet.model.CellRef;
import org.perfsheet.model.FieldValue;
import org.perfsheet.model.Finding;
import org.perfsheet.model.FindingCode;

/**
 * The template's own word on what must be filled: every field its legend marks 必填 that the sheet
 * shows blank is FIELD_MISSING, in the main table's rows too. The form's rules already say so, with
 * a fuller message, for the fields they know; this covers the rest, so a regional variant that
 * makes more fields required needs a template, not code.
 *
 * <p>Fields the sheet does not have at all are left out: that is a layout mismatch, not a blank.
 */
public final class RequiredFields {

  private RequiredFields() {}

  /** Findings for required fields left blank that {@code already} does not report at that cell. */
  public static List<Finding> check(FormData form, List<Finding> already) {
    Set<CellRef> reported = new HashSet<>();
    for (Finding f : already) {
      if (f.code() == FindingCode.FIELD_MISSING) {
        reported.add(f.cell());
      }
    }
    List<Finding> out = new ArrayList<>();
    for (FieldLayout f : form.layout().fields()) {
      if (!f.required() || f.repeated() || form.notFound().contains(f.key())) {
        continue;
      }
      if (f.locator() instanceof Locator.TableColumn) {
        for (Map<String, FieldValue> row : form.rows()) {
          blank(row.get(f.key()), f, reported, out);
        }
      } else {
        blank(form.field(f.key()), f, reported, out);
      }
    }
    return out;
  }

  private static void blank(FieldValue v, FieldLayout f, Set<CellRef> reported, List<Finding> out) {
    if (v != null && v.isBlank() && reported.add(v.ref())) {
      out.add(
          Finding.error(
              FindingCode.FIELD_MISSING,
              v.ref(),
              null,
              "“" + label(f.locator()) + "”未填写。表式要求必填（" + f.meaning() + "）。"));
    }
  }

  /** The label a person sees for the field: its column, its row and column, or its own label. */
  static String label(Locator l) {
    if (l instanceof Locator.Grid g) {
      return g.rowLabel().name() + "的" + g.header().name();
    }
    return l.rowAnchor().name(); // the label beside it, its column header, or its own label
  }
}
