package org.perfsheet.samples;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.perfsheet.layout.FieldKeys;
import org.perfsheet.layout.FieldKeys.Funds;
import org.perfsheet.layout.FieldKeys.Ind;
import org.perfsheet.layout.FieldKeys.SelfEvaluation;
import org.perfsheet.templates.TemplateFiller;

/**
 * Builds the sample self-evaluations in {@code test-workbooks/self-evaluation/} from seed {@code
 * 000_*} (see test-workbooks/README.md). Run from the project root: {@code java -cp
 * target/classes:target/test-classes:$(cat cp.txt) org.perfsheet.samples.BuildSamples}.
 */
public final class BuildSamples {

  static final Path DIR = Path.of("test-workbooks/self-evaluation");

  public static void main(String[] args) throws IOException {
    Files.createDirectories(DIR);
    shanghaiExport();
    faulty();
    typedInTenThousands();
    templateLayout();
    qiaokou();
    declarations();
  }

  /** Seeds 001 and 003: declarations, one project per sheet, in their two layouts. */
  static void declarations() throws IOException {
    Path dir = Path.of("test-workbooks/declaration");
    Files.createDirectories(dir);
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      for (SeedDeclarations.Project p : SeedDeclarations.SHANGHAI_2022) {
        new DeclarationLayout(
                wb,
                wb.createSheet(p.name().length() > 20 ? p.name().substring(0, 20) : p.name()),
                false)
            .write(p);
      }
      save(wb, dir.resolve("2022-上海市司法局-绩效目标申报表.xlsx"));
    }
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      for (SeedDeclarations.Project p : SeedDeclarations.PUTUO_2024) {
        new DeclarationLayout(wb, wb.createSheet(p.name()), true).write(p);
      }
      save(wb, dir.resolve("2024-普陀区司法局-绩效目标申报表.xlsx"));
    }
  }

  /** Seed 004: the Qiaokou 2020 department-wide self-evaluation in its own layout. */
  static void qiaokou() throws IOException {
    Path dir = Path.of("test-workbooks/department");
    Files.createDirectories(dir);
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Sheet s = wb.createSheet("整体绩效自评表");
      new QiaokouLayout(wb, s).write();
      s.setFitToPage(true);
      s.getPrintSetup().setFitWidth((short) 1);
      s.getPrintSetup().setFitHeight((short) 0);
      save(wb, dir.resolve("2020-硚口区司法局-整体绩效自评表.xlsx"));
    }
  }

  /**
   * Both seed forms as a finance system exports them; the second starts at B3; a cover sheet that
   * is no form.
   */
  static void shanghaiExport() throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      cover(wb);
      form(wb, Seed2021.LEGAL_SERVICE, 0, 0);
      form(wb, Seed2021.OTHER_BUSINESS, 2, 1);
      save(wb, DIR.resolve("2021-上海市司法局-项目自评表.xlsx"));
    }
  }

  /** The same forms with realistic mistakes, each listed in test-workbooks/README.md. */
  static void faulty() throws IOException {
    Seed2021.Form a = Seed2021.LEGAL_SERVICE;
    List<Seed2021.Row> rowsA = new ArrayList<>(a.rows());
    refill(rowsA, "话务质检率", ">=5%", "8%", "4", "4");
    refill(rowsA, "案例制作数量", ">=200个", "150个", "4", "4");
    replace(
        rowsA,
        "案例制作完成及时性",
        r -> Seed2021.row(r.level1(), "社会效益指标", r.name(), "及时", "及时", "3", "3"));
    refill(rowsA, "热线服务满意度", ">=90分", "=100份", "4", "4");
    refill(rowsA, "网络服务满意度", "*", "98.17%", "3", "3");
    Seed2021.Form faultyA =
        new Seed2021.Form(
            a.sheet(),
            a.project(),
            a.department(),
            a.unit(),
            a.total(),
            a.fiscal(),
            a.carryover(),
            a.other(),
            a.weight(),
            "96.50%",
            a.score(),
            a.goal(),
            a.achieved(),
            rowsA,
            a.totalWeight(),
            a.totalScore());

    Seed2021.Form b = Seed2021.OTHER_BUSINESS;
    List<Seed2021.Row> rowsB = new ArrayList<>(b.rows());
    refill(rowsB, "警衔证书发放人数", "=7000", "3655", "5", "5");
    replace(
        rowsB,
        "证书制作数量",
        r -> Seed2021.row(r.level1(), r.level2(), r.name(), r.target(), r.actual(), "3", "0"));
    replace(
        rowsB,
        "司法行政影响力",
        r -> Seed2021.row(r.level1(), r.level2(), r.name(), r.target(), r.actual(), "4", "5"));
    refill(rowsB, "培训人员满意度", ">=80%", "部分达成", "5", "5");
    Seed2021.Form faultyB =
        new Seed2021.Form(
            b.sheet(),
            b.project(),
            b.department(),
            b.unit(),
            b.total(),
            new String[] {"18631290", "18407950", "17300000"},
            b.carryover(),
            b.other(),
            b.weight(),
            b.rate(),
            "",
            b.goal(),
            b.achieved(),
            rowsB,
            b.totalWeight(),
            "");
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      form(wb, faultyA, 0, 0);
      form(wb, faultyB, 0, 0);
      save(wb, DIR.resolve("2021-问题样例-项目自评表.xlsx"));
    }
  }

  /** The second form typed by hand into an old .xls, in 万元, full-width comparators, no merges. */
  static void typedInTenThousands() throws IOException {
    Seed2021.Form b = Seed2021.OTHER_BUSINESS;
    List<Seed2021.Row> rows = new ArrayList<>();
    for (Seed2021.Row r : b.rows()) {
      rows.add(
          Seed2021.row(
              r.level1(),
              r.level2(),
              r.name(),
              fullWidth(r.target()),
              fullWidth(r.actual()),
              r.weight(),
              r.score(),
              r.explanation()));
    }
    Seed2021.Form typed =
        new Seed2021.Form(
            b.sheet(),
            b.project(),
            b.department(),
            b.unit(),
            b.total(),
            b.fiscal(),
            b.carryover(),
            b.other(),
            b.weight(),
            b.rate(),
            b.score(),
            b.goal(),
            b.achieved(),
            rows,
            b.totalWeight(),
            b.totalScore());
    try (HSSFWorkbook wb = new HSSFWorkbook()) {
      Sheet s = wb.createSheet("自评表");
      new ShanghaiLayout(
              wb, s, 0, 0, ShanghaiLayout.Style.TYPED, "项目资金\n（万元）", BuildSamples::toTenThousands)
          .write(typed);
      save(wb, DIR.resolve("2021-司法行政其他业务支出-万元.xls"));
    }
  }

  /** The first form filled into the shipped template through its ps_ names. */
  static void templateLayout() throws IOException {
    Seed2021.Form f = Seed2021.LEGAL_SERVICE;
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put(FieldKeys.YEAR, null);
    fields.put(FieldKeys.PROJECT_NAME, f.project());
    fields.put(FieldKeys.DEPARTMENT, f.department());
    fields.put(FieldKeys.UNIT, f.unit());
    fields.put(SelfEvaluation.BUDGET_INITIAL, 15371720.00);
    fields.put(SelfEvaluation.BUDGET_ANNUAL, 15371720.00);
    fields.put(SelfEvaluation.BUDGET_SPENT, 14753068.9);
    fields.put(SelfEvaluation.BUDGET_WEIGHT, 10);
    fields.put(SelfEvaluation.BUDGET_RATE, 0.9598);
    fields.put(SelfEvaluation.BUDGET_SCORE, 9.6);
    fields.put(Funds.key(Funds.FISCAL, Funds.INITIAL), 15371720.00);
    fields.put(Funds.key(Funds.FISCAL, Funds.ANNUAL), 15371720.00);
    fields.put(Funds.key(Funds.FISCAL, Funds.SPENT), 14753068.9);
    fields.put(Funds.key(Funds.CARRYOVER, Funds.INITIAL), 0);
    fields.put(Funds.key(Funds.CARRYOVER, Funds.ANNUAL), 0);
    fields.put(Funds.key(Funds.OTHER, Funds.INITIAL), 0);
    fields.put(Funds.key(Funds.OTHER, Funds.ANNUAL), 0);
    fields.put(SelfEvaluation.GOAL_EXPECTED, f.goal());
    fields.put(SelfEvaluation.GOAL_ACTUAL, f.achieved());
    fields.put(SelfEvaluation.TOTAL_WEIGHT, 100);
    fields.put(SelfEvaluation.TOTAL_SCORE, 99.6);
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Seed2021.Row r : f.rows()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put(Ind.LEVEL1, r.level1());
      m.put(Ind.LEVEL2, r.level2());
      m.put(Ind.NAME, r.name());
      m.put(Ind.TARGET, r.target());
      m.put(Ind.ACTUAL, r.actual());
      m.put(Ind.WEIGHT, Double.parseDouble(r.weight()));
      m.put(Ind.SCORE, Double.parseDouble(r.score()));
      m.put(Ind.EXPLANATION, r.explanation().isEmpty() ? null : r.explanation());
      rows.add(m);
    }
    fields.remove(FieldKeys.YEAR);
    TemplateFiller.fill(
        Path.of("templates/self-evaluation.xlsx"),
        DIR.resolve("2021-12348公共法律服务-模板版式.xlsx"),
        fields,
        rows,
        2021);
  }

  private static void cover(Workbook wb) {
    Sheet s = wb.createSheet("填表说明");
    String[] lines = {
      "填表说明",
      "1. 本工作簿包含本单位 2021 年度财政项目支出绩效自评表，每个项目一张工作表。",
      "2. 金额单位为元。执行率 = 全年执行数 ÷ 全年预算数。",
      "3. 未完成年度指标值的，须填写偏差原因分析及改进措施。"
    };
    for (int i = 0; i < lines.length; i++) {
      s.createRow(i).createCell(0).setCellValue(lines[i]);
    }
    s.setColumnWidth(0, 80 * 256);
  }

  private static void form(Workbook wb, Seed2021.Form f, int r0, int c0) {
    Sheet s = wb.createSheet(f.sheet());
    new ShanghaiLayout(
            wb, s, r0, c0, ShanghaiLayout.Style.EXPORT, "项目资金\n（元）", UnaryOperator.identity())
        .write(f);
    s.setFitToPage(true);
    s.getPrintSetup().setFitWidth((short) 1);
    s.getPrintSetup().setFitHeight((short) 0);
  }

  /** The indicator {@code name} with another target, actual, weight and score. */
  private static void refill(
      List<Seed2021.Row> rows,
      String name,
      String target,
      String actual,
      String weight,
      String score) {
    replace(
        rows,
        name,
        r -> Seed2021.row(r.level1(), r.level2(), r.name(), target, actual, weight, score));
  }

  private static void replace(
      List<Seed2021.Row> rows, String name, UnaryOperator<Seed2021.Row> change) {
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).name().equals(name)) {
        rows.set(i, change.apply(rows.get(i)));
        return;
      }
    }
    throw new IllegalArgumentException("no indicator " + name);
  }

  static String toTenThousands(String yuan) {
    if (yuan.isBlank()) {
      return yuan;
    }
    return new BigDecimal(yuan.replace(",", ""))
        .movePointLeft(4)
        .stripTrailingZeros()
        .toPlainString();
  }

  static String fullWidth(String s) {
    return s.replace(">=", "＞＝").replace("<=", "＜＝").replace("=", "＝").replace("%", "％");
  }

  static void save(Workbook wb, Path file) throws IOException {
    if (wb instanceof XSSFWorkbook x) {
      x.getProperties().getCoreProperties().setCreated(Optional.of(new Date(1_700_000_000_000L)));
    }
    try (OutputStream out = Files.newOutputStream(file)) {
      wb.write(out);
    }
  }

  private BuildSamples() {}
}
