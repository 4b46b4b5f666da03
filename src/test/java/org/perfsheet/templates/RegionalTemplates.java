package org.perfsheet.templates;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Regenerates the regional templates from published forms, the way a finance bureau's IT staff
 * would make one by hand (README, "A new regional layout"): take a filled copy of the form,
 * clear what the unit filled in, name each field {@code ps_…} and add the 字段说明 legend. The
 * forms are the ones under {@code test-workbooks/foreign/} (sources in its README).
 *
 * <p>{@code java -cp target/classes:target/test-classes:$(cat cp.txt)
 * org.perfsheet.templates.RegionalTemplates templates}
 */
public final class RegionalTemplates {

  private static final Path FORMS = Path.of("test-workbooks/foreign");

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "templates");
    national(dir.resolve("self-evaluation-national.xlsx"));
    sichuan(dir.resolve("self-evaluation-sichuan.xlsx"));
    evaluationFramework(dir.resolve("self-evaluation-framework.xlsx"));
    hubeiDeclaration(dir.resolve("declaration-hubei.xlsx"));
  }

  /**
   * A Wuhan district 项目支出绩效目标表 (a declaration): 中期 and 年度 targets side by side, so the
   * indicator table has 二级/三级/指标值 twice (长期, 年度); the 年度 ones are read. 项目起止时间 is one
   * cell (202001-202012), so no start and end dates are named.
   */
  static void hubeiDeclaration(Path out) throws IOException {
    Form f = Form.open("2020-湖北武汉青山区教育局-绩效目标表.xlsx", "项目支出绩效目标表");
    f.text("A2", "（    年度）");
    f.clear("B3", "B4", "E4", "B5", "E5", "C6:C8", "F6:G8", "B10", "E10", "A13:G19");
    f.mark("title", "A1").mark("project_name", "B3").mark("department", "B4").mark("unit", "E4").mark("nature", "B5")
        .mark("funds_total", "C6").mark("funds_fiscal", "C7").mark("funds_other", "C8")
        .mark("annual_total", "F6").mark("appropriation", "F7").mark("annual_other", "F8")
        .mark("goal_total", "B10").mark("goal_annual", "E10")
        .mark("ind_level1", "A13:A19").mark("ind_level2", "E13:E19").mark("ind_name", "F13:F19").mark("ind_target", "G13:G19");
    f.legend("project-declaration", "绩效目标表", "湖北省武汉市区级项目支出绩效目标表（中期、年度目标并列；读取年度指标）",
        List.<String[]>of(new String[] {"主管部门及编码", "主管部门、主管部门及代码、主管单位"}, new String[] {"项目性质", "项目属性"}), List.<String[]>of());
    f.save(out);
  }

  /** 财预〔2020〕10号 annex: the national project self-evaluation (Anhui township copy): 11 columns, 万元. */
  static void national(Path out) throws IOException {
    Form f = Form.open("2022-安徽棠溪镇-委托业务项目-自评表.xlsx", "项目支出绩效自评表");
    f.text("A3", "（    年度）");
    f.clear("C4", "C5", "I5", "E7:J7", "E8:G10", "C12", "H12", "D14:J24", "H25:I25");
    f.mark("title", "A2").mark("project_name", "C4").mark("department", "C5").mark("unit", "I5")
        .mark("money_unit", "A6")
        .mark("budget_initial", "E7").mark("budget_annual", "F7").mark("budget_spent", "G7")
        .mark("budget_weight", "H7").mark("budget_rate", "I7").mark("budget_score", "J7")
        .sources(8, "fiscal", 'E').sources(9, "carryover", 'E').sources(10, "other", 'E')
        .mark("goal_expected", "C12").mark("goal_actual", "H12");
    f.table(14, 24, "B", "C", "D", "F", "G", "H", "I", "J");
    f.mark("total_weight", "H25").mark("total_score", "I25");
    f.legend("财政部 财预〔2020〕10号 附件的项目支出绩效自评表（安徽省乡镇填报版，11 栏，万元）", List.of(), List.of());
    f.save(out);
  }

  /**
   * A Sichuan provincial-system form (部门预算项目支出绩效自评表, 报表编号 510000_0013zp): values under
   * their headers, the target over 指标性质 | 指标值 | 度量单位, a 合计 row, then 评价结论 and the signatures.
   */
  static void sichuan(Path out) throws IOException {
    Form f = Form.open("2023-四川青神县-农村公路养护-项目自评表.xlsx", "项目支出绩效自评表");
    f.text("A2", "部门预算项目支出绩效自评表（    年度）");
    f.clear("C3", "C4", "H4", "B7", "G7", "B9", "C11:H11", "C12:F15", "D17:K24", "I25:J25", "C26:C28", "C29", "H29");
    f.mark("title", "A2").mark("project_name", "C3").mark("department", "C4").mark("unit", "H4")
        .mark("goal_expected", "B7").mark("goal_actual", "G7").mark("money_unit", "B10")
        .mark("budget_initial", "C11").mark("budget_annual", "D11").mark("budget_spent", "E11")
        .mark("budget_rate", "F11").mark("budget_weight", "G11").mark("budget_score", "H11")
        .sources(12, "fiscal", 'C').sources(13, "special", 'C').sources(14, "unit_funds", 'C')
        .sources(15, "other", 'C');
    f.table(17, 24, "B", "C", "D", "F", "H", "I", "J", "K");
    f.mark("total_weight", "I25").mark("total_score", "J25");
    f.legend("四川省预算绩效管理系统导出的项目支出绩效自评表（指标值分三栏：指标性质、指标值、度量单位）",
        List.<String[]>of(new String[] {"财政专户管理资金", "专户资金"}), List.<String[]>of());
    f.save(out);
  }

  /**
   * The 决策 / 过程 (管理) / 产出 / 效益 evaluation framework (Ningxia, Yinchuan 2021): budget
   * execution is an indicator row (预算执行率), 产出/效益 rows are printed as placeholders 指标1：, the
   * total is 自评得分 at the top of the form.
   */
  static void evaluationFramework(Path out) throws IOException {
    Form f = Form.open("2021-宁夏银川第六中学-初中公用经费-自评表.xlsx", "项目支出绩效自评表");
    f.text("A2", "（    年）");
    f.clear("C3", "C4", "C5", "H4", "E7:H7", "C9", "F9", "F11:I36");
    f.mark("title", "A1").mark("project_name", "C3").mark("department", "C4").mark("unit", "C5")
        .mark("total_score", "H4").mark("money_unit", "A6")
        .mark("budget_initial", "E7").mark("budget_annual", "F7").mark("budget_spent", "G7").mark("budget_rate", "H7")
        .mark("goal_expected", "C9").mark("goal_actual", "F9");
    f.table(11, 36, "A", "B", "C", "F", "G", "E", "H", "I");
    f.legend("项目支出绩效评价指标框架（决策、管理、产出、效益；宁夏银川市本级版）：预算执行率是指标表中的一行",
        List.<String[]>of(new String[] {"自评得分", "自评总分"}),
        List.<String[]>of(new String[] {"项目决策", "项目目标、决策过程、资金分配、项目立项、绩效目标、资金投入"},
            new String[] {"项目管理", "投入管理、财务管理、项目实施、业务管理、资金管理、组织实施"}));
    f.save(out);
  }

  /** A published form being turned into a template. */
  private static final class Form {
    final Workbook wb;
    final Sheet sheet;
    final List<BuildTemplates.Field> fields = new ArrayList<>();

    private Form(Workbook wb, Sheet sheet) {
      this.wb = wb;
      this.sheet = sheet;
    }

    static Form open(String file, String sheetName) throws IOException {
      try (InputStream in = Files.newInputStream(FORMS.resolve(file))) {
        XSSFWorkbook wb = new XSSFWorkbook(in);
        wb.setSheetName(0, sheetName);
        while (wb.getNumberOfSheets() > 1) {
          wb.removeSheetAt(1);
        }
        for (Name n : new ArrayList<>(wb.getAllNames())) {
          wb.removeName(n);
        }
        return new Form(wb, wb.getSheetAt(0));
      }
    }

    void text(String at, String text) {
      cell(new CellReference(at).getRow(), new CellReference(at).getCol()).setCellValue(text);
    }

    /** Empties what the unit filled in (values and formulas); printed dashes stay. */
    void clear(String... ranges) {
      for (String range : ranges) {
        CellRangeAddress r = CellRangeAddress.valueOf(range);
        for (int row = r.getFirstRow(); row <= r.getLastRow(); row++) {
          for (int col = r.getFirstColumn(); col <= r.getLastColumn(); col++) {
            Cell c = cell(row, col);
            if (!"—".equals(text(c)) && !"/".equals(text(c))) {
              c.setBlank();
            }
          }
        }
      }
    }

    private static String text(Cell c) {
      return c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING ? c.getStringCellValue().strip() : "";
    }

    Form mark(String key, String range) {
      CellRangeAddress r = CellRangeAddress.valueOf(range);
      String ref = "'" + sheet.getSheetName() + "'!" + new CellReference(r.getFirstRow(), r.getFirstColumn(), true, true)
          .formatAsString();
      if (r.getLastRow() > r.getFirstRow() || r.getLastColumn() > r.getFirstColumn()) {
        ref += ":" + new CellReference(r.getLastRow(), r.getLastColumn(), true, true).formatAsString();
      }
      Name n = wb.createName();
      n.setNameName("ps_" + key);
      n.setRefersToFormula(ref);
      return this;
    }

    /** A funds source line: its 年初预算数, 全年预算数 and 全年执行数 in three columns from {@code firstCol}. */
    Form sources(int row, String key, char firstCol) {
      return mark(key + "_initial", "" + firstCol + row).mark(key + "_annual", "" + (char) (firstCol + 1) + row)
          .mark(key + "_spent", "" + (char) (firstCol + 2) + row);
    }

    /** The indicator table's columns: 一级, 二级, 三级, target, actual, weight, score, explanation. */
    void table(int first, int last, String... cols) {
      String[] keys = {"level1", "level2", "name", "target", "actual", "weight", "score", "explanation"};
      for (int i = 0; i < keys.length; i++) {
        mark("ind_" + keys[i], cols[i] + first + ":" + cols[i] + last);
      }
    }

    /** The legend: the shipped self-evaluation fields and aliases, plus the region's own. */
    void legend(String description, List<String[]> moreAliases, List<String[]> levels) {
      List<String[]> aliases = new ArrayList<>(BuildTemplates.SELF_EVALUATION_ALIASES);
      aliases.addAll(moreAliases);
      legend("project-self-evaluation", "项目支出绩效自评表", description, aliases, levels);
    }

    /** The legend with exactly these aliases (the form's own labels need no others). */
    void legend(String kind, String title, String description, List<String[]> aliases, List<String[]> levels) {
      List<BuildTemplates.Field> fields = new ArrayList<>();
      for (Name n : wb.getAllNames()) {
        String key = n.getNameName().substring(3);
        fields.add(BuildTemplates.field(key, meaning(key), required(key), key.equals("ind_level1") || key.equals("ind_level2")));
      }
      BuildTemplates.legend(wb, kind, title, fields, aliases);
      Sheet legend = wb.getSheet("字段说明");
      int r = legend.getLastRowNum() + 2;
      legend.createRow(r++).createCell(0).setCellValue("版式：" + description);
      if (!levels.isEmpty()) {
        Row head = legend.createRow(r++);
        head.createCell(0).setCellValue("指标层级");
        head.createCell(1).setCellValue("二级指标（顿号分隔；一级、二级之外本版式另有的层级）");
        for (String[] l : levels) {
          Row row = legend.createRow(r++);
          row.createCell(0).setCellValue(l[0]);
          row.createCell(1).setCellValue(l[1]);
        }
      }
    }

    private static boolean required(String key) {
      return List.of("project_name", "department", "unit", "budget_annual", "budget_spent", "budget_weight", "ind_level1",
          "ind_level2", "ind_name", "ind_target", "ind_actual", "ind_weight", "ind_score").contains(key);
    }

    private static String meaning(String key) {
      return switch (key) {
        case "title" -> "表头标题";
        case "project_name" -> "项目名称";
        case "department" -> "主管部门";
        case "unit" -> "实施单位";
        case "money_unit" -> "金额单位（万元）";
        case "budget_initial" -> "年初预算数";
        case "budget_annual" -> "全年预算数（调整后预算数）";
        case "budget_spent" -> "全年执行数";
        case "budget_weight" -> "预算执行分值";
        case "budget_rate" -> "执行率";
        case "budget_score" -> "预算执行得分";
        case "goal_expected" -> "预期目标";
        case "nature" -> "项目性质";
        case "funds_total" -> "项目资金总额";
        case "funds_fiscal" -> "其中：财政拨款";
        case "funds_other" -> "其他资金";
        case "annual_total" -> "当年资金总额";
        case "appropriation" -> "其中：当年财政拨款";
        case "annual_other" -> "当年其他资金";
        case "goal_total" -> "中期目标";
        case "goal_annual" -> "年度目标";
        case "goal_actual" -> "实际完成情况";
        case "ind_level1" -> "一级指标";
        case "ind_level2" -> "二级指标";
        case "ind_name" -> "三级指标";
        case "ind_target" -> "年度指标值";
        case "ind_actual" -> "实际完成值";
        case "ind_weight" -> "分值";
        case "ind_score" -> "得分";
        case "ind_explanation" -> "偏差原因分析及改进措施";
        case "total_weight" -> "总分·分值";
        case "total_score" -> "总分·得分";
        default -> key.endsWith("_initial") ? "资金来源·年初预算数" : key.endsWith("_annual") ? "资金来源·全年预算数"
            : "资金来源·全年执行数";
      };
    }

    private Cell cell(int row, int col) {
      Row r = sheet.getRow(row);
      if (r == null) {
        r = sheet.createRow(row);
      }
      Cell c = r.getCell(col);
      return c == null ? r.createCell(col) : c;
    }

    void save(Path out) throws IOException {
      try (wb; OutputStream o = Files.newOutputStream(out)) {
        wb.write(o);
      }
    }
  }
}
