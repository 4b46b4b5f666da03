package org.perfsheet.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The indicator taxonomy (domain.md §2, 财预〔2021〕101号): each 一级 and the 二级 allowed under it.
 * Names compare without white space and without a trailing 指标 (社会效益 = 社会效益指标). 成本 sits
 * under 产出 (before 2021) or is a 一级 of its own (since): both are valid.
 */
public final class Taxonomy {

  /** 一级 → 二级, in the official wording, in the order forms list them. */
  public static final Map<String, List<String>> LEVELS;

  static {
    Map<String, List<String>> m = new LinkedHashMap<>();
    m.put("产出指标", List.of("数量指标", "质量指标", "时效指标", "成本指标"));
    m.put("效益指标", List.of("经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标"));
    // Department-wide forms (财预〔2020〕10号 annex) word it 社会公众或服务对象满意度指标.
    m.put("满意度指标", List.of("服务对象满意度指标", "社会公众或服务对象满意度指标"));
    m.put("成本指标", List.of("经济成本指标", "社会成本指标", "生态环境成本指标"));
    LEVELS = java.util.Collections.unmodifiableMap(m);
  }

  private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("[\\s\\u3000]+");

  private Taxonomy() {}

  /** 社会效益 → 社会效益, 社会效益指标 → 社会效益, with white space and line breaks removed. */
  public static String key(String name) {
    String s = SPACES.matcher(java.text.Normalizer.normalize(name == null ? "" : name, java.text.Normalizer.Form.NFKC))
        .replaceAll("");
    return s.endsWith("指标") ? s.substring(0, s.length() - 2) : s;
  }

  /** The official 一级 for a written one, if it is one. */
  public static Optional<String> level1(String written) {
    return Optional.ofNullable(LEVEL1_BY_KEY.get(key(written)));
  }

  /** The 一级 a written 二级 belongs under, if it is a known 二级 anywhere. */
  public static List<String> parentsOf(String level2) {
    return PARENTS_BY_KEY.getOrDefault(key(level2), List.of());
  }

  // Look-ups by key, built once from LEVELS (every indicator row asks).
  private static final Map<String, String> LEVEL1_BY_KEY = new java.util.HashMap<>();
  private static final Map<String, List<String>> PARENTS_BY_KEY = new java.util.HashMap<>();

  static {
    LEVELS.forEach((level1, level2s) -> {
      LEVEL1_BY_KEY.putIfAbsent(key(level1), level1);
      for (String level2 : level2s) {
        PARENTS_BY_KEY.computeIfAbsent(key(level2), k -> new java.util.ArrayList<>()).add(level1);
      }
    });
    PARENTS_BY_KEY.replaceAll((k, v) -> List.copyOf(v));
  }

  /** The 二级 whose name is a 一级 category: 产出/效益/满意度/成本 (for declarations' completeness). */
  public static boolean isUnder(String level1, String level2) {
    return level1(level1).map(l -> parentsOf(level2).contains(l)).orElse(false);
  }
}
