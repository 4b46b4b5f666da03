package org.perfsheet.summary;

import java.io.IOException;
import org.perfsheet.model.Finding;
import org.perfsheet.model.FormResult;
import org.perfsheet.model.Severity;

/** 问题清单: every error and warning of every form, a row each (notes are left out). */
final class IssuesSheet {

  static final String NAME = "问题清单";
  static final double[] WIDTHS = {24, 14, 7, 24, 5, 20, 20, 20, 60};
  static final int[] WRAP = {0, 3, 5, 7, 8};
  static final String[] HEAD = {"来源文件", "工作表", "单元格", "项目名称", "级别", "问题", "代码", "指标", "说明"};

  private IssuesSheet() {}

  static void write(Sheet s, Batch batch) throws IOException {
    s.table(s.head(HEAD), true);
    String[] formats = new String[HEAD.length];
    batch.visit(
        new Batch.FormVisitor() {
          @Override
          public void form(Reports.Entry e, FormResult f) throws IOException {
            for (Finding x : f.findings()) {
              if (x.severity() != Severity.INFO) {
                s.values(
                    formats,
                    Reports.shortName(e.report().input()),
                    f.sheet(),
                    x.cell().a1(),
                    f.project(),
                    x.severity().chinese(),
                    ProblemNames.of(x.code()),
                    x.code().name(),
                    x.indicator(),
                    x.message());
              }
            }
          }

          @Override
          public void rejected(Reports.Entry e) {
            // in 项目汇总 with its reason
          }
        });
    s.finish();
  }
}
