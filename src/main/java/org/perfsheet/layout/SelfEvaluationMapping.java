package org.perfsheet.layout;

import java.util.ArrayList;
import java.util.List;
import org.perfsheet.model.BudgetBlock;
import org.perfsheet.model.FieldValue;
import org.perfsheet.model.FundsLine;
import org.perfsheet.model.Indicator;
import org.perfsheet.model.MoneyUnit;
import org.perfsheet.model.ProjectInfo;
import org.perfsheet.model.SelfEvaluationForm;

/**
 * Gives the fields of a self-evaluation their meaning: template keys (the {@code ps_} names
 * without the prefix) to the form model. The keys are the contract between templates and code.
 */
public final class SelfEvaluationMapping {

  private SelfEvaluationMapping() {}

  public static SelfEvaluationForm map(FormData d) {
    ProjectInfo project = new ProjectInfo(d.field("project_name"), d.field("department"), d.field("unit"), d.year());
    MoneyUnit unit = FormMappings.unit(d);
    List<FundsLine> sources = new ArrayList<>();
    addLine(sources, d, "fiscal", "当年财政拨款");
    addLine(sources, d, "carryover", "上年结转资金");
    addLine(sources, d, "special", "财政专户管理资金");
    addLine(sources, d, "unit_funds", "单位资金");
    addLine(sources, d, "other", "其他资金");
    FundsLine total = new FundsLine("年度资金总额", d.field("budget_initial"), d.field("budget_annual"),
        d.field("budget_spent"));
    BudgetBlock budget = new BudgetBlock(unit, total, d.field("budget_weight"), d.field("budget_rate"),
        d.field("budget_score"), sources, d.reading().fundsComplete());
    List<Indicator> indicators = FormMappings.indicators(d.rows(), "ind_");
    return new SelfEvaluationForm(d.sheet(), d.layout().id(), d.anchor(), project, budget, d.field("goal_expected"),
        d.field("goal_actual"), indicators, d.field("total_weight"), d.field("total_score"));
  }

  private static void addLine(List<FundsLine> lines, FormData d, String key, String label) {
    FieldValue initial = d.field(key + "_initial");
    FieldValue annual = d.field(key + "_annual");
    FieldValue spent = d.field(key + "_spent");
    if (initial != null || annual != null || spent != null) {
      lines.add(new FundsLine(label, initial, annual, spent));
    }
  }
}
