package org.perfsheet.summary;

import java.util.EnumMap;
import java.util.Map;
import org.perfsheet.model.FindingCode;

/**
 * The Chinese name of each finding code, as a bureau's report says it. A code added later without a
 * name here shows as its code rather than failing the summary.
 */
final class ProblemNames {

  private static final Map<FindingCode, String> NAMES = new EnumMap<>(FindingCode.class);

  static {
    put(FindingCode.TARGET_NOT_MET, "指标未达到目标值");
    put(FindingCode.TARGET_EXCEEDED, "实际值远超目标值（目标可能偏低）");
    put(FindingCode.EXPLANATION_MISSING, "缺少偏差原因分析");
    put(FindingCode.SCORE_ABOVE_RULE, "自评得分高于评分规则");
    put(FindingCode.SCORE_BELOW_RULE, "自评得分低于评分规则");
    put(FindingCode.UNIT_MISMATCH, "目标值与实际值计量单位不一致");
    put(FindingCode.DIRECTION_UNCLEAR, "指标值未写比较符，无法判断方向");
    put(FindingCode.VALUE_UNREADABLE, "数值无法识别");
    put(FindingCode.FIELD_MISSING, "必填项未填");
    put(FindingCode.WEIGHT_SUM, "指标分值合计不符");
    put(FindingCode.WEIGHT_ZERO, "指标分值为 0");
    put(FindingCode.SCORE_EXCEEDS_WEIGHT, "得分超过分值");
    put(FindingCode.TOTAL_MISMATCH, "总分与各项得分之和不符");
    put(FindingCode.LEVEL_INVALID, "指标级次名称不规范");
    put(FindingCode.BUDGET_RATE_MISMATCH, "预算执行率计算有误");
    put(FindingCode.BUDGET_SCORE_MISMATCH, "预算执行率得分计算有误");
    put(FindingCode.BUDGET_OVERSPENT, "执行数超过预算数");
    put(FindingCode.BUDGET_ZERO, "预算数为 0 但有执行数");
    put(FindingCode.FUNDS_MISMATCH, "资金合计与来源之和不符");
    put(FindingCode.GOAL_WEIGHT_SUM, "年度目标分值合计不符");
    put(FindingCode.GOAL_SCORE_MISMATCH, "年度目标得分与指标得分之和不符");
    put(FindingCode.WEIGHTS_INFERRED, "无分值列，分值由得分推算");
    put(FindingCode.DATE_INVALID, "日期有误");
    put(FindingCode.CATEGORY_MISSING, "缺少必要的指标类别");
    put(FindingCode.DUPLICATE_INDICATOR, "三级指标重复");
    put(FindingCode.TARGET_VAGUE, "指标值表述模糊、不可衡量");
    put(FindingCode.PLACEHOLDER, "指标值留有占位符");
    put(FindingCode.PERCENT_OVER_100, "百分比超过 100%");
    put(FindingCode.COST_FLOOR, "成本指标写成下限（≥）");
    put(FindingCode.MONEY_AS_OUTPUT, "以资金金额作数量指标");
    put(FindingCode.UNIT_MISSING, "比率指标值未写百分号");
    put(FindingCode.TARGET_CHANGED, "自评目标值与申报不一致");
    put(FindingCode.INDICATOR_DROPPED, "漏填申报的指标");
    put(FindingCode.INDICATOR_ADDED, "新增申报外的指标");
    put(FindingCode.VALUE_FILLED, "计算项由 perfsheet 补填");
    put(FindingCode.PROGRESS_LOW, "执行进度滞后（红灯、黄灯）");
    put(FindingCode.CAUSE_MISSING, "缺少偏差原因");
    put(FindingCode.CAUSE_REPEATED, "原因说明雷同");
    put(FindingCode.POSSIBILITY_INVALID, "完成可能性未勾选或多选");
    put(FindingCode.POSSIBILITY_DOUBTFUL, "完成可能性与进度不符");
    put(FindingCode.FORECAST_INVALID, "全年预计数不合理");
    put(FindingCode.ACTUAL_NOT_A_VALUE, "执行数不是数值");
    put(FindingCode.MONTH_UNKNOWN, "无法确定监控月份");
    put(FindingCode.FORECAST_MISSED, "实际完成远低于年中预计");
    put(FindingCode.FIELD_NOT_FOUND, "表格格式与模板不符（部分栏目未找到）");
    put(FindingCode.LAYOUT_UNRECOGNISED, "表格格式无法识别");
    put(FindingCode.FORMULA_NOT_CALCULATED, "公式未计算");
    put(FindingCode.EXTERNAL_REFERENCE, "数值引用其他工作簿");
  }

  private ProblemNames() {}

  private static void put(FindingCode code, String name) {
    NAMES.put(code, name);
  }

  static String of(FindingCode code) {
    return NAMES.getOrDefault(code, code.name());
  }
}
