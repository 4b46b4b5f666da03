package org.perfsheet.template;

import static org.perfsheet.layout.FieldKeys.DEPARTMENT;
import static org.perfsheet.layout.FieldKeys.PROJECT_NAME;
import static org.perfsheet.layout.FieldKeys.UNIT;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.perfsheet.layout.FieldKeys.Declaration;
import org.perfsheet.layout.FieldKeys.Ind;

/**
 * A blank declaration per project: the template with the project block prefilled from the project
 * list, funds totals as live formulas, drop-downs for 一级/二级, input help on the targets, labels
 * locked and inputs unlocked.
 */
final class DeclarationGenerator {

  static final List<String> INPUTS =
      List.of(
          PROJECT_NAME,
          Declaration.NATURE,
          Declaration.CATEGORY,
          DEPARTMENT,
          UNIT,
          Declaration.START_DATE,
          Declaration.END_DATE,
          Declaration.FUNDS_FISCAL,
          Declaration.FUNDS_OTHER,
          Declaration.APPROPRIATION,
          Declaration.CARRYOVER,
          Declaration.ANNUAL_OTHER,
          Declaration.GOAL_TOTAL,
          Declaration.GOAL_ANNUAL,
          Ind.LEVEL1,
          Ind.LEVEL2,
          Ind.NAME,
          Ind.TARGET);

  static final String TARGET_HELP =
      "写法：比较符 + 数值 + 单位。如 ≥95%、=100%、≤90万元、=0次、≥50个、3-10月、"
          + "第四季度；定性指标写 及时、合格、达标 等。目标应细化、量化、可衡量，不写“提升”“完善”等笼统用语。";

  private DeclarationGenerator() {}

  static void generate(ProjectRow p, Path template, Path target) throws IOException {
    try (TemplateForm f = TemplateForm.open(template)) {
      f.year(p.year());
      f.set(PROJECT_NAME, p.name());
      f.set(Declaration.NATURE, p.nature());
      f.set(Declaration.CATEGORY, p.category());
      f.set(DEPARTMENT, p.department());
      f.set(UNIT, p.unit());
      f.set(Declaration.START_DATE, p.start());
      f.set(Declaration.END_DATE, p.end());
      BigDecimal fiscal =
          p.fiscal() != null
              ? p.fiscal()
              : p.appropriation() != null || p.carryover() != null
                  ? sum(p.appropriation(), p.carryover())
                  : null;
      f.set(Declaration.FUNDS_FISCAL, fiscal);
      f.set(Declaration.FUNDS_OTHER, p.other());
      f.set(Declaration.APPROPRIATION, p.appropriation());
      f.set(Declaration.CARRYOVER, p.carryover());
      f.set(Declaration.ANNUAL_OTHER, p.other());
      if (fiscal == null && p.other() == null && p.fundsTotal() != null) {
        f.set(
            Declaration.FUNDS_TOTAL,
            p.fundsTotal()); // only a total is known: keep it rather than a formula over blanks
      } else {
        f.sum(Declaration.FUNDS_TOTAL, Declaration.FUNDS_FISCAL, Declaration.FUNDS_OTHER);
      }
      f.sum(
          Declaration.ANNUAL_TOTAL,
          Declaration.APPROPRIATION,
          Declaration.CARRYOVER,
          Declaration.ANNUAL_OTHER);
      Dropdowns.add(f, Ind.LEVEL1, Ind.LEVEL2);
      f.prompt(Ind.TARGET, "年度指标值", TARGET_HELP);
      if (p.year() != null) {
        int y = p.year();
        f.dateIn(Declaration.START_DATE, y, "计划开始日期", "日期格式：" + y + "-01-01，应在预算年度（" + y + " 年）内。");
        f.dateIn(
            Declaration.END_DATE,
            y,
            "计划完成日期",
            "日期格式：" + y + "-12-31，不早于开始日期，应在预算年度（" + y + " 年）内。");
      } else {
        f.prompt(Declaration.START_DATE, "计划开始日期", "日期格式：2024-01-01，应在预算年度内。");
        f.prompt(Declaration.END_DATE, "计划完成日期", "日期格式：2024-12-31，不早于开始日期，应在预算年度内。");
      }
      for (String amount :
          List.of(
              Declaration.FUNDS_FISCAL,
              Declaration.FUNDS_OTHER,
              Declaration.APPROPRIATION,
              Declaration.CARRYOVER,
              Declaration.ANNUAL_OTHER)) {
        f.decimal(amount, 0, null, "金额", "填写数字，不带单位；单位见表头。");
      }
      f.unlock(INPUTS);
      f.protect();
      f.removeLegend();
      f.write(target);
    }
  }

  private static BigDecimal sum(BigDecimal a, BigDecimal b) {
    return (a == null ? BigDecimal.ZERO : a).add(b == null ? BigDecimal.ZERO : b);
  }
}
