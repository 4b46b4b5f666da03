package org.perfsheet.layout;

import static org.perfsheet.layout.FieldKeys.Funds.key;

import java.util.ArrayList;
import java.util.List;
import org.perfsheet.layout.FieldKeys.Funds;
import org.perfsheet.layout.FieldKeys.SelfEvaluation;
import org.perfsheet.model.BudgetBlock;
import org.perfsheet.model.FundsLine;
import org.perfsheet.model.Indicator;
import org.perfsheet.model.SelfEvaluationForm;

/**
 * Gives the fields of a self-evaluation their meaning: template keys (the {@code ps_} names without
 * the prefix) to the form model. The keys are the contract between templates and code.
 */
public final class SelfEvaluationMapping {

  /** What findings call the lines of {@link SelfEvaluation#LINES}, in that order. */
  private static final List<String> LINE_LABELS =
      List.of("当年财政拨款", "上年结转资金", "财政专户管理资金", "单位资金", "其他资金");

  private SelfEvaluationMapping() {}

  public static SelfEvaluationForm map(FormData d) {
    List<FundsLine> sources = new ArrayList<>();
    for (int i = 0; i < SelfEvaluation.LINES.size(); i++) {
      FundsLine line = line(d, SelfEvaluation.LINES.get(i), LINE_LABELS.get(i));
      if (line.initial() != null || line.annual() != null || line.spent() != null) {
        sources.add(line);
      }
    }
    BudgetBlock budget =
        new BudgetBlock(
            FormMappings.unit(d),
            line(d, SelfEvaluation.TOTAL, "年度资金总额"),
            d.field(SelfEvaluation.BUDGET_WEIGHT),
            d.field(SelfEvaluation.BUDGET_RATE),
            d.field(SelfEvaluation.BUDGET_SCORE),
            sources,
            d.reading().fundsComplete());
    List<Indicator> indicators = FormMappings.indicators(d.rows(), column -> column);
    return new SelfEvaluationForm(
        d.sheet(),
        d.layout().id(),
        d.anchor(),
        FormMappings.project(d),
        budget,
        d.field(SelfEvaluation.GOAL_EXPECTED),
        d.field(SelfEvaluation.GOAL_ACTUAL),
        indicators,
        d.field(SelfEvaluation.TOTAL_WEIGHT),
        d.field(SelfEvaluation.TOTAL_SCORE));
  }

  private static FundsLine line(FormData d, String line, String label) {
    return new FundsLine(
        label,
        d.field(key(line, Funds.INITIAL)),
        d.field(key(line, Funds.ANNUAL)),
        d.field(key(line, Funds.SPENT)));
  }
}
