package org.perfsheet.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The one written-date pattern of declarations (rules.DeclarationChecker) and project lists
 * (template.ProjectList).
 */
class DatesTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2024-03-05",
        "2024/3/5",
        "2024.3.5",
        "2024年3月5日",
        "2024年3月5",
        "2024 年 03 月 05 日",
        "2024 - 3 - 5"
      })
  void theWaysClerksWriteADate(String text) {
    assertEquals(LocalDate.of(2024, 3, 5), Dates.written(text));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "2024-03", "24-3-5", "2024-3-5 前", " 2024-3-5", "三月五日", "2024年3月5日至12月31日"})
  void otherTextIsNoWrittenDate(String text) {
    assertNull(Dates.written(text));
  }

  @Test
  void aDateWrittenSoThatDoesNotExistThrows() {
    assertThrows(DateTimeException.class, () -> Dates.written("2024-02-30"));
    assertThrows(DateTimeException.class, () -> Dates.written("2024年13月1日"));
  }
}
