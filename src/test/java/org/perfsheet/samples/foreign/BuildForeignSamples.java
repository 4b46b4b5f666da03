package org.perfsheet.samples.foreign;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Builds {@code test-workbooks/foreign/}: forms rebuilt cell by cell from forms that governments
 * published, in layouts perfsheet does not ship (sources, and what was filled in, in
 * test-workbooks/README.md; each file's reviewer findings in {@code <name>.expected.md}). Run from
 * the project root after {@code mvn -q -DskipTests test-compile}: {@code java -cp
 * target/classes:target/test-classes:$(cat cp.txt)
 * org.perfsheet.samples.foreign.BuildForeignSamples}.
 */
public final class BuildForeignSamples {

  static final Path DIR = Path.of("test-workbooks/foreign");

  public static void main(String[] args) throws IOException {
    build(DIR);
  }

  /** Writes every workbook and its printed-box list into {@code dir}. */
  static void build(Path dir) throws IOException {
    Files.createDirectories(dir);
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Grid g = SichuanCounty.write(wb);
      save(wb, dir.resolve("2023-四川青神县-农村公路养护-项目自评表.xlsx"), g);
    }
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Grid g = AnhuiTownship.write(wb, commission(), AnhuiTownship.Amounts.FORMULAS_UNCALCULATED);
      save(wb, dir.resolve("2022-安徽棠溪镇-委托业务项目-自评表.xlsx"), g);
    }
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Grid g = AnhuiTownship.write(wb, villages(), AnhuiTownship.Amounts.TYPED);
      save(wb, dir.resolve("2022-安徽棠溪镇-村级补助及运转经费-自评表.xlsx"), g);
    }
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Grid g = NingxiaSchool.write(wb);
      save(wb, dir.resolve("2021-宁夏银川第六中学-初中公用经费-自评表.xlsx"), g);
    }
    try (HSSFWorkbook wb = new HSSFWorkbook()) {
      Grid g = NingxiaSchool.write(wb);
      save(wb, dir.resolve("2021-宁夏银川第六中学-初中公用经费-自评表.xls"), g);
    }
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Grid g = HubeiDeclaration.write(wb);
      save(wb, dir.resolve("2020-湖北武汉青山区教育局-绩效目标表.xlsx"), g);
    }
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Grid g = ZhongjiangTransition.write(wb);
      save(wb, dir.resolve("2022-四川中江县水利局-衔接资金-绩效目标自评表.xlsx"), g);
    }
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Grid g = YunnanCounty.write(wb);
      save(wb, dir.resolve("2020-云南丽江古城区自然资源局-卫片执法补助经费-自评表.xlsx"), g);
    }
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Grid g = AnhuiCountyPlaceholders.write(wb);
      save(wb, dir.resolve("2022-安徽天长市水利局-水旱灾害防御经费-自评表.xlsx"), g);
    }
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Grid g = HebeiSchool.write(wb);
      save(wb, dir.resolve("2019-河北廊坊市食品工程学校-暖通改造经费-自评表.xlsx"), g);
    }
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Grid g = GuizhouTownDepartment.write(wb);
      save(wb, dir.resolve("2021-贵州绥阳县太白镇-部门整体支出绩效自评表.xlsx"), g);
    }
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Grid g = ChongqingDepartment.write(wb);
      save(wb, dir.resolve("2021-重庆科学城融媒体中心-部门整体绩效自评表.xlsx"), g);
    }
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Grid g = TianjinMonitoring.write(wb);
      save(wb, dir.resolve("2023-天津河西区司法局-人民调解工作经费-执行监控表.xlsx"), g);
    }
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Grid g = IntegratedMonitoring.write(wb);
      save(wb, dir.resolve("2024-预算管理一体化-农村污水设施运维-绩效运行监控表.xlsx"), g);
    }
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Grid g = HunanDeclaration.write(wb);
      save(wb, dir.resolve("2023-湖南湘潭市环卫处-雾炮车降尘-绩效目标申报表.xlsx"), g);
    }
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Grid g = GansuDeclaration.write(wb);
      save(wb, dir.resolve("2023-甘肃嘉峪关城市博物馆-免费开放补助-绩效目标表.xlsx"), g);
    }
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Grid g = YueyangTransition.write(wb);
      save(wb, dir.resolve("2022-湖南岳阳县农业农村局-高标准农田-衔接资金绩效目标申报表.xlsx"), g);
    }
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Grid g = HainanFramework.write(wb);
      save(wb, dir.resolve("海南省商务厅-服务贸易项目-绩效自评表.xlsx"), g);
    }
  }

  private static final String OUT = "产出指标(50分)";
  private static final String EFF = "效益指标(30分)";
  private static final String SAT = "满意度指标(10分)";

  /** 委托业务项目, as published; the 公众满意度 values (cut off in the source) are filled in. */
  static AnhuiTownship.Form commission() {
    List<Ind> rows =
        List.of(
            Ind.of(OUT, "数量指标", "基建工程委托业务项目数量", "≥50个", 50, 8, 8),
            Ind.of(OUT, "质量指标", "委托业务报告合格率", "≥100百分比", 100, 8, 8),
            Ind.of(OUT, "质量指标", "经费支出合规性", "严格执行相关制度规定", "达成预期指标", 8, 8),
            Ind.of(OUT, "时效指标", "提交报告及时性", "在项目计划完成时间内完成", "达成预期指标", 8, 8),
            Ind.of(OUT, "成本指标", "项目总成本", "≤90万元", 90, 8, 8),
            Ind.of(OUT, "成本指标", "单项业务成本", "符合相关规定", "达成预期指标", 10, 10),
            Ind.of(EFF, "社会效益指标", "对维护基建市场公平的影响程度", "效果明显", "达成预期指标", 10, 10),
            Ind.of(EFF, "生态效益指标", "对控制基建项目成本影响程度", "效果明显", "达成预期指标", 10, 10),
            Ind.of(EFF, "可持续影响指标", "对推动基建项目“四项制度”健全和落实的持续性影响", "效果明显", "达成预期指标", 10, 10),
            Ind.empty(EFF, "经济效益指标", null),
            Ind.of(SAT, "满意度指标", "公众满意度", "≥90%", "95%", 10, 10));
    return new AnhuiTownship.Form(
        "委托业务项目",
        "委托业务项目",
        "219-池州市贵池区棠溪镇人民政府",
        "219001-池州市贵池区棠溪镇人民政府",
        new double[] {90, 89.974, 89.974},
        null,
        0,
        0,
        "本项目共申请预算资金90万元。其中：30万元用于基建工程项目预算编制；30万元用于基建工程项目审计；30万元用于基建工程项目设计、规划、测绘。",
        "本项目共完成预算资金89.97万元。其中：30万元用于基建工程项目预算编制；30万元用于基建工程项目审计；29.99万元用于基建工程项目设计、规划、测绘。",
        rows,
        0);
  }

  /** 村级补助及运转经费, as published, with three faults (test-workbooks/README.md). */
  static AnhuiTownship.Form villages() {
    List<Ind> rows =
        List.of(
            Ind.of(OUT, "数量指标", "补助村(社区)数量", "=8个", 8, 8, 8),
            Ind.explained(
                OUT, "数量指标", "保障村干部人数", "=42个", 38, 8, 8, "年中4名村民组长辞职，补选前岗位空缺；已督促各村及时补选。"),
            Ind.of(OUT, "质量指标", "补助资格合规性", "合规", "达成预期指标", 8, 8),
            Ind.of(OUT, "质量指标", "经费审批流程规范性", "严格执行相关制度规定", "达成预期指标", 8, 8),
            Ind.of(OUT, "时效指标", "补助经费到位及时性", "及时", "达成预期指标", 8, 8),
            Ind.of(OUT, "成本指标", "项目总成本", "≤202.6万元", 132.9, 10, 10),
            Ind.of(EFF, "经济效益指标", "对保障村(社区)两委机构正常运行的影响程度", "效果明显", "达成预期指标", 10, 10),
            Ind.of(EFF, "社会效益指标", "提高村(社区)干部工作积极性的影响程度", "效果明显", "部分达成", 10, 6),
            Ind.of(EFF, "可持续影响指标", "对村级组织长效运转的持续影响", "效果明显", "达成预期指标", 10, 10),
            Ind.empty(EFF, "生态效益指标", null),
            Ind.of(SAT, "满意度指标", "村(社区)干部满意度", "≥90%", "96%", 10, 10));
    return new AnhuiTownship.Form(
        "村级补助及运转经费",
        "村级补助及运转经费",
        "219-池州市贵池区棠溪镇人民政府",
        "219001-池州市贵池区棠溪镇人民政府",
        new double[] {202.64, 132.912, 132.912},
        new double[] {202.64, 132.912, 132.912},
        0.6559,
        6.56,
        "本项目共申请预算资金2026400元，其中村级组织运转400000元，村民组长、党小组长基本报酬252000元，村民监督委员会工资28000元，"
            + "村级事务补助960000元，村级工作目标奖励100000元。",
        "本项目共完成预算资金1329120.67元，其中村级组织运转439120.67元，村民组长、党小组长基本报酬152000元，村民监督委员会工资28000元，"
            + "村级事务补助660000元，村级工作目标奖励50000元。",
        rows,
        92.56);
  }

  private static void save(Workbook wb, Path file, Grid g) throws IOException {
    for (Sheet s : wb) {
      s.setFitToPage(true);
      s.getPrintSetup().setFitWidth((short) 1);
      s.getPrintSetup().setFitHeight((short) 0);
      s.getPrintSetup().setLandscape(true);
    }
    if (wb instanceof XSSFWorkbook x) {
      x.getProperties().getCoreProperties().setCreated(Optional.of(new Date(1_700_000_000_000L)));
    }
    try (OutputStream out = Files.newOutputStream(file)) {
      wb.write(out);
    }
    String name = file.getFileName().toString();
    Path labels =
        file.resolveSibling(name.substring(0, name.lastIndexOf('.')) + ".label-cells.txt");
    Files.writeString(
        labels,
        "# "
            + g.s.getSheetName()
            + ": printed boxes (A1 range, tab, text); "
            + "no finding may be placed on any cell of these ranges\n"
            + String.join("\n", g.printed)
            + "\n");
  }

  private BuildForeignSamples() {}
}
