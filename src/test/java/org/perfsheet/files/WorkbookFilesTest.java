package org.perfsheet.files;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The one test of "is this a workbook file", shared by check, its declarations and the watched
 * folder.
 */
class WorkbookFilesTest {

  @Test
  void workbooksByExtensionInAnyCase() {
    for (String name : new String[] {"a.xlsx", "a.xlsm", "a.xls", "自评表.XLSX", "b.XLS"}) {
      assertTrue(WorkbookFiles.isWorkbook(Path.of("dir", name)), name);
    }
  }

  @Test
  void notLockHiddenOrOtherFiles() {
    for (String name :
        new String[] {
          "~$a.xlsx", ".a.xlsx", "._a.xls", "a.csv", "a.xlsx.tmp", "a.xlsb", "report.json"
        }) {
      assertFalse(WorkbookFiles.isWorkbook(Path.of("dir", name)), name);
    }
    assertTrue(WorkbookFiles.isLockOrHidden(Path.of("~$a.xlsx")));
    assertFalse(WorkbookFiles.isLockOrHidden(Path.of("a.xlsx")));
  }
}
