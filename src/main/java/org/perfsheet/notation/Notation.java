package org.perfsheet.notation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.perfsheet.model.FieldValue;
import org.perfsheet.text.Text;

/**
 * Reads target and actual notation (docs/domain.md §3) and the numbers of money, rate and score
 * fields. Full-width forms are normalised (NFKC) first; nothing here throws on any text.
 */
public final class Notation {

  private static final String NUM = "[-+]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?";
  private static final Pattern QUANTITY =
      Pattern.compile("^(>=|<=|>|<|=)?(" + NUM + ")(万|亿|千)?(.*)$");
  private static final Pattern EMBEDDED =
      Pattern.compile("(>=|<=|>|<|=)?(" + NUM + ")(万|亿|千)?([^\\d]*)$");
  private static final Pattern RANGE =
      Pattern.compile("^(" + NUM + ")(%|[^\\d\\-~至到—–]*)?[-~至到—–](" + NUM + ")(.*)$");
  private static final Pattern MONTHS = Pattern.compile("^(\\d{1,2})月?[-~至到—–](\\d{1,2})月.*$");
  private static final Pattern MONTH =
      Pattern.compile("^(?:(?:19|20)\\d{2}年)?(\\d{1,2})月(?:份|底|末|前|底前|以前|之前|内|完成|开展|实施)*$");
  private static final Pattern QUARTERS = Pattern.compile("^(?:第)?([一二三四1-4、,和及至\\-]+)季度.*$");
  private static final Pattern BRACKETED_WORD = Pattern.compile("^([^\\d()]+)\\((.*)\\)$");
  private static final Pattern PLACEHOLDER = Pattern.compile("^[*]+$|.*\\*\\*.*");
  private static final Pattern DASHES = Pattern.compile("^[-—–/\\\\、.]+$");
  private static final Pattern VAGUE =
      Pattern.compile(
          "^(进一步|不断|持续|逐步|有所|稳步|明显|大幅|显著|巩固)*(提升|提高|完善|健全|较好|明显|有效|增强|加强|改善|促进|加大|良好|显著|优化|改进)$");

  private static final Pattern DIGIT = Pattern.compile("\\d");
  private static final Pattern UNIT_WORD = Pattern.compile("(万元|万|元|分)$");

  /** A note in brackets after an amount: 854万(高标准农田建设400万元,示范建设295万元,…). */
  private static final Pattern TRAILING_NOTE = Pattern.compile("[(（][^()（）]*[)）]$");

  private static final Pattern NUMBER = Pattern.compile(NUM);

  private static final List<String[]> WORD_COMPARATORS =
      List.of(
          new String[] {"不低于", ">="},
          new String[] {"不少于", ">="},
          new String[] {"不小于", ">="},
          new String[] {"大于等于", ">="},
          new String[] {"至少", ">="},
          new String[] {"达到", ">="},
          new String[] {"不高于", "<="},
          new String[] {"不超过", "<="},
          new String[] {"不多于", "<="},
          new String[] {"不大于", "<="},
          new String[] {"小于等于", "<="},
          new String[] {"控制在", "<="},
          new String[] {"低于", "<"},
          new String[] {"少于", "<"},
          new String[] {"小于", "<"},
          new String[] {"高于", ">"},
          new String[] {"超过", ">"},
          new String[] {"多于", ">"},
          new String[] {"大于", ">"});

  private Notation() {}

  /** A target or actual cell: stored numbers as they are (a percent-formatted 0.9985 is 99.85%). */
  public static Measure parse(FieldValue v) {
    if (v == null) {
      return new Measure.Blank("");
    }
    if (v.number() != null) {
      return v.percent()
          ? new Measure.Quantity(v.text(), Comparator.EQ, round(v.number() * 100), "%", false)
          : new Measure.Quantity(v.text(), Comparator.EQ, v.number(), "", false);
    }
    return parse(v.text());
  }

  public static Measure parse(String original) {
    if (original == null || original.length() > CACHED_LENGTH) {
      return parseFully(original);
    }
    Measure m = PARSED.get(original);
    if (m == null) {
      m = parseFully(original);
      if (PARSED.size() < CACHE_LIMIT) {
        PARSED.put(original, m);
      }
    }
    return m;
  }

  // Forms repeat the same targets and actuals (≥95%, 100%, 及时) workbook after workbook; a
  // measure is an immutable value of its text, so short texts are read once per process.
  private static final int CACHED_LENGTH = 40;
  private static final int CACHE_LIMIT = 50_000;
  private static final Map<String, Measure> PARSED = new ConcurrentHashMap<>();

  /** {@link #parse(String)} without the cache. */
  static Measure parseFully(String original) {
    String text = original == null ? "" : original.strip();
    String s = normalize(text);
    if (s.isEmpty() || DASHES.matcher(s).matches()) {
      return new Measure.Blank(text);
    }
    if (PLACEHOLDER.matcher(s).matches()) {
      return new Measure.Unreadable(text, "占位符“" + text + "”未替换为实际内容", true);
    }
    Measure m = period(text, s);
    if (m != null) {
      return m;
    }
    m = range(text, s);
    if (m != null) {
      return m;
    }
    m = quantity(text, s, QUANTITY.matcher(s), true);
    if (m != null) {
      return m;
    }
    Matcher word = BRACKETED_WORD.matcher(s);
    if (word.matches()) {
      return qualitative(text, word.group(1));
    }
    if (!DIGIT.matcher(s).find()) {
      return qualitative(text, s);
    }
    // Words then a number, as actuals are often written: 协议履行率99.98%, 不低于 95%.
    Matcher tail = EMBEDDED.matcher(s);
    if (tail.find() && tail.start() > 0 && !DIGIT.matcher(s.substring(0, tail.start())).find()) {
      String q =
          (tail.group(1) == null ? comparatorWord(s.substring(0, tail.start())) : "")
              + tail.group();
      Measure m2 = quantity(text, q, QUANTITY.matcher(q), false);
      if (m2 != null) {
        return m2;
      }
    }
    return new Measure.Unreadable(text, "无法识别“" + text + "”的写法", false);
  }

  /** {@link Text#compact}, comparators in ASCII ({@code ≥} → {@code >=}). */
  static String normalize(String text) {
    String s = Text.compact(text);
    return s.replace("≥", ">=")
        .replace("≧", ">=")
        .replace("≤", "<=")
        .replace("≦", "<=")
        .replace("=>", ">=")
        .replace("=<", "<=")
        .replace("〉", ">")
        .replace("〈", "<");
  }

  private static String comparatorWord(String prefix) {
    for (String[] w : WORD_COMPARATORS) {
      if (prefix.endsWith(w[0])) {
        return w[1];
      }
    }
    return "";
  }

  private static Measure quantity(String text, String ignored, Matcher m, boolean whole) {
    if (!m.matches()) {
      return null;
    }
    String rest = m.group(4);
    String comparator = m.group(1);
    // (含) / (不含) say whether the bound counts: 98%(含)以上 is ≥ 98%, 大于95%(含) too.
    boolean inclusive = false;
    boolean exclusive = false;
    for (String suffix : new String[] {"以上", "以下", "以内", ""}) {
      if (rest.endsWith("(含)" + suffix)) {
        rest = rest.substring(0, rest.length() - suffix.length() - 3) + suffix;
        inclusive = true;
      } else if (rest.endsWith("(不含)" + suffix)) {
        rest = rest.substring(0, rest.length() - suffix.length() - 4) + suffix;
        exclusive = true;
      }
    }
    // 以上 / 以下 / 以内 after the unit: 95%以上 means ≥ 95%.
    if (rest.endsWith("以上")) {
      rest = rest.substring(0, rest.length() - 2);
      comparator = comparator == null ? ">=" : comparator;
    } else if (rest.endsWith("以下") || rest.endsWith("以内")) {
      rest = rest.substring(0, rest.length() - 2);
      comparator = comparator == null ? "<=" : comparator;
    }
    if (inclusive || exclusive) {
      comparator = bound(comparator, inclusive);
    }
    String unit = unit(rest);
    if (DIGIT.matcher(unit).find()
        || unit.length() > 8
        || unit.contains("(")
        || unit.contains(")")) {
      return null;
    }
    double value = new BigDecimal(m.group(2).replace(",", "")).doubleValue();
    if (m.group(3) != null) {
      value *=
          switch (m.group(3)) {
            case "万" -> 10_000;
            case "亿" -> 100_000_000;
            default -> 1_000;
          };
      value = round(value);
    }
    if (whole
        && comparator == null
        && !unit.isEmpty()
        && !unit.equals("%")
        && VAGUE.matcher(unit).matches()) {
      return null;
    }
    return new Measure.Quantity(text, comparator(comparator), value, unit, comparator != null);
  }

  /**
   * The unit as written, without the brackets some systems print around it ({@code ≥98.00(%)}); the
   * central system's unit 百分比 is % (domain.md §8).
   */
  private static String unit(String written) {
    String unit = written;
    if (unit.startsWith("(") && unit.endsWith(")")) {
      unit = unit.substring(1, unit.length() - 1);
    }
    return unit.equals("百分比") ? "%" : unit;
  }

  /** A comparator made inclusive (含) or strict (不含); a bare number with 含 stays =. */
  private static String bound(String comparator, boolean inclusive) {
    if (comparator == null || comparator.equals("=")) {
      return comparator;
    }
    boolean greater = comparator.startsWith(">");
    if (inclusive) {
      return greater ? ">=" : "<=";
    }
    return greater ? ">" : "<";
  }

  private static Comparator comparator(String c) {
    if (c == null) {
      return Comparator.EQ;
    }
    return switch (c) {
      case ">=" -> Comparator.GE;
      case ">" -> Comparator.GT;
      case "<=" -> Comparator.LE;
      case "<" -> Comparator.LT;
      default -> Comparator.EQ;
    };
  }

  private static Measure range(String text, String s) {
    Matcher m = RANGE.matcher(s);
    if (!m.matches() || s.startsWith("-")) {
      return null;
    }
    String unit = unit(m.group(4).isEmpty() ? (m.group(2) == null ? "" : m.group(2)) : m.group(4));
    if (DIGIT.matcher(unit).find() || unit.length() > 8) {
      return null;
    }
    double low = Double.parseDouble(m.group(1).replace(",", ""));
    double high = Double.parseDouble(m.group(3).replace(",", ""));
    return low <= high ? new Measure.Range(text, low, high, unit) : null;
  }

  private static Measure period(String text, String s) {
    Matcher m = MONTHS.matcher(s);
    if (m.matches() && s.contains("月")) {
      int from = Integer.parseInt(m.group(1));
      int to = Integer.parseInt(m.group(2));
      return months(from, to) ? new Measure.Period(text, from, to) : null;
    }
    m = MONTH.matcher(s);
    if (m.matches()) {
      int month = Integer.parseInt(m.group(1));
      return months(month, month) ? new Measure.Period(text, month, month) : null;
    }
    m = QUARTERS.matcher(s);
    if (m.matches()) {
      int first = 5;
      int last = 0;
      for (char c : m.group(1).toCharArray()) {
        int q = "一二三四".indexOf(c) + 1;
        q = q == 0 && c >= '1' && c <= '4' ? c - '0' : q;
        if (q > 0) {
          first = Math.min(first, q);
          last = Math.max(last, q);
        }
      }
      return last > 0 ? new Measure.Period(text, first * 3 - 2, last * 3) : null;
    }
    if (s.startsWith("上半年")) {
      return new Measure.Period(text, 1, 6);
    }
    if (s.startsWith("下半年") || s.startsWith("年底") || s.startsWith("年末") || s.startsWith("年内")) {
      return new Measure.Period(text, s.startsWith("下半年") ? 7 : 1, 12);
    }
    return null;
  }

  private static boolean months(int from, int to) {
    return from >= 1 && to <= 12 && from <= to;
  }

  private static Measure qualitative(String text, String word) {
    return new Measure.Qualitative(
        text, word, Words.achievement(word), VAGUE.matcher(word).matches());
  }

  // ---- numbers of money, rate and score fields ----

  /**
   * A number field (amount, weight, score): a stored number, or text such as {@code 4,024,422.6},
   * {@code 9.6}, {@code 2758.60 万元}, {@code 250万} (the unit word is the form's own, so it is
   * dropped), {@code 854万(…400万元,…)} (a note in brackets after the number is not part of it).
   */
  public static OptionalDouble number(FieldValue v) {
    if (v == null) {
      return OptionalDouble.empty();
    }
    if (v.number() != null) {
      return OptionalDouble.of(v.number());
    }
    String s =
        UNIT_WORD.matcher(TRAILING_NOTE.matcher(normalize(v.text())).replaceAll("")).replaceAll("");
    if (NUMBER.matcher(s).matches()) {
      return OptionalDouble.of(Double.parseDouble(s.replace(",", "")));
    }
    return OptionalDouble.empty();
  }

  /**
   * A rate as a fraction: {@code 99.85%} text, a percent-formatted 0.9985, or a bare number (above
   * 1.5 it is read as percent: 99.85 → 0.9985).
   */
  public static OptionalDouble rate(FieldValue v) {
    if (v == null) {
      return OptionalDouble.empty();
    }
    if (v.number() != null) {
      double n = v.number();
      return OptionalDouble.of(v.percent() || n <= 1.5 ? n : n / 100);
    }
    String s = normalize(v.text());
    if (s.endsWith("%") && NUMBER.matcher(s.substring(0, s.length() - 1)).matches()) {
      return OptionalDouble.of(
          Double.parseDouble(s.substring(0, s.length() - 1).replace(",", "")) / 100);
    }
    if (NUMBER.matcher(s).matches()) {
      double n = Double.parseDouble(s.replace(",", ""));
      return OptionalDouble.of(n <= 1.5 ? n : n / 100);
    }
    return OptionalDouble.empty();
  }

  static double round(double v) {
    return BigDecimal.valueOf(v).setScale(6, RoundingMode.HALF_UP).doubleValue();
  }

  /**
   * A bare number written as the actual is in the target's unit as written: 35 against ≤30万元 is 35
   * 万元, not 35 元 (forms that print the unit in its own column, 度量单位, leave it off the actual).
   * Percentages keep their own rule (a bare 0.95 against ≥90% is 95 %).
   */
  public static Measure inUnitOf(Measure actual, Measure target) {
    if (!(actual instanceof Measure.Quantity b)
        || !b.unit().isEmpty()
        || b.written()
        || !(target instanceof Measure.Quantity t)
        || t.unit().isEmpty()
        || t.unit().equals("%")) {
      return actual;
    }
    Matcher m = QUANTITY.matcher(normalize(t.text()));
    if (!m.matches()) {
      return actual;
    }
    String unit = (m.group(3) == null ? "" : m.group(3)) + m.group(4);
    if (!(parse(normalize(b.text()) + unit) instanceof Measure.Quantity withUnit)) {
      return actual;
    }
    // With a multiplier (万元) the bare number is ambiguous: 35 against ≤30万元 is 35 万元, 720000
    // against ≤90万元 is 720000 元. Read it as a person would: the way that lands nearer the target.
    if (m.group(3) != null
        && t.value() > 0
        && b.value() > 0
        && withUnit.value() != b.value()
        && Math.abs(Math.log(b.value() / t.value()))
            < Math.abs(Math.log(withUnit.value() / t.value()))) {
      return new Measure.Quantity(b.text(), b.comparator(), b.value(), t.unit(), false);
    }
    return withUnit;
  }

  /** For messages: {@code ≥95%}, {@code =520场}, {@code ≤90万元} as normalised notation. */
  public static String show(Measure m) {
    return m.text().isEmpty() ? "（空）" : m.text().strip();
  }
}
