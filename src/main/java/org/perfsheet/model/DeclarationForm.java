package org.perfsheet.model;

import java.util.List;

/**
 * A project declaration (财政项目支出绩效目标申报表) as read from one sheet. Indicators carry levels, name and
 * target only. Null fields are not on the layout.
 *
 * @param fundsTotal 项目资金总额 (= 财政资金 + 其他资金)
 * @param annualTotal 年度资金申请总额 (= 当年财政拨款 + 上年结转资金 + 其他资金)
 */
public record DeclarationForm(
    String sheet,
    String template,
    CellRef anchor,
    ProjectInfo project,
    FieldValue nature,
    FieldValue category,
    FieldValue startDate,
    FieldValue endDate,
    MoneyUnit moneyUnit,
    FieldValue fundsTotal,
    FieldValue fundsFiscal,
    FieldValue fundsOther,
    FieldValue annualTotal,
    FieldValue appropriation,
    FieldValue carryover,
    FieldValue annualOther,
    FieldValue goalTotal,
    FieldValue goalAnnual,
    List<Indicator> indicators) {

  public DeclarationForm {
    indicators = List.copyOf(indicators);
  }
}
