package org.perfsheet.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A finding repeated on one merged box (one per row it spans) is given once (issue 12, item 13).
 */
class FormResultTest {

  @Test
  void theSameFindingOnOneBoxIsGivenOnce() {
    CellRef box = new CellRef("自评表", 9, 9);
    String why = "未达到年度指标值，须填写偏差原因分析及改进措施：说明未完成的原因和下一步改进措施。";
    List<Finding> eight = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      eight.add(Finding.error(FindingCode.EXPLANATION_MISSING, box, "指标" + i, why));
    }
    eight.add(
        Finding.warning(FindingCode.TARGET_NOT_MET, new CellRef("自评表", 9, 6), "指标0", "未达到年度指标值。"));
    FormResult r =
        new FormResult(
            "自评表",
            FormKind.PROJECT_SELF_EVALUATION,
            "t",
            null,
            null,
            null,
            null,
            null,
            null,
            Stated.NONE,
            Stated.NONE,
            Stated.NONE,
            null,
            eight,
            List.of(),
            null);
    assertEquals(2, r.findings().size(), r.findings().toString());
    assertEquals("指标0", r.findings().get(1).indicator(), "the first of the repeats is kept");
  }
}
