package org.perfsheet.model;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FieldValueTest {

  private static final CellRef A1 = new CellRef("表", 0, 0);

  /** Blank is what a person sees: spaces of any kind are nothing, a dash or a zero is something. */
  @Test
  void aCellOfSpacesIsBlankAndAnythingVisibleIsNot() {
    for (String blank : new String[] {"", " ", "\u00A0", "\u3000", "\u00A0\u3000 \n", "\u200B"}) {
      assertTrue(
          FieldValue.text(A1, blank).isBlank(),
          "blank: U+" + blank.codePoints().mapToObj(Integer::toHexString).toList());
    }
    for (String shown : new String[] {"—", "0", "无", "/", "\u00A0x"}) {
      assertFalse(FieldValue.text(A1, shown).isBlank(), shown);
    }
    assertFalse(FieldValue.number(A1, 0, "", false).isBlank(), "a number is never blank");
  }
}
