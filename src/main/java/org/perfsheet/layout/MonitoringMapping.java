package org.perfsheet.layout;

import static org.perfsheet.layout.FieldKeys.Funds.key;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.perfsheet.layout.FieldKeys.Funds;
import org.perfsheet.layout.FieldKeys.Ind;
import org.perfsheet.layout.FieldKeys.Monitoring;
import org.perfsheet.model.FieldValue;
import org.perfsheet.model.MonitoredIndicator;
import org.perfsheet.model.MonitoringForm;
import org.perfsheet.model.MonitoringFunds;

/**
 * Gives the fields of a monitoring form (templates/monitoring.xlsx) their meaning, as {@link
 * SelfEvaluationMapping} does for self-evaluations. The month is read from the text of the 1-N月执行数
 * header the template marks {@code ps_month}: 1-7月, 1—6月, 1至9月, 截至7月底.
 */
public final class MonitoringMapping {

  /** What findings call the lines of {@link Monitoring#LINES}, in that order. */
  private static final List<String> LINE_LABELS = List.of("年度资金总额", "财政拨款", "上年结转资金", "其他资金");

  private static final Pattern MONTH = Pattern.compile("(\\d{1,2})月");

  private MonitoringMapping() {}

  public static MonitoringForm map(FormData d) {
    List<MonitoringFunds> funds = new ArrayList<>();
    for (int i = 0; i < Monitoring.LINES.size(); i++) {
      String line = Monitoring.LINES.get(i);
      FieldValue initial = d.field(key(line, Funds.INITIAL));
      FieldValue adjusted = d.field(key(line, Funds.ANNUAL));
      FieldValue spent = d.field(key(line, Funds.SPENT));
      if (initial != null || adjusted != null || spent != null) {
        funds.add(
            new MonitoringFunds(
                LINE_LABELS.get(i),
                initial,
                adjusted,
                spent,
                d.field(key(line, Funds.RATE)),
                d.field(key(line, Funds.FORECAST))));
      }
    }
    List<MonitoredIndicator> indicators = new ArrayList<>();
    for (Map<String, FieldValue> row : d.rows()) {
      indicators.add(
          new MonitoredIndicator(
              row.get(Ind.LEVEL1),
              row.get(Ind.LEVEL2),
              row.get(Ind.NAME),
              row.get(Ind.TARGET),
              row.get(Ind.ACTUAL),
              row.get(Ind.FORECAST),
              Ind.CAUSES.stream().map(row::get).toList(),
              row.get(Ind.REASON),
              Ind.POSSIBILITIES.stream().map(row::get).toList(),
              row.get(Ind.POSSIBILITY),
              row.get(Ind.NOTE)));
    }
    FieldValue monthCell =
        d.notFound().contains(Monitoring.MONTH) ? null : d.field(Monitoring.MONTH);
    return new MonitoringForm(
        d.sheet(),
        d.layout().id(),
        d.anchor(),
        FormMappings.project(d),
        FormMappings.unit(d),
        month(monthCell == null ? null : monthCell.text()),
        monthCell,
        funds,
        d.reading().fundsComplete(),
        d.field(Monitoring.GOAL),
        indicators);
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
