package org.perfsheet.notation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.perfsheet.model.CellRef;
import org.perfsheet.model.FieldValue;

class TicksTest {

  @ParameterizedTest(name = "“{0}” ticked: {1}")
  @CsvSource({
    "✔, true",
    "✓, true",
    "√, true",
    "是, true",
    "Y, true",
    "y, true",
    "1, true",
    "x, true",
    "X, true",
    "Ｙ, true",
    "ｘ, true",
    "' ✔ ', true",
    "否, false",
    "N, false",
    "0, false",
    "'', false",
    "×, false",
    "有, false",
    "✔✔, false"
  })
  void aTickIsOneOfTheMarksPeopleUse(String text, boolean ticked) {
    assertEquals(
        ticked, Ticks.ticked(FieldValue.text(new CellRef("s", 0, 0), text)), "“" + text + "”");
  }

  @Test
  void aStoredOneIsATick() {
    CellRef at = new CellRef("s", 0, 0);
    assertEquals(true, Ticks.ticked(FieldValue.number(at, 1, "1", false)));
    assertEquals(false, Ticks.ticked(FieldValue.number(at, 0, "0", false)));
  }
}
