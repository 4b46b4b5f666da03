package org.perfsheet.samples;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.perfsheet.layout.FieldKeys;
import org.perfsheet.layout.FieldKeys.Funds;
import org.perfsheet.layout.FieldKeys.Ind;
import org.perfsheet.layout.FieldKeys.Monitoring;
import org.perfsheet.templates.TemplateFiller;

/**
 * The monitoring samples in {@code test-workbooks/monitoring/}: two Putuo 2024 projects of seed
 * {@code 003_*} (their declared indicators and targets, {@link SeedDeclarations#PUTUO_2024}) filled
 * into {@code templates/monitoring.xlsx} with mid-year figures made up for the test. One carries
 * the faults of docs/domain.md §7–8, one is clean and reports up to June (headers 1-6月). Run after
 * BuildSamples: {@code java -cp … org.perfsheet.samples.BuildMonitoringSamples}.
 */
public final class BuildMonitoringSamples {

  static final Path DIR = Path.of("test-workbooks/monitoring");
  static final Path TEMPLATE = Path.of("templates/monitoring.xlsx");

  public static void main(String[] args) throws IOException {
    faulty();
    june();
  }

  /** 安置帮教和社区矫正, 1-7月, every fault of docs/domain.md §7 (see test-workbooks/README.md). */
  static void faulty() throws IOException {
    SeedDeclarations.Project p = project("安置帮教和社区矫正");
    Map<String, Object> f = header(p);
    funds(f, Monitoring.TOTAL, 853.79, 341.52, "45.00%", 900.00);
    funds(f, Funds.FISCAL, 853.79, 331.52, null, 900.00);
    funds(f, Funds.CARRYOVER, 0, 0, null, 0);
    funds(f, Funds.OTHER, 0, 0, null, 0);
    List<Map<String, Object>> rows = new ArrayList<>();
    // name → actual, forecast, tick column, reason, possibility tick columns
    add(rows, p, "社区矫正法宣传", "1次", "1次", null, null, Ind.CERTAIN, "✔");
    add(rows, p, "组织专职干部、社工培训", "1次", "2次", null, null, Ind.CERTAIN, "✓");
    add(rows, p, "社区矫正对象脱漏管", "0次", "0次", null, null, Ind.CERTAIN, "√");
    add(rows, p, "集中教育", "1次", "4次", null, null, Ind.CERTAIN, "✔");
    add(rows, p, "组织应急处置演练", "0次", "1次", Ind.CAUSE_OTHER, "演练计划安排在第四季度，届时组织实施。", Ind.POSSIBLE, "Y");
    add(rows, p, "对司法所开展执法检查", "2次", "1次", null, null, Ind.CERTAIN, "1");
    add(rows, p, "安置帮教规定宣传", "一般", "1次", null, null, null, null);
    add(rows, p, "衔接率", "100%", "100%", null, null, Ind.CERTAIN, "x", Ind.POSSIBLE, "X");
    add(rows, p, "社区矫正对象再犯罪率", "低于全市平均水平", "低于全市平均水平", null, null, Ind.CERTAIN, "✔");
    add(
        rows,
        p,
        "社区矫正工作",
        "部分完成",
        "全市排名前列",
        Ind.CAUSE_STAFF,
        "社工人员流动，新进社工尚在培训。",
        Ind.POSSIBLE,
        "是");
    add(
        rows,
        p,
        "刑释解矫人员重新违法犯罪率",
        "1.5%",
        "<1%",
        Ind.CAUSE_RULES,
        "重点人员帮教衔接不及时，已与监所建立衔接台账。",
        Ind.POSSIBLE,
        "✔");
    add(rows, p, "安置帮教工作", "未完成", "未完成", Ind.CAUSE_FUNDING, null, Ind.IMPOSSIBLE, "✔");
    add(rows, p, "新航社工站考核", "达成", "达成", null, "按计划推进", Ind.CERTAIN, "✔");
    add(rows, p, "长效管理制度建设", "完善", "完善", null, "按计划推进。", Ind.CERTAIN, "✔");
    add(rows, p, "服务对象满意度", "提升", "提升", null, "按计划推进", Ind.CERTAIN, "✔");
    rows.get(3)
        .put(
            Ind.TARGET,
            "=4.00(次)"); // 集中教育 declared =6.00(次): lowered (TARGET_CHANGED with --declarations)
    rows.get(1).put(Ind.LEVEL2, "社会效益指标"); // under 产出指标 (LEVEL_INVALID)
    Path out = DIR.resolve("2024-安置帮教和社区矫正-执行监控表-问题样例.xlsx");
    TemplateFiller.fill(TEMPLATE, out, f, rows, 2024);
  }

  /** 法律援助费, 1-6月: a clean form whose headers say 1-6月 (the month is read from them). */
  static void june() throws IOException {
    SeedDeclarations.Project p = project("法律援助费");
    Map<String, Object> f = header(p);
    funds(f, Monitoring.TOTAL, 570.00, 300.00, 300.00 / 570.00, 560.00);
    funds(f, Funds.FISCAL, 570.00, 300.00, 300.00 / 570.00, 560.00);
    funds(f, Funds.CARRYOVER, 0, 0, null, 0);
    funds(f, Funds.OTHER, 0, 0, null, 0);
    List<Map<String, Object>> rows = new ArrayList<>();
    add(rows, p, "“12348”法律咨询专线电话接答率", "98%", "100%", null, null, Ind.CERTAIN, "√");
    add(rows, p, "法律援助案件办理率", "100%", "100%", null, null, Ind.CERTAIN, "√");
    add(rows, p, "案件办理质量", "提高", "提高", null, null, Ind.CERTAIN, "√");
    add(rows, p, "法律援助公信力", "增强", "增强", null, null, Ind.CERTAIN, "√");
    add(rows, p, "工作人员满意度", "99%", "99%", null, null, Ind.CERTAIN, "√");
    add(rows, p, "公众的满意度", "98.5%", "98%", null, null, Ind.CERTAIN, "√");
    Path out = DIR.resolve("2024-法律援助费-执行监控表-1-6月.xlsx");
    TemplateFiller.fill(TEMPLATE, out, f, rows, 2024);
    relabel(out, "1-7月", "1-6月");
  }

  private static SeedDeclarations.Project project(String name) {
    return SeedDeclarations.PUTUO_2024.stream()
        .filter(x -> x.name().equals(name))
        .findFirst()
        .orElseThrow();
  }

  private static Map<String, Object> header(SeedDeclarations.Project p) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put(FieldKeys.PROJECT_NAME, p.name());
    f.put(FieldKeys.DEPARTMENT, p.department());
    f.put(FieldKeys.UNIT, p.unit());
    f.put(Monitoring.GOAL, p.goalAnnual());
    return f;
  }

  private static void funds(
      Map<String, Object> f,
      String line,
      double initial,
      double spent,
      Object rate,
      double forecast) {
    f.put(Funds.key(line, Funds.INITIAL), initial);
    f.put(Funds.key(line, Funds.SPENT), spent);
    if (rate != null) {
      f.put(Funds.key(line, Funds.RATE), rate);
    }
    f.put(Funds.key(line, Funds.FORECAST), forecast);
  }

  /** One indicator as declared, with its mid-year figures; ticks as pairs of column and mark. */
  private static void add(
      List<Map<String, Object>> rows,
      SeedDeclarations.Project p,
      String name,
      String actual,
      String forecast,
      String cause,
      String reason,
      String... ticks) {
    SeedDeclarations.Row d =
        p.rows().stream().filter(x -> x.name().equals(name)).findFirst().orElseThrow();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put(Ind.LEVEL1, d.level1());
    m.put(Ind.LEVEL2, d.level2());
    m.put(Ind.NAME, d.name());
    m.put(Ind.TARGET, d.target());
    m.put(Ind.ACTUAL, actual);
    m.put(Ind.FORECAST, forecast);
    if (cause != null) {
      m.put(cause, "✔");
    }
    m.put(Ind.REASON, reason);
    for (int i = 0; i + 1 < ticks.length; i += 2) {
      if (ticks[i] != null) {
        m.put(ticks[i], ticks[i + 1]);
      }
    }
    rows.add(m);
  }

  /** Rewrites header text, as a unit reporting for another month would. */
  private static void relabel(Path file, String from, String to) throws IOException {
    Workbook wb;
    try (InputStream in = Files.newInputStream(file)) {
      wb = WorkbookFactory.create(in);
    }
    try (wb) {
      Sheet s = wb.getSheetAt(0);
      for (Row r : s) {
        for (Cell c : r) {
          if (c.getCellType() == CellType.STRING && c.getStringCellValue().startsWith(from)) {
            c.setCellValue(to + c.getStringCellValue().substring(from.length()));
          }
        }
      }
      BuildSamples.save(wb, file);
    }
  }

  private BuildMonitoringSamples() {}
}
