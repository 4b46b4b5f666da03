package org.perfsheet.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.perfsheet.model.CellRef;
import org.perfsheet.model.DeclarationForm;
import org.perfsheet.model.Finding;
import org.perfsheet.model.FindingCode;
import org.perfsheet.model.Indicator;
import org.perfsheet.model.MonitoredIndicator;
import org.perfsheet.model.MonitoringForm;
import org.perfsheet.model.ProjectInfo;
import org.perfsheet.model.SelfEvaluationForm;
import org.perfsheet.notation.Measure;
import org.perfsheet.notation.Notation;
import org.perfsheet.text.Text;

/**
 * The declared targets a self-evaluation must keep (docs/domain.md §6, declared targets):
 * declarations indexed by year and project name (spaces and full-width forms ignored), and the
 * comparison of a self-evaluation's indicators with its declaration's, 三级 name by 三级 name.
 */
public final class DeclaredTargets {

  private final Map<String, DeclarationForm> byProject = new HashMap<>();

  public void add(DeclarationForm d) {
    if (d.project().name() != null && !d.project().name().isBlank()) {
      byProject.put(key(d.project().year(), d.project().name().text()), d);
      byProject.putIfAbsent(key(null, d.project().name().text()), d);
    }
  }

  public int size() {
    return (int) byProject.keySet().stream().filter(k -> !k.startsWith("?")).count();
  }

  static String key(Integer year, String project) {
    return (year == null ? "?" : year.toString()) + "|" + Text.compact(project);
  }

  public Optional<DeclarationForm> find(SelfEvaluationForm f) {
    return find(f.project());
  }

  /**
   * The declaration of this project: same year and name, or the name alone when the form gives no
   * year.
   */
  public Optional<DeclarationForm> find(ProjectInfo project) {
    if (project.name() == null) {
      return Optional.empty();
    }
    String name = project.name().text();
    DeclarationForm d = byProject.get(key(project.year(), name));
    return Optional.ofNullable(
        d != null || project.year() != null ? d : byProject.get(key(null, name)));
  }

  /** TARGET_CHANGED, INDICATOR_DROPPED and INDICATOR_ADDED for one self-evaluation. */
  public List<Finding> compare(SelfEvaluationForm f) {
    return compare(f.project(), f.anchor(), f.indicators(), "自评表");
  }

  /** The same for a monitoring form: its targets are the declared ones too. */
  public List<Finding> compare(MonitoringForm f) {
    return compare(
        f.project(),
        f.anchor(),
        f.indicators().stream().map(MonitoredIndicator::asIndicator).toList(),
        "监控表");
  }

  private List<Finding> compare(
      ProjectInfo project, CellRef anchor, List<Indicator> indicators, String form) {
    Optional<DeclarationForm> match = find(project);
    if (match.isEmpty()) {
      return List.of();
    }
    DeclarationForm d = match.get();
    Map<String, Indicator> declared = new HashMap<>();
    d.indicators().forEach(i -> declared.putIfAbsent(Taxonomy.key(i.displayName()), i));
    List<Finding> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Indicator i : indicators) {
      String k = Taxonomy.key(i.displayName());
      seen.add(k);
      Indicator was = declared.get(k);
      if (was == null) {
        out.add(
            Finding.info(
                FindingCode.INDICATOR_ADDED,
                i.name().ref(),
                i.displayName(),
                "申报表中没有该指标（新增指标）。" + "如为新增，请在偏差原因分析中说明。"));
      } else if (i.target() != null
          && was.target() != null
          && !same(was.target().text(), i.target().text())) {
        out.add(
            Finding.error(
                FindingCode.TARGET_CHANGED,
                i.target().ref(),
                i.displayName(),
                "年度指标值与申报表不一致：申报为“"
                    + was.target().text()
                    + "”，"
                    + form
                    + "填写“"
                    + i.target().text()
                    + "”。绩效目标不得事后修改，请按申报的指标值填写。"));
      }
    }
    for (Indicator i : d.indicators()) {
      String k = Taxonomy.key(i.displayName());
      if (!k.isEmpty() && !seen.contains(k)) {
        seen.add(k);
        out.add(
            Finding.error(
                FindingCode.INDICATOR_DROPPED,
                anchor,
                i.displayName(),
                "申报表中的指标“"
                    + i.displayName()
                    + "”（指标值 "
                    + (i.target() == null ? "" : i.target().text())
                    + "）在"
                    + form
                    + "中缺失。"
                    + (form.equals("自评表") ? "请补充该指标的完成情况和得分。" : "请补充该指标的执行情况。")));
      }
    }
    return out;
  }

  /** Same target when they read the same: =85.00(%) is =85%; words compare without spaces. */
  static boolean same(String a, String b) {
    Measure x = Notation.parse(a);
    Measure y = Notation.parse(b);
    if (x instanceof Measure.Quantity p && y instanceof Measure.Quantity q) {
      return p.comparator() == q.comparator()
          && Math.abs(p.value() - q.value()) < 1e-9
          && p.unit().equals(q.unit());
    }
    return Text.compact(a).equals(Text.compact(b));
  }
}
