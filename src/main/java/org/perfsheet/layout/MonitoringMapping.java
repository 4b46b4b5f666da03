package org.perfsheet.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.perfsheet.model.FieldValue;
import org.perfsheet.model.MonitoredIndicator;
import org.perfsheet.model.MonitoringForm;
import org.perfsheet.model.MonitoringFunds;
import org.perfsheet.model.ProjectInfo;

/**
 * Gives the fields of a monitoring form (templates/monitoring.xlsx) their meaning, as {@link
 * SelfEvaluationMapping} does for self-evaluations. The month is read from the text of the
 * 1-N月执行数 header the template marks {@code ps_month}: 1-7月, 1—6月, 1至9月, 截至7月底.
 */
public final class MonitoringMapping {

  /** Template keys of the tick columns, in the order of {@link MonitoredIndicator#CAUSES} and POSSIBILITIES. */
  public static final List<String> CAUSE_KEYS = List.of("ind_cause_funding", "ind_cause_rules", "ind_cause_staff",
      "ind_cause_facilities", "ind_cause_other");
  public static final List<String> POSSIBILITY_KEYS = List.of("ind_certain", "ind_possible", "ind_impossible");
  /** The funds lines: key prefix and label. */
  static final String[][] FUNDS = {{"funds", "年度资金总额"}, {"fiscal", "财政拨款"}, {"carryover", "上年结转资金"},
      {"other", "其他资金"}};

  private static final Pattern MONTH = Pattern.compile("(\\d{1,2})月");

  private MonitoringMapping() {}

  public static MonitoringForm map(FormData d) {
    ProjectInfo project = new ProjectInfo(d.field("project_name"), d.field("department"), d.field("unit"), d.year());
    List<MonitoringFunds> funds = new ArrayList<>();
    for (String[] line : FUNDS) {
      FieldValue initial = d.field(line[0] + "_initial");
      FieldValue spent = d.field(line[0] + "_spent");
      if (initial != null || spent != null) {
        funds.add(new MonitoringFunds(line[1], initial, spent, d.field(line[0] + "_rate"),
            d.field(line[0] + "_forecast")));
      }
    }
    List<MonitoredIndicator> indicators = new ArrayList<>();
    for (Map<String, FieldValue> row : d.rows()) {
      indicators.add(new MonitoredIndicator(row.get("ind_level1"), row.get("ind_level2"), row.get("ind_name"),
          row.get("ind_target"), row.get("ind_actual"), row.get("ind_forecast"),
          CAUSE_KEYS.stream().map(row::get).toList(),
          row.get("ind_reason"), POSSIBILITY_KEYS.stream().map(row::get).toList(),
          row.get("ind_note")));
    }
    FieldValue monthCell = d.notFound().contains("month") ? null : d.field("month");
    return new MonitoringForm(d.sheet(), d.layout().id(), d.anchor(), project, FormMappings.unit(d),
        month(monthCell == null ? null : monthCell.text()), monthCell, funds, d.field("goal"), indicators);
  }

  /** The month a header runs to: 7 for 1-7月执行数, 截至7月底; null when it names none. */
  public static Integer month(String header) {
    if (header == null) {
      return null;
    }
    Matcher m = MONTH.matcher(Labels.compact(header));
    Integer month = null;
    while (m.find()) {
      month = Integer.parseInt(m.group(1));
    }
    return month != null && month >= 1 && month <= 12 ? month : null;
  }
}
