package org.perfsheet.rules;

import java.util.ArrayList;
import java.util.List;
import org.perfsheet.model.CellRef;
import org.perfsheet.model.FieldValue;
import org.perfsheet.model.FindingCode;
import org.perfsheet.model.FormKind;
import org.perfsheet.model.FormResult;
import org.perfsheet.model.Light;
import org.perfsheet.model.LightMark;
import org.perfsheet.model.Lights;
import org.perfsheet.model.MonitoredIndicator;
import org.perfsheet.model.MonitoringForm;
import org.perfsheet.model.ProjectInfo;
import org.perfsheet.model.Stated;
import org.perfsheet.notation.Ticks;
import org.perfsheet.scoring.ScoringProfile;

/**
 * Checks a mid-year monitoring form (执行监控表) against docs/domain.md §7: the funds block and its
 * light ({@link FundsProgress}), each indicator's light and causes ({@link IndicatorProgress}), the
 * possibility ticks ({@link Possibilities}), pasted reasons ({@link RepeatedReasons}) and the
 * levels. The lights go into the result for the annotator and the report.
 */
public final class MonitoringChecker {

  private MonitoringChecker() {}

  public static FormResult check(MonitoringForm form, ScoringProfile profile) {
    return check(form, profile, Taxonomy.OFFICIAL);
  }

  /** With the levels the form's template allows besides the official ones. */
  public static FormResult check(MonitoringForm form, ScoringProfile profile, Taxonomy taxonomy) {
    Findings out = new Findings();
    ProjectInfo project = form.project();
    out.missing(project.name(), "项目名称", null, "请填写项目名称。");
    out.missing(project.department(), "主管部门", null, "请填写主管部门。");
    out.missing(project.unit(), "实施单位", null, "请填写实施单位。");
    if (form.month() == null) {
      out.warning(
          FindingCode.MONTH_UNKNOWN,
          form.monthCell() != null ? form.monthCell().ref() : form.anchor(),
          null,
          "无法从表头读出监控截至的月份（应如“1-7月执行数”），因此未按时间进度亮灯。请在表头写明月份。");
    }
    FundsProgress.Result funds = FundsProgress.check(form, profile, out);
    if (form.indicators().isEmpty()) {
      out.error(FindingCode.FIELD_MISSING, form.anchor(), null, "表中没有填写任何绩效指标。请按申报表逐行填写指标及其执行情况。");
    }
    List<LightMark> lights = new ArrayList<>();
    Light projectLight = null;
    for (MonitoredIndicator i : form.indicators()) {
      LightMark light = IndicatorProgress.check(i, form.month(), profile, out);
      if (light != null) {
        lights.add(light);
        projectLight = Light.worse(projectLight, light.light());
      }
      Possibilities.check(i, light, funds.light(), out);
    }
    fundsCause(form, funds.light(), out);
    RepeatedReasons.check(form.indicators().stream().map(MonitoredIndicator::reason).toList(), out);
    Levels.check(
        form.indicators().stream().map(MonitoredIndicator::asIndicator).toList(), taxonomy, out);
    return new FormResult(
        form.sheet(),
        FormKind.PROJECT_MONITORING,
        form.template(),
        SelfEvaluationChecker.text(project.name()),
        SelfEvaluationChecker.text(project.department()),
        SelfEvaluationChecker.text(project.unit()),
        project.year(),
        SelfEvaluationChecker.yuan(funds.initial(), form.unit()),
        SelfEvaluationChecker.yuan(funds.spent(), form.unit()),
        new Stated(funds.rateStated(), funds.rateComputed()),
        Stated.NONE,
        Stated.NONE,
        null,
        out.list,
        out.fills,
        new Lights(form.month(), funds.light(), projectLight, lights));
  }

  /**
   * Funds behind schedule need a cause too: the form has no cause columns for the funds, so at
   * least one indicator row must tick a cause (经费保障 and the like) and say why. The finding goes on
   * the first cause cell, where the tick is missing, so the funds cell keeps its light.
   */
  private static void fundsCause(MonitoringForm form, LightMark funds, Findings out) {
    if (funds == null || !funds.light().isLow() || form.indicators().isEmpty()) {
      return;
    }
    boolean explained =
        form.indicators().stream()
            .anyMatch(i -> IndicatorProgress.causeTicked(i) && Reasons.given(i.reason()));
    if (!explained) {
      boolean anyTick =
          form.indicators().stream().anyMatch(i -> i.causes().stream().anyMatch(Ticks::ticked));
      MonitoredIndicator first = form.indicators().get(0);
      if (!IndicatorProgress.tickColumns(first)) {
        out.error(
            FindingCode.CAUSE_MISSING,
            first.reason() != null ? first.reason().ref() : funds.cell(),
            null,
            "资金执行为" + funds.light().chinese() + "，但指标表的偏差原因分析中没有说明原因。请在相关指标行说明资金执行滞后的原因。");
        return;
      }
      CellRef at =
          first.causes().stream()
              .filter(c -> c != null)
              .findFirst()
              .map(FieldValue::ref)
              .orElse(funds.cell());
      out.error(
          FindingCode.CAUSE_MISSING,
          at,
          null,
          "资金执行为"
              + funds.light().chinese()
              + "，但指标表中"
              + (anyTick ? "勾选了偏差原因的行没有填写原因说明" : "没有勾选任何偏差原因（经费保障、制度保障、人员保障、硬件条件保障、其他）")
              + "。请在相关指标行勾选原因并说明资金执行滞后的原因。");
    }
  }
}
