package org.perfsheet.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfsheet.report.WorkbookReport;
import org.perfsheet.workbook.WorkbookOpener;

/**
 * Issue 12, item 8: past the raised part limit a workbook is told it has too many parts, not that
 * it is damaged.
 */
class WorkbookLimitsIT {

  @BeforeAll
  static void setUp() throws Exception {
    WorkbookLimitsTest.setUp();
  }

  @Test
  void pastTheLimitItSaysTooManyParts(@TempDir Path tmp) throws Exception {
    WorkbookReport r =
        WorkbookLimitsTest.checker.process(
            WorkbookLimitsTest.withParts(tmp.resolve("太多.xlsx"), WorkbookOpener.MAX_PARTS + 10),
            tmp.resolve("out.xlsx"));
    assertEquals("TOO_LARGE", r.error().code());
    assertTrue(
        r.error().message().startsWith("工作簿包含的部件过多（超过 " + WorkbookOpener.MAX_PARTS + " 个"),
        r.error().message());
  }

  @Test
  void aWorkbookOfMoreThanAThousandPartsIsChecked(@TempDir Path tmp) throws Exception {
    WorkbookReport r =
        WorkbookLimitsTest.checker.process(
            WorkbookLimitsTest.withParts(tmp.resolve("多部件.xlsx"), 1_200), tmp.resolve("out.xlsx"));
    assertEquals(WorkbookReport.Status.CHECKED, r.status(), String.valueOf(r.error()));
    assertEquals(
        WorkbookLimitsTest.checker
            .process(WorkbookLimitsTest.SAMPLE, tmp.resolve("plain.xlsx"))
            .forms(),
        r.forms(),
        "read as the sample itself");
  }

  @Test
  void justUnderTheLimitItIsChecked(@TempDir Path tmp) throws Exception {
    WorkbookReport r =
        WorkbookLimitsTest.checker.process(
            WorkbookLimitsTest.withParts(tmp.resolve("多.xlsx"), WorkbookOpener.MAX_PARTS - 100),
            tmp.resolve("out.xlsx"));
    assertEquals(WorkbookReport.Status.CHECKED, r.status(), String.valueOf(r.error()));
  }
}
