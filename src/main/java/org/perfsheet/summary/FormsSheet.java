package org.perfsheet.summary;

import java.io.IOException;
import org.perfsheet.model.FormResult;

/**
 * 项目汇总: a row per form (or rejected workbook), streamed as the reports are read; the same pass
 * fills the tallies of 汇总 and 部门汇总, 催报 and 监控汇总.
 */
final class FormsSheet {

  static final String NAME = "项目汇总";

  private FormsSheet() {}

  static void write(Sheet s, Batch batch, Sections sections, Chase chase, Monitoring monitoring)
      throws IOException {
    s.table(s.head(Rows.HEAD), true);
    batch.visit(
        new Batch.FormVisitor() {
          @Override
          public void form(Reports.Entry e, FormResult f) throws IOException {
            s.values(Rows.form(e, f), Rows.FORMATS);
            sections.add(e, f, chase);
            monitoring.add(e, f);
          }

          @Override
          public void rejected(Reports.Entry e) throws IOException {
            s.values(Rows.rejected(e), Rows.FORMATS);
            sections.rejected++;
          }
        });
    s.finish();
  }
}
