package org.perfsheet.layout;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.perfsheet.model.FormKind;

/**
 * The field keys a template may mark (its {@code ps_} names without the prefix): the contract
 * between the templates, the mappings that give the fields their meaning and the generators that
 * fill blank forms. Every key is spelled here once; code names it by its constant. {@code template
 * verify} holds a template to {@link #known} and {@link #essential}: an unknown key is a typo, a
 * missing essential key a form that cannot be checked.
 */
public final class FieldKeys {

  private FieldKeys() {}

  // Every kind of form.
  public static final String TITLE = "title";

  /** Where a generated form writes the year; read from the title when the form does not mark it. */
  public static final String YEAR = "year";

  public static final String PROJECT_NAME = "project_name";
  public static final String DEPARTMENT = "department";
  public static final String UNIT = "unit";

  /** The label stating the money unit (项目资金（万元）), or on department forms the budget's points. */
  public static final String MONEY_UNIT = "money_unit";

  /** Columns of a project's indicator table (self-evaluation, declaration, monitoring). */
  public static final class Ind {
    private Ind() {}

    public static final String LEVEL1 = "ind_level1";
    public static final String LEVEL2 = "ind_level2";
    public static final String NAME = "ind_name";
    public static final String TARGET = "ind_target";
    public static final String ACTUAL = "ind_actual";
    public static final String WEIGHT = "ind_weight";
    public static final String SCORE = "ind_score";
    public static final String EXPLANATION = "ind_explanation";

    /**
     * A target adjusted during the year (调整指标值, Chongqing department forms): where filled, it is
     * the target the actual is held to.
     */
    public static final String TARGET_ADJUSTED = "ind_target_adjusted";

    // Monitoring only: the forecast, the five cause ticks, the reason, the three possibility ticks.
    public static final String FORECAST = "ind_forecast";
    public static final String CAUSE_FUNDING = "ind_cause_funding";
    public static final String CAUSE_RULES = "ind_cause_rules";
    public static final String CAUSE_STAFF = "ind_cause_staff";
    public static final String CAUSE_FACILITIES = "ind_cause_facilities";
    public static final String CAUSE_OTHER = "ind_cause_other";

    /** In the form's order: 经费保障, 制度保障, 人员保障, 硬件条件保障, 其他. */
    public static final List<String> CAUSES =
        List.of(CAUSE_FUNDING, CAUSE_RULES, CAUSE_STAFF, CAUSE_FACILITIES, CAUSE_OTHER);

    public static final String REASON = "ind_reason";
    public static final String CERTAIN = "ind_certain";
    public static final String POSSIBLE = "ind_possible";
    public static final String IMPOSSIBLE = "ind_impossible";
    public static final List<String> POSSIBILITIES = List.of(CERTAIN, POSSIBLE, IMPOSSIBLE);

    /**
     * 完成目标可能性 as one column holding the word (确定能, 有可能, 完全不可能), as 预算管理一体化 systems print it,
     * instead of three tick columns.
     */
    public static final String POSSIBILITY = "ind_possibility";

    public static final String NOTE = "ind_note";

    /** The columns every indicator table may have (self-evaluation's set), in the form's order. */
    public static final List<String> SCORED =
        List.of(LEVEL1, LEVEL2, NAME, TARGET, ACTUAL, WEIGHT, SCORE, EXPLANATION);
  }

  /**
   * Funds tables: a field's key is {@link #key} of its line and its column, {@code fiscal_spent}.
   */
  public static final class Funds {
    private Funds() {}

    public static final String FISCAL = "fiscal";
    public static final String CARRYOVER = "carryover";
    public static final String SPECIAL = "special";
    public static final String UNIT_FUNDS = "unit_funds";
    public static final String OTHER = "other";

    public static final String INITIAL = "initial";
    public static final String ANNUAL = "annual";
    public static final String SPENT = "spent";
    public static final String RATE = "rate";
    public static final String FORECAST = "forecast";

    public static String key(String line, String column) {
      return line + "_" + column;
    }

    /** The keys of these columns of these lines, line by line: a funds block's cells. */
    public static List<String> keys(List<String> lines, String... columns) {
      List<String> out = new ArrayList<>();
      for (String line : lines) {
        for (String column : columns) {
          out.add(key(line, column));
        }
      }
      return out;
    }

    /** The three lines the generated forms carry (财政拨款, 上年结转, 其他资金). */
    public static final List<String> GENERATED = List.of(FISCAL, CARRYOVER, OTHER);
  }

  /** Project self-evaluation (财政项目支出绩效自评表). */
  public static final class SelfEvaluation {
    private SelfEvaluation() {}

    /**
     * The funds lines under the total (年度资金总额 is {@link #TOTAL}), in the order forms print them.
     */
    public static final List<String> LINES =
        List.of(Funds.FISCAL, Funds.CARRYOVER, Funds.SPECIAL, Funds.UNIT_FUNDS, Funds.OTHER);

    public static final String TOTAL = "budget";
    public static final List<String> COLUMNS = List.of(Funds.INITIAL, Funds.ANNUAL, Funds.SPENT);
    public static final String BUDGET_INITIAL = Funds.key(TOTAL, Funds.INITIAL);
    public static final String BUDGET_ANNUAL = Funds.key(TOTAL, Funds.ANNUAL);
    public static final String BUDGET_SPENT = Funds.key(TOTAL, Funds.SPENT);
    public static final String BUDGET_WEIGHT = "budget_weight";
    public static final String BUDGET_RATE = "budget_rate";
    public static final String BUDGET_SCORE = "budget_score";
    public static final String GOAL_EXPECTED = "goal_expected";
    public static final String GOAL_ACTUAL = "goal_actual";
    public static final String TOTAL_WEIGHT = "total_weight";
    public static final String TOTAL_SCORE = "total_score";

    /**
     * The budget execution block, not expected where the form prints budget execution as an
     * indicator row.
     */
    public static final Set<String> BUDGET_BLOCK =
        Set.of(
            BUDGET_INITIAL, BUDGET_ANNUAL, BUDGET_SPENT, BUDGET_WEIGHT, BUDGET_RATE, BUDGET_SCORE);
  }

  /** Project declaration (财政项目支出绩效目标申报表). */
  public static final class Declaration {
    private Declaration() {}

    public static final String NATURE = "nature";
    public static final String CATEGORY = "category";
    public static final String START_DATE = "start_date";
    public static final String END_DATE = "end_date";
    public static final String FUNDS_TOTAL = "funds_total";
    public static final String FUNDS_FISCAL = "funds_fiscal";
    public static final String FUNDS_OTHER = "funds_other";
    public static final String ANNUAL_TOTAL = "annual_total";
    public static final String APPROPRIATION = "appropriation";
    public static final String CARRYOVER = "carryover";
    public static final String ANNUAL_OTHER = "annual_other";
    public static final String GOAL_TOTAL = "goal_total";
    public static final String GOAL_ANNUAL = "goal_annual";
  }

  /** Department-wide self-evaluation (部门整体绩效自评表): goal blocks, each with its indicators. */
  public static final class Department {
    private Department() {}

    public static final String BASIC_TOTAL = "basic_total";
    public static final String PROJECT_TOTAL = "project_total";
    public static final String BUDGET_ANNUAL = "budget_annual";
    public static final String BUDGET_SPENT = "budget_spent";
    public static final String BUDGET_RATE = "budget_rate";
    public static final String BUDGET_SCORE = "budget_score";

    /** The budget's points in a cell of their own (分值（10分） over 10), where the form has one. */
    public static final String BUDGET_WEIGHT = "budget_weight";

    public static final String GOAL_HEADING = "goal_heading";
    public static final String GOAL_TEXT = "goal_text";
    public static final String GOAL_FUNDS = "goal_funds";
    public static final String TOTAL_SCORE = "total_score";

    /** 总分's 分值 (100), where the form prints one: named so that 总分's 得分 is found beside it. */
    public static final String TOTAL_WEIGHT = "total_weight";

    public static final String DEVIATION = "deviation";
    public static final String IMPROVEMENT = "improvement";
    public static final String NOTE = "note";

    /** A goal's indicator columns are the project ones with this prefix: {@code goal_ind_name}. */
    public static final String INDICATOR_PREFIX = "goal_";

    public static String indicator(String projectColumn) {
      return INDICATOR_PREFIX + projectColumn;
    }
  }

  /** Mid-year monitoring (项目支出绩效目标执行监控表). */
  public static final class Monitoring {
    private Monitoring() {}

    /** The 1-N月执行数 header: the month is read from its text. */
    public static final String MONTH = "month";

    public static final String GOAL = "goal";

    /** The total line (年度资金总额) and the lines under it. */
    public static final String TOTAL = "funds";

    public static final List<String> LINES =
        List.of(TOTAL, Funds.FISCAL, Funds.CARRYOVER, Funds.OTHER);

    /** 年初预算数, 调整后预算数 (on layouts that print it), 1-N月执行数, 1-N月执行率, 全年预计执行数. */
    public static final List<String> COLUMNS =
        List.of(Funds.INITIAL, Funds.ANNUAL, Funds.SPENT, Funds.RATE, Funds.FORECAST);
  }

  /** Every key the form kind reads. */
  public static Set<String> known(FormKind kind) {
    Set<String> keys =
        new LinkedHashSet<>(List.of(TITLE, YEAR, PROJECT_NAME, DEPARTMENT, UNIT, MONEY_UNIT));
    switch (kind) {
      case PROJECT_SELF_EVALUATION -> {
        SelfEvaluation.COLUMNS.forEach(c -> keys.add(Funds.key(SelfEvaluation.TOTAL, c)));
        keys.addAll(
            List.of(
                SelfEvaluation.BUDGET_WEIGHT,
                SelfEvaluation.BUDGET_RATE,
                SelfEvaluation.BUDGET_SCORE,
                SelfEvaluation.GOAL_EXPECTED,
                SelfEvaluation.GOAL_ACTUAL,
                SelfEvaluation.TOTAL_WEIGHT,
                SelfEvaluation.TOTAL_SCORE));
        for (String line : SelfEvaluation.LINES) {
          SelfEvaluation.COLUMNS.forEach(c -> keys.add(Funds.key(line, c)));
        }
        keys.addAll(Ind.SCORED);
      }
      case PROJECT_DECLARATION -> {
        keys.addAll(
            List.of(
                Declaration.NATURE,
                Declaration.CATEGORY,
                Declaration.START_DATE,
                Declaration.END_DATE,
                Declaration.FUNDS_TOTAL,
                Declaration.FUNDS_FISCAL,
                Declaration.FUNDS_OTHER,
                Declaration.ANNUAL_TOTAL,
                Declaration.APPROPRIATION,
                Declaration.CARRYOVER,
                Declaration.ANNUAL_OTHER,
                Declaration.GOAL_TOTAL,
                Declaration.GOAL_ANNUAL));
        keys.addAll(Ind.SCORED);
      }
      case DEPARTMENT_SELF_EVALUATION -> {
        keys.addAll(
            List.of(
                Department.BASIC_TOTAL,
                Department.PROJECT_TOTAL,
                Department.BUDGET_ANNUAL,
                Department.BUDGET_SPENT,
                Department.BUDGET_RATE,
                Department.BUDGET_SCORE,
                Department.BUDGET_WEIGHT,
                Department.GOAL_HEADING,
                Department.GOAL_TEXT,
                Department.GOAL_FUNDS,
                Department.TOTAL_SCORE,
                Department.TOTAL_WEIGHT,
                Department.DEVIATION,
                Department.IMPROVEMENT,
                Department.NOTE));
        Ind.SCORED.forEach(c -> keys.add(Department.indicator(c)));
        keys.add(Department.indicator(Ind.TARGET_ADJUSTED));
      }
      case PROJECT_MONITORING -> {
        keys.addAll(List.of(Monitoring.MONTH, Monitoring.GOAL));
        for (String line : Monitoring.LINES) {
          Monitoring.COLUMNS.forEach(c -> keys.add(Funds.key(line, c)));
        }
        keys.addAll(
            List.of(Ind.LEVEL1, Ind.LEVEL2, Ind.NAME, Ind.TARGET, Ind.ACTUAL, Ind.FORECAST));
        keys.addAll(Ind.CAUSES);
        keys.add(Ind.REASON);
        keys.addAll(Ind.POSSIBILITIES);
        keys.add(Ind.POSSIBILITY);
        keys.add(Ind.NOTE);
      }
    }
    return keys;
  }

  /** The keys without which the form kind cannot be checked at all. */
  public static Set<String> essential(FormKind kind) {
    return switch (kind) {
      case PROJECT_SELF_EVALUATION ->
          Set.of(TITLE, Ind.NAME, Ind.TARGET, Ind.ACTUAL, Ind.WEIGHT, Ind.SCORE);
      case PROJECT_DECLARATION -> Set.of(TITLE, Ind.NAME, Ind.TARGET);
      case DEPARTMENT_SELF_EVALUATION ->
          Set.of( // goal headings are not: a form may have one table for all its goals (Guizhou)
              TITLE,
              Department.indicator(Ind.NAME),
              Department.indicator(Ind.TARGET),
              Department.indicator(Ind.ACTUAL),
              Department.indicator(Ind.SCORE));
      case PROJECT_MONITORING -> Set.of(TITLE, Ind.NAME, Ind.TARGET, Ind.ACTUAL);
    };
  }
}
