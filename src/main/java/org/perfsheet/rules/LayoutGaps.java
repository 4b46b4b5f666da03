package org.perfsheet.rules;

import java.util.ArrayList;
import java.util.List;
import org.perfsheet.layout.FieldKeys;
import org.perfsheet.layout.FieldLayout;
import org.perfsheet.layout.FormData;
import org.perfsheet.model.CellRef;
import org.perfsheet.model.Finding;
import org.perfsheet.model.FindingCode;

/**
 * What reading could not do, said honestly: a field the layout needs that is not on the form is one
 * finding on the form ({@link FindingCode#FIELD_NOT_FOUND}), an indicator table that cannot be
 * found is {@link FindingCode#LAYOUT_UNRECOGNISED}; the checks that need them were skipped, and
 * nothing is blamed on a title, label or header cell. Formula cells never calculated and formulas
 * that take their value from another workbook are marked on their cells.
 */
public final class LayoutGaps {

  private static final String ASK_FOR_TEMPLATE = "如该表为本地区官方表式，请联系财政局提供对应模板。";

  private LayoutGaps() {}

  public static List<Finding> check(FormData form) {
    List<Finding> out = new ArrayList<>();
    // The template by its form title: what a submitter can recognise (its file name is in
    // report.json).
    String template = form.layout().title();
    List<FieldLayout> columns = form.layout().tableColumns();
    boolean noTable =
        !columns.isEmpty() && columns.stream().allMatch(c -> form.notFound().contains(c.key()));
    if (noTable) {
      out.add(
          Finding.warning(
              FindingCode.LAYOUT_UNRECOGNISED,
              form.anchor(),
              null,
              "未能识别指标表：表中没有找到“"
                  + String.join("”“", columns.stream().limit(4).map(LayoutGaps::name).toList())
                  + "”等栏目，"
                  + "指标的检查已跳过"
                  + unsettled(form)
                  + "。该表格式与已有的“"
                  + template
                  + "”模板不符。"
                  + ASK_FOR_TEMPLATE));
    } else if (!columns.isEmpty() && form.rows().isEmpty() && form.reading().tableStart() != null) {
      out.add(
          Finding.error(
              FindingCode.FIELD_MISSING,
              form.reading().tableStart(),
              null,
              "表中没有填写任何绩效指标。请在指标表中逐行填写一级、二级、三级指标、年度指标值等各栏。"));
    }
    boolean budgetInTable = budgetInTable(form);
    List<String> missing = new ArrayList<>();
    for (FieldLayout f : form.layout().fields()) {
      boolean column = columns.contains(f);
      if (!f.required()
          || f.repeated()
          || !form.notFound().contains(f.key())
          || (column && noTable)
          || (budgetInTable && FieldKeys.SelfEvaluation.BUDGET_BLOCK.contains(f.key()))) {
        continue;
      }
      missing.add(name(f));
    }
    if (!missing.isEmpty()) {
      out.add(
          Finding.warning(
              FindingCode.FIELD_NOT_FOUND,
              form.anchor(),
              null,
              "该表格式与已有的“"
                  + template
                  + "”模板不完全相符，未能在表中找到：“"
                  + String.join("”“", missing)
                  + "”。需要这些栏目的检查已跳过（不据此判定填报有误）"
                  + (missing.stream()
                          .anyMatch(
                              m ->
                                  m.contains("预算")
                                      || m.contains("执行")
                                      || m.contains("分值")
                                      || m.contains("得分"))
                      ? unsettled(form)
                      : "")
                  + "。"
                  + ASK_FOR_TEMPLATE));
    }
    List<CellRef> unclear = form.reading().unitUnclear();
    if (!unclear.isEmpty()) {
      out.add(
          Finding.warning(
              FindingCode.FIELD_NOT_FOUND,
              form.anchor(),
              null,
              "未能确定金额单位：表中没有注明金额单位（元或万元），金额有的写“万元”、有的写“元”（"
                  + String.join("、", unclear.stream().map(CellRef::a1).toList())
                  + "），其余未写单位，无法判断各金额的单位。需要金额的检查（资金合计、预算执行率、预算执行得分）已跳过"
                  + "（不据此判定填报有误）。请在表中注明金额单位，或统一金额的写法后重新提交。"));
    }
    for (CellRef c : form.reading().uncalculated()) {
      out.add(
          Finding.error(
              FindingCode.FORMULA_NOT_CALCULATED,
              c,
              null,
              "公式未计算：该单元格的公式没有保存计算结果，" + "perfsheet 无法读取其数值，相关检查已跳过。请在 Excel/WPS 中打开并保存后重新提交。"));
    }
    for (CellRef c : form.reading().external()) {
      out.add(
          Finding.warning(
              FindingCode.EXTERNAL_REFERENCE,
              c,
              null,
              "该单元格的公式引用了其他工作簿，" + "perfsheet 读取的是保存时的缓存结果，可能已过时，审核人员也无法核对来源。请将数值直接填入本表后重新提交。"));
    }
    return out;
  }

  /**
   * What a gap leaves unsettled, by the kind of form: a self-evaluation's total and grade, a
   * monitoring form's execution rate and lights; a declaration is not scored.
   */
  private static String unsettled(FormData form) {
    return switch (form.layout().kind()) {
      case PROJECT_SELF_EVALUATION, DEPARTMENT_SELF_EVALUATION -> "，总分和等级无法核定";
      case PROJECT_MONITORING -> "，执行率和预警灯无法全部核定";
      case PROJECT_DECLARATION -> "";
    };
  }

  /** Budget execution printed as an indicator row: the budget block's fields are not expected. */
  private static boolean budgetInTable(FormData form) {
    return form.rows().stream().anyMatch(row -> BudgetRow.isName(row.get(FieldKeys.Ind.NAME)));
  }

  /** The field as a person calls it: the legend's meaning, else its label. */
  private static String name(FieldLayout f) {
    return f.meaning() != null && !f.meaning().isBlank()
        ? f.meaning()
        : RequiredFields.label(f.locator());
  }
}
