package org.perfsheet.template;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

/**
 * A blank declaration per project: the template with the project block prefilled from the project
 * list, funds totals as live formulas, drop-downs for 一级/二级, input help on the targets, labels
 * locked and inputs unlocked.
 */
final class DeclarationGenerator {

  static final List<String> INPUTS = List.of("project_name", "nature", "category", "department", "unit",
      "start_date", "end_date", "funds_fiscal", "funds_other", "appropriation", "carryover", "annual_other",
      "goal_total", "goal_annual", "ind_level1", "ind_level2", "ind_name", "ind_target");

  static final String TARGET_HELP = "写法：比较符 + 数值 + 单位。如 ≥95%、=100%、≤90万元、=0次、≥50个、3-10月、"
      + "第四季度；定性指标写 及时、合格、达标 等。目标应细化、量化、可衡量，不写“提升”“完善”等笼统用语。";

  private DeclarationGenerator() {}

  static void generate(ProjectRow p, Path template, Path target) throws IOException {
    try (TemplateForm f = TemplateForm.open(template)) {
      f.year(p.year());
      f.set("project_name", p.name());
      f.set("nature", p.nature());
      f.set("category", p.category());
      f.set("department", p.department());
      f.set("unit", p.unit());
      f.set("start_date", p.start());
      f.set("end_date", p.end());
      BigDecimal fiscal = p.fiscal() != null ? p.fiscal()
          : p.appropriation() != null || p.carryover() != null ? sum(p.appropriation(), p.carryover()) : null;
      f.set("funds_fiscal", fiscal);
      f.set("funds_other", p.other());
      f.set("appropriation", p.appropriation());
      f.set("carryover", p.carryover());
      f.set("annual_other", p.other());
      if (fiscal == null && p.other() == null && p.fundsTotal() != null) {
        f.set("funds_total", p.fundsTotal()); // only a total is known: keep it rather than a formula over blanks
      } else {
        f.formula("funds_total", "SUM(" + ref(f, "funds_fiscal") + "," + ref(f, "funds_other") + ")");
      }
      f.formula("annual_total", "SUM(" + ref(f, "appropriation") + "," + ref(f, "carryover") + ","
          + ref(f, "annual_other") + ")");
      Dropdowns.add(f, "ind_level1", "ind_level2");
      f.prompt("ind_target", "年度指标值", TARGET_HELP);
      if (p.year() != null) {
        int y = p.year();
        f.dateIn("start_date", y, "计划开始日期", "日期格式：" + y + "-01-01，应在预算年度（" + y + " 年）内。");
        f.dateIn("end_date", y, "计划完成日期", "日期格式：" + y + "-12-31，不早于开始日期，应在预算年度（" + y + " 年）内。");
      } else {
        f.prompt("start_date", "计划开始日期", "日期格式：2024-01-01，应在预算年度内。");
        f.prompt("end_date", "计划完成日期", "日期格式：2024-12-31，不早于开始日期，应在预算年度内。");
      }
      for (String amount : List.of("funds_fiscal", "funds_other", "appropriation", "carryover", "annual_other")) {
        f.decimal(amount, 0, null, "金额", "填写数字，不带单位；单位见表头。");
      }
      f.unlock(INPUTS);
      f.protect();
      f.removeLegend();
      f.write(target);
    }
  }

  static String ref(TemplateForm f, String key) {
    return f.field(key).a1(0);
  }

  private static BigDecimal sum(BigDecimal a, BigDecimal b) {
    return (a == null ? BigDecimal.ZERO : a).add(b == null ? BigDecimal.ZERO : b);
  }
}
