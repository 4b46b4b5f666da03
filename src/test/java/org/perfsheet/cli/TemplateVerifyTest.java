package org.perfsheet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfsheet.layout.FieldKeys;
import org.perfsheet.workbook.TemplateLearner;

/**
 * {@code template verify}: every shipped template passes; a template with a name on the wrong cell
 * or a typo does not.
 */
class TemplateVerifyTest {

  @Test
  void everyShippedTemplatePasses() throws Exception {
    CheckCommandTest.Run r = CheckCommandTest.run("template", "verify", "templates");
    List<String> lines = r.out().lines().toList();
    assertEquals(0, r.code(), r.out() + r.err());
    try (var s = Files.list(Path.of("templates"))) {
      assertEquals(
          s.filter(p -> p.toString().endsWith(".xlsx")).count(),
          lines.stream().filter(l -> l.endsWith(": 通过 / ok")).count(),
          r.out());
    }
  }

  @Test
  void aNameOnTheWrongCellAndATypoAreFoundWithTheFix(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("self-evaluation-mine.xlsx");
    try (InputStream in = Files.newInputStream(Path.of("templates/self-evaluation.xlsx"));
        XSSFWorkbook wb = new XSSFWorkbook(in)) {
      // An alias that also matches the line above: 其他资金 would be read on the 上年结转资金 line.
      for (var row : wb.getSheet("字段说明")) {
        if (row.getCell(0) != null && row.getCell(0).getStringCellValue().equals("其他资金")) {
          row.getCell(1).setCellValue(row.getCell(1).getStringCellValue() + "、上年结转资金");
        }
      }
      Name unit = wb.getName(TemplateLearner.NAME_PREFIX + FieldKeys.UNIT);
      unit.setNameName("ps_units");
      try (OutputStream out = Files.newOutputStream(bad)) {
        wb.write(out);
      }
    }
    CheckCommandTest.Run r = CheckCommandTest.run("template", "verify", bad.toString());
    assertEquals(1, r.code());
    assertEquals(
        List.of(
            bad
                + ": 错误：名称 ps_units"
                + " 不是财政项目支出绩效自评表的字段（拼写有误？）。可用的名称：ps_title、ps_year、ps_project_name、ps_department、"
                + "ps_unit、ps_money_unit、ps_budget_initial、ps_budget_annual、ps_budget_spent、ps_budget_weight、ps_budget_rate、"
                + "ps_budget_score、ps_goal_expected、ps_goal_actual、ps_total_weight、ps_total_score、ps_fiscal_initial、"
                + "ps_fiscal_annual、ps_fiscal_spent、ps_carryover_initial、ps_carryover_annual、ps_carryover_spent、"
                + "ps_special_initial、ps_special_annual、ps_special_spent、ps_unit_funds_initial、ps_unit_funds_annual、"
                + "ps_unit_funds_spent、ps_other_initial、ps_other_annual、ps_other_spent、ps_ind_level1、ps_ind_level2、"
                + "ps_ind_name、ps_ind_target、ps_ind_actual、ps_ind_weight、ps_ind_score、ps_ind_explanation",
            bad + ": 提示：字段说明列出了 ps_unit，但工作簿中没有这个名称。",
            bad
                + ": 错误：名称 ps_other_initial 标记的是 C9，但按标签“其他资金 × 年初预算数”读到的是"
                + " C8。请把名称移到该标签对应的单元格，或调整标签。",
            bad
                + ": 错误：名称 ps_other_annual 标记的是 D9，但按标签“其他资金 × 全年预算数”读到的是"
                + " D8。请把名称移到该标签对应的单元格，或调整标签。",
            bad
                + ": 错误：名称 ps_other_spent 标记的是 E9，但按标签“其他资金 × 全年执行数”读到的是"
                + " E8。请把名称移到该标签对应的单元格，或调整标签。"),
        r.out().lines().toList());
  }
}
