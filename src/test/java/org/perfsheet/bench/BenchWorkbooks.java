package org.perfsheet.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.perfsheet.layout.FieldKeys;
import org.perfsheet.layout.FieldKeys.SelfEvaluation;
import org.perfsheet.templates.TemplateFiller;

/**
 * Realistic self-evaluations for benchmarks: the shipped template filled with 10–45 indicators
 * drawn from the kinds real forms use, about a third of them with faults (missed targets scored in
 * full, missing explanations, a wrong rate).
 */
final class BenchWorkbooks {

  private static final String[][] KINDS = {
    {"产出指标", "数量指标", "完成数量", ">=%d个", "%d个"},
    {"产出指标", "质量指标", "验收合格率", ">=%d%%", "%d%%"},
    {"产出指标", "时效指标", "完成及时性", "及时", "及时"},
    {"效益指标", "社会效益指标", "社会公众知晓率", ">=%d%%", "%d%%"},
    {"效益指标", "可持续影响指标", "长效管理机制", "完善", "完善"},
    {"满意度指标", "服务对象满意度指标", "服务对象满意度", ">=%d%%", "%d%%"}
  };

  private BenchWorkbooks() {}

  static List<Path> make(Path dir, int count, long seed) throws IOException {
    Random r = new Random(seed);
    List<Path> files = new ArrayList<>();
    for (int n = 0; n < count; n++) {
      int indicators = 10 + r.nextInt(36);
      boolean faulty = n % 3 == 0;
      Map<String, Object> fields = new LinkedHashMap<>();
      fields.put(FieldKeys.PROJECT_NAME, "基准项目" + n);
      fields.put(FieldKeys.DEPARTMENT, "第" + (n % 17) + "主管部门");
      fields.put(FieldKeys.UNIT, "实施单位" + (n % 41));
      double annual = 100_000 + r.nextInt(9_000_000);
      double spent = annual * (0.8 + r.nextDouble() * 0.2);
      fields.put(SelfEvaluation.BUDGET_INITIAL, annual);
      fields.put(SelfEvaluation.BUDGET_ANNUAL, annual);
      fields.put(SelfEvaluation.BUDGET_SPENT, Math.round(spent * 100) / 100.0);
      fields.put(SelfEvaluation.BUDGET_WEIGHT, 10);
      fields.put(
          SelfEvaluation.BUDGET_RATE, faulty ? 0.99 : Math.round(spent / annual * 10000) / 10000.0);
      List<Map<String, Object>> rows = new ArrayList<>();
      double weight = Math.floor(90.0 / indicators * 100) / 100;
      for (int i = 0; i < indicators; i++) {
        String[] k = KINDS[i % KINDS.length];
        int target = 80 + r.nextInt(20);
        int actual = faulty && i % 5 == 0 ? target - 10 - r.nextInt(20) : target + r.nextInt(5);
        Map<String, Object> row = new LinkedHashMap<>();
        row.put(FieldKeys.Ind.LEVEL1, k[0]);
        row.put(FieldKeys.Ind.LEVEL2, k[1]);
        row.put(FieldKeys.Ind.NAME, k[2] + (i + 1));
        row.put(FieldKeys.Ind.TARGET, k[3].contains("%d") ? String.format(k[3], target) : k[3]);
        row.put(FieldKeys.Ind.ACTUAL, k[4].contains("%d") ? String.format(k[4], actual) : k[4]);
        row.put(
            FieldKeys.Ind.WEIGHT,
            i == indicators - 1
                ? Math.round((90 - weight * (indicators - 1)) * 100) / 100.0
                : weight);
        row.put(FieldKeys.Ind.SCORE, row.get(FieldKeys.Ind.WEIGHT));
        rows.add(row);
      }
      Path f = dir.resolve("bench-" + n + ".xlsx");
      TemplateFiller.fill(Path.of("templates/self-evaluation.xlsx"), f, fields, rows, 2024);
      files.add(f);
    }
    return files;
  }
}
