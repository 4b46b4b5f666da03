package org.perfsheet.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.perfsheet.layout.FieldKeys.Declaration;
import org.perfsheet.layout.FieldKeys.Department;
import org.perfsheet.layout.FieldKeys.Funds;
import org.perfsheet.layout.FieldKeys.Monitoring;
import org.perfsheet.layout.FieldKeys.SelfEvaluation;
import org.perfsheet.model.CellRef;
import org.perfsheet.model.FieldValue;
import org.perfsheet.model.MoneyUnit;

/**
 * Amounts written with their own unit word ({@code 43.2万元}, {@code 854万(…note…)}, {@code
 * 8540000元}): every form kind's amount fields are read in the form's money unit, here and only
 * here, so that an amount typed in another unit than the form's is not 10⁴ off.
 *
 * <p>The form's unit is the one its unit label states (项目资金（万元）, 单位：元). Where no label states one,
 * it is the unit of the first amount written with a unit word, and amounts written without one are
 * taken to be in it (README "templates"). Where no label states the unit and the amounts written
 * with a unit word disagree (43.2万元 beside 8000元) while others are written bare, the bare ones
 * could be in either: the amounts are not read at all ({@link FormData.Reading#unitUnclear} lists
 * the cells), the checks that need them are skipped and the form says why.
 */
public final class Amounts {

  private Amounts() {}

  private static final Pattern WRITTEN_UNIT =
      Pattern.compile("^([0-9][0-9,]*(?:\\.[0-9]+)?)(万元|万|元)(?:\\([^()]*\\))?$");

  private static final Pattern STATES_UNIT = Pattern.compile("元");

  private static final Set<String> AMOUNTS = amountKeys();

  private static Set<String> amountKeys() {
    Set<String> keys = new HashSet<>();
    List<String> lines = new ArrayList<>(SelfEvaluation.LINES);
    lines.add(SelfEvaluation.TOTAL);
    lines.addAll(Monitoring.LINES);
    keys.addAll(
        Funds.keys(lines, Funds.INITIAL, Funds.ANNUAL, Funds.SPENT, Funds.FORECAST)); // not RATE
    keys.addAll(
        List.of(
            Declaration.FUNDS_TOTAL,
            Declaration.FUNDS_FISCAL,
            Declaration.FUNDS_OTHER,
            Declaration.ANNUAL_TOTAL,
            Declaration.APPROPRIATION,
            Declaration.CARRYOVER,
            Declaration.ANNUAL_OTHER,
            Department.BASIC_TOTAL,
            Department.PROJECT_TOTAL,
            Department.BUDGET_ANNUAL,
            Department.BUDGET_SPENT,
            Department.GOAL_FUNDS));
    return Set.copyOf(keys);
  }

  /** Whether the field key names an amount of money (a funds cell, a budget, a goal's funds). */
  public static boolean isAmount(String key) {
    return AMOUNTS.contains(key);
  }

  /**
   * The unit word an amount is written with: 万元 for {@code 43.2万元}, {@code 250万}, {@code 854万(…)};
   * 元 for {@code 8540000元}; null for a stored number, a bare number or any other text.
   */
  public static MoneyUnit written(FieldValue v) {
    Matcher m = writtenUnit(v);
    return m == null ? null : unit(m);
  }

  private static Matcher writtenUnit(FieldValue v) {
    if (v == null || v.number() != null) {
      return null;
    }
    Matcher m = WRITTEN_UNIT.matcher(Labels.compact(v.text()));
    return m.matches() ? m : null;
  }

  private static MoneyUnit unit(Matcher m) {
    return m.group(2).startsWith("万") ? MoneyUnit.TEN_THOUSAND_YUAN : MoneyUnit.YUAN;
  }

  /**
   * The amount in {@code unit}: an amount written with another unit word as a number in it (854万 on
   * a form in 元 is 8,540,000), keeping its text; any other value as it is.
   */
  public static FieldValue inUnit(FieldValue v, MoneyUnit unit) {
    Matcher m = writtenUnit(v);
    if (m == null || unit(m) == unit) {
      return v;
    }
    double n = Double.parseDouble(m.group(1).replace(",", ""));
    return FieldValue.number(v.ref(), unit(m).toYuan(n) / unit.toYuan(1), v.text(), false);
  }

  /** Whether the form's unit label states a unit (项目资金（万元）), not only points (预算执行率（20分）). */
  static boolean stated(FieldValue label) {
    return label != null
        && STATES_UNIT.matcher(Labels.compact(label.text())).find()
        && written(label) == null; // an amount the reader took for want of a label states nothing
  }

  /**
   * The form's money unit: the one its unit label states, else the unit of the first amount written
   * with a unit word, else 元.
   */
  public static MoneyUnit unit(FormData d) {
    FieldValue label = d.field(FieldKeys.MONEY_UNIT);
    if (stated(label)) {
      return MoneyUnit.fromLabel(label.text());
    }
    MoneyUnit first = written(label);
    if (first != null) {
      return first;
    }
    return amounts(d).stream()
        .map(Amounts::written)
        .filter(w -> w != null)
        .findFirst()
        .orElse(MoneyUnit.YUAN);
  }

  /** The form's amounts (fields and blocks' fields), in sheet order: row by row. */
  private static List<FieldValue> amounts(FormData d) {
    List<FieldValue> out = new ArrayList<>();
    d.fields().forEach((k, v) -> addIfAmount(out, k, v));
    for (FormData.Block b : d.blocks()) {
      b.fields().forEach((k, v) -> addIfAmount(out, k, v));
    }
    out.sort(BY_POSITION);
    return out;
  }

  private static final Comparator<FieldValue> BY_POSITION =
      Comparator.comparingInt((FieldValue v) -> v.ref().row()).thenComparingInt(v -> v.ref().col());

  private static void addIfAmount(List<FieldValue> out, String key, FieldValue v) {
    if (isAmount(key) && v != null && !v.isBlank()) {
      out.add(v);
    }
  }

  /**
   * The form with every amount in its money unit ({@link #unit(FormData)}); where that unit is
   * unclear (see the class comment), the form without its amounts and with {@link
   * FormData.Reading#unitUnclear} naming the amounts written with a unit word.
   */
  public static FormData inFormUnit(FormData d) {
    List<FieldValue> amounts = amounts(d);
    Set<MoneyUnit> words = new HashSet<>();
    boolean bare = false;
    for (FieldValue v : amounts) {
      MoneyUnit w = written(v);
      if (w != null) {
        words.add(w);
      } else {
        bare = true;
      }
    }
    if (words.isEmpty()) {
      return d;
    }
    if (words.size() > 1 && bare && !stated(d.field(FieldKeys.MONEY_UNIT))) {
      List<CellRef> unclear =
          amounts.stream().filter(v -> written(v) != null).map(FieldValue::ref).toList();
      FormData.Reading r = d.reading();
      return withAmounts(
          d,
          DROP,
          new FormData.Reading(
              r.placements(), r.tableStart(), r.uncalculated(), r.external(), false, unclear));
    }
    MoneyUnit unit = unit(d);
    return withAmounts(d, v -> inUnit(v, unit), d.reading());
  }

  /** Leaves the amount fields out (what {@link #withAmounts} does with it). */
  private static final UnaryOperator<FieldValue> DROP = v -> v;

  /** The form with each amount field replaced, or left out for {@link #DROP}, and this reading. */
  private static FormData withAmounts(
      FormData d, UnaryOperator<FieldValue> amount, FormData.Reading reading) {
    List<FormData.Block> blocks = new ArrayList<>();
    for (FormData.Block b : d.blocks()) {
      blocks.add(new FormData.Block(b.heading(), withAmounts(b.fields(), amount), b.rows()));
    }
    return new FormData(
        d.layout(),
        d.sheet(),
        d.anchor(),
        d.year(),
        withAmounts(d.fields(), amount),
        d.rows(),
        blocks,
        d.notFound(),
        reading);
  }

  private static Map<String, FieldValue> withAmounts(
      Map<String, FieldValue> fields, UnaryOperator<FieldValue> amount) {
    Map<String, FieldValue> out = new LinkedHashMap<>();
    fields.forEach(
        (k, v) -> {
          if (!isAmount(k)) {
            out.put(k, v);
          } else if (amount != DROP) {
            out.put(k, amount.apply(v));
          }
        });
    return out;
  }
}
