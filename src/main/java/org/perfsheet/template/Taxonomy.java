package org.perfsheet.template;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The indicator levels offered in drop-downs (domain.md §2): 一级 and the 二级 allowed under each. */
final class Taxonomy {

  static final Map<String, List<String>> LEVELS = new LinkedHashMap<>();

  static {
    LEVELS.put("产出指标", List.of("数量指标", "质量指标", "时效指标", "成本指标"));
    LEVELS.put("效益指标", List.of("经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标"));
    LEVELS.put("满意度指标", List.of("服务对象满意度指标"));
    LEVELS.put("成本指标", List.of("经济成本指标", "社会成本指标", "生态环境成本指标"));
  }

  private Taxonomy() {}
}
