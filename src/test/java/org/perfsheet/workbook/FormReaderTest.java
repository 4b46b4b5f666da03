package org.perfsheet.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfsheet.layout.FieldKeys;
import org.perfsheet.layout.FieldKeys.Funds;
import org.perfsheet.layout.FieldKeys.Ind;
import org.perfsheet.layout.FieldKeys.SelfEvaluation;
import org.perfsheet.layout.FormData;
import org.perfsheet.layout.Layout;
import org.perfsheet.layout.SelfEvaluationMapping;
import org.perfsheet.model.FieldValue;
import org.perfsheet.model.Indicator;
import org.perfsheet.model.MoneyUnit;
import org.perfsheet.model.SelfEvaluationForm;
import org.perfsheet.templates.TemplateFiller;

/** The reader finds forms by their labels, in template-made and foreign workbooks alike. */
class FormReaderTest {

  static List<Layout> bundled;

  @BeforeAll
  static void learn() throws IOException {
    bundled = TemplateLearner.loadAll(Path.of("templates"));
  }

  static List<FormData> read(Path file, List<Layout> layouts) throws Exception {
    try (WorkbookOpener.Opened o = WorkbookOpener.open(file)) {
      return new FormFinder(layouts).find(o.workbook());
    }
  }

  static String show(FieldValue v) {
    return v == null ? "null" : v.toString();
  }

  @Test
  void centralExportIsReadOnItsFormSheetsOnly() throws Exception {
    List<FormData> forms =
        read(Path.of("src/test/resources/real-world/central-2019-partial.xls"), bundled);
    assertEquals(
        List.of("项目支出绩效目标申报表", "项目支出绩效目标执行监控", "项目支出绩效自评表"),
        forms.stream().map(FormData::sheet).toList(),
        "the declaration, monitoring and self-evaluation sheets; not the others");
    assertEquals(
        "declaration-hubei", forms.get(0).layout().id(), "the 中期/年度 declaration, as Wuhan's");
    assertEquals("D6=\"[105]教育部\"", show(forms.get(0).field(FieldKeys.DEPARTMENT)), "主管部门及代码");
    FormData d = forms.get(2);
    assertEquals("项目支出绩效自评表", d.sheet());
    assertEquals("self-evaluation-central", d.layout().id());
    assertEquals(2019, d.year());
    assertEquals(List.of(), List.copyOf(d.notFound()));
    SelfEvaluationForm f = SelfEvaluationMapping.map(d);
    assertEquals(MoneyUnit.TEN_THOUSAND_YUAN, f.budget().unit(), "项目资金（万元）");
    assertEquals("C4=\"2019年210青少年校园足球扶持资金\"", show(f.project().name()));
    assertEquals("C5=\"教育部\"", show(f.project().department()));
    assertEquals("G5=\"\"", show(f.project().unit()), "实施单位 blank, at the cell right of its label");
    assertEquals("F7=\"\"", show(f.budget().total().annual()));
    assertEquals("H7=\"\"", show(f.budget().weight()));
    assertEquals("K7=\"\"", show(f.budget().score()));
    assertEquals(3, f.indicators().size());
    assertEquals(
        "[B11=\"产出指标\", C11=\"成本指标\", D11=\"成本节约率\", F11=\"≥0\", G11=\"\", H11=\"0.0\","
            + " I11=\"0.0\", J11=\"\"]",
        row(f.indicators().get(0)));
    assertEquals(
        "[B13=\"满意度指标\", C13=\"校园用户满意度\", D13=\"媒体播出满意度\", F13=\"很满意\", G13=\"\", H13=\"0.0\","
            + " I13=\"0.0\", J13=\"\"]",
        row(f.indicators().get(2)));
    assertEquals(
        "I14=\"#REF!\"", show(f.totalScore()), "the broken 总分 formula is read as what Excel shows");
  }

  @Test
  void centralBlankHasTheFormAndNoIndicators() throws Exception {
    List<FormData> forms =
        read(Path.of("src/test/resources/real-world/central-2019-blank.xls"), bundled);
    assertEquals(3, forms.size(), "the declaration, the monitoring form and the self-evaluation");
    assertEquals("项目支出绩效自评表", forms.get(2).sheet());
    assertEquals(0, forms.get(2).rows().size());
  }

  static String row(Indicator i) {
    return List.of(
            i.level1(),
            i.level2(),
            i.name(),
            i.target(),
            i.actual(),
            i.weight(),
            i.score(),
            i.explanation())
        .toString();
  }

  @Test
  void templateMadeWorkbookIsReadBack(@TempDir Path tmp) throws Exception {
    Path file = tmp.resolve("filled.xlsx");
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put(FieldKeys.PROJECT_NAME, "司法行政其他业务支出");
    fields.put(FieldKeys.DEPARTMENT, "上海市司法局");
    fields.put(FieldKeys.UNIT, "上海市司法局");
    fields.put(SelfEvaluation.BUDGET_ANNUAL, 18407950.00);
    fields.put(SelfEvaluation.BUDGET_SPENT, 17354001.38);
    fields.put(SelfEvaluation.BUDGET_WEIGHT, 10);
    fields.put(Funds.key(Funds.FISCAL, Funds.ANNUAL), 18407950.00);
    List<Map<String, Object>> rows = new ArrayList<>();
    rows.add(
        Map.of(
            Ind.LEVEL1,
            "产出指标",
            Ind.LEVEL2,
            "数量指标",
            Ind.NAME,
            "派员访学交流培训完成率",
            Ind.TARGET,
            "=100%",
            Ind.ACTUAL,
            "=100%",
            Ind.WEIGHT,
            3,
            Ind.SCORE,
            3));
    rows.add(
        Map.of(
            Ind.NAME,
            "警衔证书发放人数",
            Ind.TARGET,
            "=2500",
            Ind.ACTUAL,
            "0",
            Ind.WEIGHT,
            3,
            Ind.SCORE,
            0,
            Ind.EXPLANATION,
            "受疫情影响，培训班未举办"));
    TemplateFiller.fill(Path.of("templates/self-evaluation.xlsx"), file, fields, rows);

    List<FormData> forms = read(file, bundled);
    assertEquals(1, forms.size());
    SelfEvaluationForm f = SelfEvaluationMapping.map(forms.get(0));
    assertEquals("self-evaluation", f.template());
    assertEquals("D6=18407950", show(f.budget().total().annual()));
    assertEquals("E6=17354001.38", show(f.budget().total().spent()));
    assertEquals("F6=10", show(f.budget().weight()));
    assertEquals("D7=18407950", show(f.budget().sources().get(0).annual()));
    assertEquals(3, f.budget().sources().size());
    assertEquals(2, f.indicators().size(), "43 blank template rows are not indicators");
    assertEquals(
        "[B13=\"产出指标\", C13=\"数量指标\", D14=\"警衔证书发放人数\", E14=\"=2500\", F14=\"0\", G14=3, H14=0,"
            + " I14=\"受疫情影响，培训班未举办\"]",
        row(f.indicators().get(1)),
        "一级/二级 carried down from the row above");
    assertEquals("H58=\"\"", show(f.totalScore()));
  }

  @Test
  void foreignLayoutIsFoundByLabelsWhereverItStarts(@TempDir Path tmp) throws Exception {
    Path file = tmp.resolve("foreign.xlsx");
    try (Workbook wb = new XSSFWorkbook()) {
      wb.createSheet("说明").createRow(0).createCell(0).setCellValue("填表说明：本工作簿不是表单");
      Sheet s = wb.createSheet("公共法律服务");
      int r0 = 4;
      int c0 = 2; // the form starts at C5
      put(s, r0, c0, "财政项目支出绩效自评表");
      put(s, r0 + 1, c0, "(2021 年度)");
      put(s, r0 + 2, c0, "项目名称");
      put(s, r0 + 2, c0 + 2, "12348公共法律服务平台政府\n购买法律咨询服务");
      merge(s, r0 + 2, r0 + 2, c0, c0 + 1);
      put(s, r0 + 3, c0, "主管部门");
      put(s, r0 + 3, c0 + 2, "上海市司法局");
      put(s, r0 + 3, c0 + 4, "实施单位");
      put(s, r0 + 3, c0 + 5, "上海市司法局");
      put(s, r0 + 4, c0, "项目资金\n（万元）");
      merge(s, r0 + 4, r0 + 6, c0, c0);
      String[] heads = {"年初预算数", "全年预算数", "全年执行数", "分 值", "执行率", "得分"};
      for (int i = 0; i < heads.length; i++) {
        put(s, r0 + 4, c0 + 2 + i, heads[i]);
      }
      put(s, r0 + 5, c0 + 1, "年度资金总额");
      put(s, r0 + 5, c0 + 2, "1,537.17");
      put(s, r0 + 5, c0 + 3, "1,537.172");
      put(s, r0 + 5, c0 + 4, "1,475.31");
      put(s, r0 + 5, c0 + 5, 10.0);
      put(s, r0 + 5, c0 + 6, "95.98%");
      put(s, r0 + 5, c0 + 7, 9.6);
      put(s, r0 + 6, c0 + 1, "其中：当年财政拨款");
      put(s, r0 + 6, c0 + 3, 1537.172);
      int h = r0 + 8;
      String[] cols = {"一级指标", "二级指标", "三级指标", "年度\n指标值", "实际\n完成值", "分值", "得分", "偏差原因分析及\n改进措施"};
      for (int i = 0; i < cols.length; i++) {
        put(s, h, c0 + 1 + i, cols[i]);
      }
      put(s, h + 1, c0 + 1, "产出指标");
      merge(s, h + 1, h + 3, c0 + 1, c0 + 1);
      put(s, h + 1, c0 + 2, "数量指标");
      merge(s, h + 1, h + 2, c0 + 2, c0 + 2);
      put(s, h + 1, c0 + 3, "非工作时间热线律师咨\n询接答量");
      put(s, h + 1, c0 + 4, ">=29万");
      put(s, h + 1, c0 + 5, ">29万");
      put(s, h + 1, c0 + 6, 4.0);
      put(s, h + 1, c0 + 7, "4");
      put(s, h + 2, c0 + 3, "话务质检率");
      put(s, h + 3, c0 + 2, "质量指标");
      put(s, h + 3, c0 + 3, "网络律师咨询实时咨询回复率");
      put(s, h + 4, c0, "总分");
      merge(s, h + 4, h + 4, c0, c0 + 5);
      put(s, h + 4, c0 + 6, 100.0);
      put(s, h + 4, c0 + 7, "99.60");
      try (var out = Files.newOutputStream(file)) {
        wb.write(out);
      }
    }
    List<FormData> forms = read(file, bundled);
    assertEquals(1, forms.size(), "the 说明 sheet is not a form");
    FormData d = forms.get(0);
    assertEquals("self-evaluation", d.layout().id());
    assertEquals("公共法律服务", d.sheet());
    assertEquals(2021, d.year());
    SelfEvaluationForm f = SelfEvaluationMapping.map(d);
    assertEquals(MoneyUnit.TEN_THOUSAND_YUAN, f.budget().unit());
    assertEquals("E7=\"12348公共法律服务平台政府\n购买法律咨询服务\"", show(f.project().name()));
    assertEquals("H8=\"上海市司法局\"", show(f.project().unit()));
    assertEquals("F10=\"1,537.172\"", show(f.budget().total().annual()));
    assertEquals("I10=\"95.98%\"", show(f.budget().rate()));
    assertEquals("J10=9.6", show(f.budget().score()));
    assertEquals("F11=1537.172", show(f.budget().sources().get(0).annual()));
    assertEquals(3, f.indicators().size());
    assertEquals(
        "[D14=\"产出指标\", E14=\"数量指标\", F15=\"话务质检率\", G15=\"\", H15=\"\", I15=\"\", J15=\"\","
            + " K15=\"\"]",
        row(f.indicators().get(1)),
        "merged 一级/二级 cells give every row its levels");
    assertEquals(
        "[D14=\"产出指标\", E16=\"质量指标\", F16=\"网络律师咨询实时咨询回复率\", G16=\"\", H16=\"\", I16=\"\","
            + " J16=\"\", K16=\"\"]",
        row(f.indicators().get(2)));
    assertEquals("I17=100", show(f.totalWeight()));
    assertEquals("J17=\"99.60\"", show(f.totalScore()));
  }

  @Test
  void aVariantTemplateIsReadWithoutCodeChanges(@TempDir Path tmp) throws Exception {
    Path variantDir = Path.of("src/test/resources/templates-variant");
    Path file = tmp.resolve("hubei.xlsx");
    TemplateFiller.fill(
        variantDir.resolve("self-evaluation-hubei.xlsx"),
        file,
        Map.of(
            FieldKeys.PROJECT_NAME,
            "社区矫正",
            FieldKeys.DEPARTMENT,
            "武汉市司法局",
            FieldKeys.UNIT,
            "硚口区司法局",
            SelfEvaluation.BUDGET_ANNUAL,
            120.5,
            SelfEvaluation.BUDGET_SPENT,
            118.2,
            SelfEvaluation.BUDGET_WEIGHT,
            20),
        List.of(
            Map.of(
                Ind.LEVEL1,
                "产出指标",
                Ind.LEVEL2,
                "数量指标",
                Ind.NAME,
                "讲座场次",
                Ind.TARGET,
                "520场",
                Ind.ACTUAL,
                "420场",
                Ind.WEIGHT,
                10,
                Ind.SCORE,
                8.08)));
    List<Layout> withVariant = new ArrayList<>(bundled);
    withVariant.addAll(TemplateLearner.loadAll(variantDir));

    SelfEvaluationForm f = SelfEvaluationMapping.map(read(file, withVariant).get(0));
    assertEquals("self-evaluation-hubei", f.template());
    assertEquals(MoneyUnit.TEN_THOUSAND_YUAN, f.budget().unit());
    assertEquals("C5=120.5", show(f.budget().total().annual()));
    assertEquals("D5=118.2", show(f.budget().total().spent()));
    assertEquals("F5=20", show(f.budget().weight()));
    assertNull(f.budget().total().initial(), "the Hubei layout has no 年初预算数");
    assertEquals(
        "[A8=\"产出指标\", B8=\"数量指标\", C8=\"讲座场次\", D8=\"520场\", E8=\"420场\", F8=10, G8=8.08,"
            + " H8=\"\"]",
        row(f.indicators().get(0)));

    List<FormData> bundledOnly = read(file, bundled);
    assertTrue(
        bundledOnly.isEmpty()
            || bundledOnly.get(0).notFound().contains(SelfEvaluation.BUDGET_ANNUAL),
        "without the variant template the budget block is not understood");
  }

  @Test
  void formulasSavedWithoutValuesAreComputed(@TempDir Path tmp) throws Exception {
    Path file = tmp.resolve("formula.xlsx");
    TemplateFiller.fill(
        Path.of("templates/self-evaluation.xlsx"),
        file,
        Map.of(
            FieldKeys.PROJECT_NAME,
            "x",
            SelfEvaluation.BUDGET_ANNUAL,
            100.0,
            SelfEvaluation.BUDGET_SPENT,
            80.0,
            SelfEvaluation.BUDGET_WEIGHT,
            10),
        List.of(Map.of(Ind.NAME, "a", Ind.WEIGHT, 90, Ind.SCORE, 85)));
    try (var in = Files.newInputStream(file);
        Workbook wb = new XSSFWorkbook(in)) {
      Sheet s = wb.getSheet("自评表");
      s.getRow(57)
          .getCell(7)
          .setCellFormula("SUM(H13:H57)+8"); // as a tool that does not calculate writes it
      try (var out = Files.newOutputStream(file)) {
        wb.write(out);
      }
    }
    SelfEvaluationForm f = SelfEvaluationMapping.map(read(file, bundled).get(0));
    assertEquals("H58=93", show(f.totalScore()));
  }

  @Test
  void aSheetNamedForTheFormNeedsNoTitleCell(@TempDir Path tmp) throws Exception {
    Path file = tmp.resolve("untitled.xlsx");
    try (Workbook wb = new XSSFWorkbook()) {
      Sheet s = wb.createSheet("项目支出绩效自评表");
      put(s, 0, 0, "项目名称");
      put(s, 0, 1, "社区矫正");
      put(s, 1, 0, "一级指标");
      put(s, 1, 1, "二级指标");
      put(s, 1, 2, "三级指标");
      put(s, 1, 3, "年度指标值");
      put(s, 1, 4, "实际完成值");
      put(s, 1, 5, "分值");
      put(s, 1, 6, "得分");
      put(s, 2, 0, "产出指标");
      put(s, 2, 1, "数量指标");
      put(s, 2, 2, "集中教育");
      put(s, 2, 3, "=6次");
      put(s, 2, 4, "6次");
      put(s, 3, 0, "项目资金");
      put(s, 3, 2, "年初预算数");
      put(s, 3, 3, "全年预算数");
      put(s, 3, 4, "全年执行数");
      put(s, 4, 0, "总分");
      try (var out = Files.newOutputStream(file)) {
        wb.write(out);
      }
    }
    List<FormData> forms = read(file, bundled);
    assertEquals(1, forms.size(), "found by the sheet's name");
    assertEquals("A1", forms.get(0).anchor().a1(), "form-level findings go to its first text");
    assertEquals("B1=\"社区矫正\"", show(forms.get(0).field(FieldKeys.PROJECT_NAME)));
  }

  private static void put(Sheet s, int r, int c, Object v) {
    Row row = s.getRow(r) == null ? s.createRow(r) : s.getRow(r);
    if (v instanceof Double d) {
      row.createCell(c).setCellValue(d);
    } else {
      row.createCell(c).setCellValue((String) v);
    }
  }

  private static void merge(Sheet s, int r1, int r2, int c1, int c2) {
    s.addMergedRegion(new CellRangeAddress(r1, r2, c1, c2));
  }
}
