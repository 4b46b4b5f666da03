package org.perfsheet.summary;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.perfsheet.model.FindingCode;

/**
 * The bureau reads problems by name: every finding code has a Chinese one (a new code without a
 * name fails here).
 */
class ProblemNamesTest {

  @Test
  void everyCodeHasAChineseName() {
    for (FindingCode c : FindingCode.values()) {
      String name = ProblemNames.of(c);
      assertTrue(
          !name.equals(c.name()) && name.codePoints().anyMatch(cp -> cp >= 0x4E00 && cp <= 0x9FFF),
          c + " → " + name);
    }
  }
}
