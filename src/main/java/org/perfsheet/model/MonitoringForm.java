package org.perfsheet.model;

import java.util.List;

/**
 * A mid-year monitoring form (项目支出绩效目标执行监控表, docs/domain.md §7) as read from one sheet.
 *
 * @param month the month the figures run to, read from the 1-N月执行数 header; null when absent
 * @param monthCell the header it was read from (where a finding about the month goes)
 * @param funds the total line (年度资金总额) first, then the source lines the layout has
 * @param fundsComplete every line of the funds block that holds amounts was read, so the total can
 *     be held to the sum of the lines (a line in a wording the layout does not know would be
 *     missing from it)
 */
public record MonitoringForm(
    String sheet,
    String template,
    CellRef anchor,
    ProjectInfo project,
    MoneyUnit unit,
    Integer month,
    FieldValue monthCell,
    List<MonitoringFunds> funds,
    boolean fundsComplete,
    FieldValue goal,
    List<MonitoredIndicator> indicators) {

  public MonitoringForm {
    funds = List.copyOf(funds);
    indicators = List.copyOf(indicators);
  }

  public MonitoringFunds total() {
    return funds.isEmpty() ? null : funds.get(0);
  }

  public List<MonitoringFunds> sources() {
    return funds.size() <= 1 ? List.of() : funds.subList(1, funds.size());
  }
}
