package org.perfsheet.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.perfsheet.model.FieldValue;
import org.perfsheet.model.Indicator;
import org.perfsheet.text.Text;

/**
 * The indicator levels a form may use (docs/domain.md §2), and the 一级 each 二级 belongs under.
 *
 * <p>Two official frameworks are known: the target taxonomy of 财预〔2021〕101号 (产出 / 成本 / 效益 / 满意度,
 * with 成本 under 产出 before 2021 and 满意度 under 效益 before 2018), and the evaluation framework of
 * 财预〔2020〕10号 (决策 / 过程 / 产出 / 效益, with 二级 such as 项目立项, 资金管理, 产出数量, 项目效益). A template may add the
 * levels of a regional form ({@link #with}).
 *
 * <p>Names compare as forms print them: without white space, numbering (一、 （一） 1.), printed points
 * (产出指标（50分）) or a trailing 指标, so 社会效益 = 社会效益指标 and 一、产出指标(50分) = 产出指标.
 */
public final class Taxonomy {

  /** The target taxonomy (101号): 一级 → 二级, in the official wording and the order forms list them. */
  public static final Map<String, List<String>> LEVELS;

  /** The evaluation framework of 10号 (附件1 项目支出绩效评价指标体系框架). */
  public static final Map<String, List<String>> EVALUATION;

  static {
    Map<String, List<String>> m = new LinkedHashMap<>();
    m.put("产出指标", List.of("数量指标", "质量指标", "时效指标", "成本指标"));
    m.put("效益指标", List.of("经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标"));
    // Department-wide forms (财预〔2020〕10号 annex) word it 社会公众或服务对象满意度指标.
    m.put("满意度指标", List.of("服务对象满意度指标", "社会公众或服务对象满意度指标"));
    m.put("成本指标", List.of("经济成本指标", "社会成本指标", "生态环境成本指标"));
    LEVELS = Collections.unmodifiableMap(m);

    Map<String, List<String>> e = new LinkedHashMap<>();
    e.put("决策", List.of("项目立项", "绩效目标", "资金投入"));
    e.put("过程", List.of("资金管理", "组织实施"));
    e.put("产出", List.of("产出数量", "产出质量", "产出时效", "产出成本"));
    e.put("效益", List.of("项目效益", "实施效益", "满意度"));
    EVALUATION = Collections.unmodifiableMap(e);
  }

  /** Other names forms print for a 一级 of either framework. */
  private static final Map<String, String> LEVEL1_ALIASES =
      Map.of("项目决策", "决策", "项目过程", "过程", "项目管理", "过程", "管理", "过程", "项目产出", "产出", "项目效益", "效益");

  /**
   * Placements older forms still print: 满意度 under 效益 (88号, 2015), the 10号 self-evaluation's 满意度指标 →
   * 满意度指标, and the 二级 of the evaluation framework of 财预〔2011〕285号 (项目决策: 项目目标, 决策过程, 资金分配; 项目管理:
   * 投入管理, 财务管理, 项目实施).
   */
  private static final Map<String, List<String>> LEGACY =
      Map.of(
          "效益指标", List.of("服务对象满意度指标", "社会公众或服务对象满意度指标", "满意度指标"),
          "满意度指标", List.of("满意度指标"),
          "决策", List.of("项目目标", "决策过程", "资金分配"),
          "过程", List.of("投入管理", "财务管理", "项目实施", "业务管理"));

  private static final Pattern NUMBERING =
      Pattern.compile("^(?:[一二三四五六七八九十]+[、.]|\\(?[一二三四五六七八九十]+\\)|\\(?\\d+\\)|\\d+[、.](?!\\d))+");
  private static final Pattern BRACKETED =
      Pattern.compile("\\([^()]*\\)|\\[[^\\[\\]]*\\]|【[^【】]*】");
  private static final Pattern TRAILING = Pattern.compile("[:：]+$");

  // After the patterns key() uses: static fields initialise in order.
  /** Both frameworks and the older placements. */
  public static final Taxonomy OFFICIAL =
      new Taxonomy(Map.of()).with(LEVELS).with(EVALUATION).with(LEGACY);

  /** key → 一级 as written in the framework; key of a 二级 → the 一级 it belongs under. */
  private final Map<String, String> level1ByKey;

  private final Map<String, List<String>> parentsByKey;
  private final Map<String, List<String>> level2s;

  private Taxonomy(Map<String, List<String>> levels) {
    this.level2s = Collections.unmodifiableMap(new LinkedHashMap<>(levels));
    Map<String, String> l1 = new HashMap<>();
    Map<String, List<String>> parents = new HashMap<>();
    levels.forEach(
        (level1, names) -> {
          l1.putIfAbsent(key(level1), level1);
          for (String level2 : names) {
            List<String> p = parents.computeIfAbsent(key(level2), k -> new ArrayList<>());
            if (!p.contains(level1)) {
              p.add(level1);
            }
          }
        });
    LEVEL1_ALIASES.forEach(
        (alias, name) -> {
          String official = l1.get(key(name));
          if (official != null) {
            l1.putIfAbsent(key(alias), official);
          }
        });
    parents.replaceAll((k, v) -> List.copyOf(v));
    this.level1ByKey = Map.copyOf(l1);
    this.parentsByKey = Map.copyOf(parents);
  }

  /** This taxonomy with more levels: a regional template's 一级 and the 二级 under each. */
  public Taxonomy with(Map<String, List<String>> more) {
    if (more.isEmpty()) {
      return this;
    }
    Map<String, List<String>> all = new LinkedHashMap<>();
    level2s.forEach((k, v) -> all.put(k, new ArrayList<>(v)));
    more.forEach(
        (level1, names) -> {
          String existing = level1ByKey.get(key(level1));
          List<String> list =
              all.computeIfAbsent(existing != null ? existing : level1, k -> new ArrayList<>());
          names.stream().filter(n -> !list.contains(n)).forEach(list::add);
        });
    all.replaceAll((k, v) -> List.copyOf(v));
    return new Taxonomy(all);
  }

  /**
   * 社会效益指标 → 社会效益; 一、产出指标（50分） → 产出; 数量指标(10分) → 数量: without white space, numbering, bracketed
   * parts or a trailing 指标.
   */
  public static String key(String name) {
    String n = name == null ? "" : name;
    String known = Keys.MADE.get(n);
    if (known != null) {
      return known;
    }
    String key = keyOf(n);
    if (Keys.MADE.size() < 10_000) { // level names repeat from form to form; free text does not
      Keys.MADE.put(n, key);
    }
    return key;
  }

  /** Keys made so far; in a holder, as the official taxonomy is built while this class loads. */
  private static final class Keys {
    static final Map<String, String> MADE = new ConcurrentHashMap<>();
  }

  private static String keyOf(String name) {
    String s = Text.compact(name);
    s = NUMBERING.matcher(s).replaceFirst("");
    s = BRACKETED.matcher(s).replaceAll("");
    s = TRAILING.matcher(s).replaceAll("");
    return s.endsWith("指标") ? s.substring(0, s.length() - 2) : s;
  }

  /** The 一级 a written one stands for, if it is one. */
  public Optional<String> level(String written) {
    return Optional.ofNullable(level1ByKey.get(key(written)));
  }

  /** The 一级 a written 二级 may belong under; empty when it is no known 二级. */
  public List<String> parents(String level2) {
    return parentsByKey.getOrDefault(key(level2), List.of());
  }

  /** The 二级 allowed under a 一级 (as {@link #level} returns it). */
  public List<String> level2sOf(String level1) {
    return level2s.getOrDefault(level1, List.of());
  }

  /** The 一级 of the target taxonomy, for messages: the names a project form should use. */
  public static List<String> targetLevel1s() {
    return List.copyOf(LEVELS.keySet());
  }

  /**
   * The 一级 of an indicator row. Some forms print 一级 and 二级 as one box over both columns where a 一级
   * has a single 二级 (社会公众或服务对象满意度指标 across the two columns): the box then names the 二级, and the
   * row's 一级 is the one the target taxonomy puts it under (at the box's cell). Otherwise the 一级
   * cell as read.
   */
  public static FieldValue level1Of(Indicator i) {
    FieldValue l1 = i.level1();
    FieldValue l2 = i.level2();
    if (l1 == null || l2 == null || l1.isBlank() || !l1.ref().equals(l2.ref())) {
      return l1;
    }
    if (level1(l1.text()).isPresent()) {
      return l1;
    }
    String key = key(l1.text());
    for (Map.Entry<String, List<String>> e : LEVELS.entrySet()) {
      if (e.getValue().stream().anyMatch(n -> key(n).equals(key))) {
        return FieldValue.text(l1.ref(), e.getKey());
      }
    }
    return l1;
  }

  /** The official 一级 for a written one, in either framework. */
  public static Optional<String> level1(String written) {
    return OFFICIAL.level(written);
  }

  /** The 一级 a written 二级 belongs under, if it is a known 二级 anywhere. */
  public static List<String> parentsOf(String level2) {
    return OFFICIAL.parents(level2);
  }
}
