package org.perfsheet.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.perfsheet.model.Finding;
import org.perfsheet.model.FindingCode;
import org.perfsheet.model.Indicator;
import org.perfsheet.model.MonitoredIndicator;
import org.perfsheet.model.MonitoringForm;
import org.perfsheet.model.SelfEvaluationForm;
import org.perfsheet.notation.Measure;
import org.perfsheet.notation.Notation;
import org.perfsheet.scoring.Scores;
import org.perfsheet.scoring.ScoringProfile;

/**
 * What the mid-year monitoring forms forecast for the year (全年预计执行数), by project and 三级 name, so
 * that a self-evaluation of the same project can be held to it: an actual far below the forecast
 * (below the yellow threshold, 80 % by default) is FORECAST_MISSED, a warning asking why.
 */
public final class MonitoredForecasts {

  private record Forecast(MonitoredIndicator row, Integer month, String sheet) {}

  private final Map<String, Map<String, Forecast>> byProject = new HashMap<>();

  public void add(MonitoringForm f) {
    if (f.project().name() == null || f.project().name().isBlank()) {
      return;
    }
    Map<String, Forecast> rows = new HashMap<>();
    f.indicators()
        .forEach(
            i ->
                rows.putIfAbsent(
                    Taxonomy.key(i.displayName()), new Forecast(i, f.month(), f.sheet())));
    byProject.put(DeclaredTargets.key(f.project().year(), f.project().name().text()), rows);
    byProject.putIfAbsent(DeclaredTargets.key(null, f.project().name().text()), rows);
  }

  public int size() {
    return (int) byProject.keySet().stream().filter(k -> !k.startsWith("?")).count();
  }

  public List<Finding> compare(SelfEvaluationForm f, ScoringProfile p) {
    if (f.project().name() == null) {
      return List.of();
    }
    String name = f.project().name().text();
    Map<String, Forecast> rows = byProject.get(DeclaredTargets.key(f.project().year(), name));
    if (rows == null && f.project().year() == null) {
      rows = byProject.get(DeclaredTargets.key(null, name));
    }
    if (rows == null) {
      return List.of();
    }
    List<Finding> out = new ArrayList<>();
    for (Indicator i : f.indicators()) {
      Forecast fc = rows.get(Taxonomy.key(i.displayName()));
      if (fc == null
          || i.actual() == null
          || !(Notation.parse(i.target()) instanceof Measure.Quantity t)
          || t.comparator().isReverse()) {
        continue;
      }
      if (Notation.parse(i.actual()) instanceof Measure.Quantity a
          && Notation.parse(fc.row().forecast()) instanceof Measure.Quantity e
          && e.value() > 0
          && (a.unit().isEmpty() || e.unit().isEmpty() || a.unit().equals(e.unit()))) {
        double actual = a.onScaleOf(e.unit(), e.value());
        double share = actual / e.value() * 100;
        if (share < p.monitoring().yellow()) {
          out.add(
              Finding.warning(
                  FindingCode.FORECAST_MISSED,
                  i.actual().ref(),
                  i.displayName(),
                  "实际完成值“"
                      + i.actual().text()
                      + "”远低于年中执行监控表预计的全年完成值“"
                      + fc.row().forecast().text()
                      + "”（"
                      + (fc.month() == null ? "" : "1-" + fc.month() + "月，")
                      + "完成预计的 "
                      + Scores.show(p.round(share))
                      + "%）。请在偏差原因分析中说明下半年未按预计完成的原因。"));
        }
      }
    }
    return out;
  }
}
