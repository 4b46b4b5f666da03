package org.perfsheet.check;

import java.nio.file.Path;
import org.perfsheet.report.WorkbookReport;

/**
 * Checks one workbook file and writes its annotated copy. Never modifies {@code input}; never
 * throws for a bad workbook: an unreadable one comes back {@code rejected} with a reason.
 */
public interface WorkbookProcessor {

  /**
   * @param input the submitted workbook (.xlsx, .xlsm or .xls)
   * @param output where the annotated copy goes (same format as the input); written to a temporary
   *     file beside it and moved into place
   */
  WorkbookReport process(Path input, Path output);
}
