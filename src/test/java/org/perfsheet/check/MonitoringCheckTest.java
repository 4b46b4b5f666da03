package org.perfsheet.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfsheet.layout.FormData;
import org.perfsheet.layout.Layout;
import org.perfsheet.layout.MonitoringMapping;
import org.perfsheet.model.Finding;
import org.perfsheet.model.FindingCode;
import org.perfsheet.model.FormKind;
import org.perfsheet.model.FormResult;
import org.perfsheet.model.MoneyUnit;
import org.perfsheet.model.MonitoredIndicator;
import org.perfsheet.model.MonitoringForm;
import org.perfsheet.notation.Ticks;
import org.perfsheet.report.ReportJson;
import org.perfsheet.report.WorkbookReport;
import org.perfsheet.scoring.ScoringProfile;
import org.perfsheet.workbook.FormFinder;
import org.perfsheet.workbook.TemplateLearner;
import org.perfsheet.workbook.WorkbookOpener;

/** The monitoring form read from the real central export, held to its declaration, and reported. */
class MonitoringCheckTest {

  static List<Layout> layouts;

  @BeforeAll
  static void learn() throws Exception {
    layouts = TemplateLearner.loadAll(Path.of("templates"));
  }

  static MonitoringForm read(Path file) throws Exception {
    try (WorkbookOpener.Opened o = WorkbookOpener.open(file)) {
      FormData d =
          new FormFinder(layouts)
              .find(o.workbook()).stream()
                  .filter(f -> f.layout().kind() == FormKind.PROJECT_MONITORING)
                  .findFirst()
                  .orElseThrow();
      return MonitoringMapping.map(d);
    }
  }

  @Test
  void theRealCentralFormIsReadByItsLabels() throws Exception {
    MonitoringForm f = read(Path.of("src/test/resources/real-world/central-2019-blank.xls"));
    assertEquals("项目支出绩效目标执行监控", f.sheet());
    assertEquals(7, f.month(), "from the header 1-7月执行数");
    assertEquals(MoneyUnit.TEN_THOUSAND_YUAN, f.unit());
    assertEquals(2019, f.project().year());
    assertEquals("H6=\"北京大学\"", f.project().unit().toString());
    assertEquals(
        List.of("年度资金总额", "财政拨款", "上年结转资金", "其他资金"),
        f.funds().stream().map(l -> l.label()).toList());
    assertEquals(
        "[H8=\"190.00\", K8=\"0.00\", N8=\"0.00%\", P8=\"0.00\"]",
        List.of(f.total().initial(), f.total().spent(), f.total().rate(), f.total().forecast())
            .toString());
    assertEquals(
        "[H11=\"0.00\", K11=\"0.00\", N11=\"0.00%\", P11=\"0.00\"]",
        List.of(
                f.funds().get(3).initial(),
                f.funds().get(3).spent(),
                f.funds().get(3).rate(),
                f.funds().get(3).forecast())
            .toString());
    assertEquals(14, f.indicators().size());
    MonitoredIndicator first = f.indicators().get(0);
    assertEquals(
        "[B22=\"产出指标\", C22=\"成本指标\", D22=\"成本节约率\", E22=\"≥0\", F22=\"一般\", G22=\"100%\"]",
        List.of(
                first.level1(),
                first.level2(),
                first.name(),
                first.target(),
                first.actual(),
                first.forecast())
            .toString());
    assertEquals("[H22=\"\", I22=\"\", J22=\"\", K22=\"\", L22=\"\"]", first.causes().toString());
    assertEquals("M22=\"制作5集样片，下半年会集中出版\"", first.reason().toString());
    assertEquals(
        List.of(true, false, false),
        first.possibilities().stream().map(Ticks::ticked).toList(),
        "✔ under 确定能");
    assertEquals("Q22=\"前半年设计后半年开发审核出版。\"", first.note().toString());
  }

  @Test
  void aTargetLoweredSinceTheDeclarationIsTargetChanged(@TempDir Path tmp) throws Exception {
    Checker checker =
        new Checker(
            layouts,
            ScoringProfile.defaults(),
            Checker.declarations(layouts, List.of(Path.of("test-workbooks/declaration"))));
    WorkbookReport r =
        checker.process(
            Path.of("test-workbooks/monitoring/2024-安置帮教和社区矫正-执行监控表-问题样例.xlsx"),
            tmp.resolve("out.xlsx"));
    List<Finding> changed =
        r.forms().get(0).findings().stream()
            .filter(f -> f.code() == FindingCode.TARGET_CHANGED)
            .toList();
    assertEquals(1, changed.size(), changed.toString());
    assertEquals("E16", changed.get(0).cell().a1());
    assertEquals(
        "年度指标值与申报表不一致：申报为“=6.00(次)”，监控表填写“=4.00(次)”。绩效目标不得事后修改，请按申报的指标值填写。",
        changed.get(0).message());
  }

  @Test
  void reportJsonCarriesTheLightsAndTheMonthAndReadsThemBack(@TempDir Path tmp) throws Exception {
    Checker checker = new Checker(layouts, ScoringProfile.defaults());
    WorkbookReport r =
        checker.process(
            Path.of("test-workbooks/monitoring/2024-法律援助费-执行监控表-1-6月.xlsx"),
            tmp.resolve("out.xlsx"));
    String json = ReportJson.toJson(r).toString();
    assertTrue(json.contains("\"month\":6"), json);
    assertTrue(
        json.contains(
            "\"lights\":{\"funds\":{\"light\":\"green\",\"cell\":\"N6\",\"progress\":105.26}"),
        json);
    assertTrue(json.contains("\"project\":\"green\""), json);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ReportJson.write(List.of(r), out);
    FormResult back =
        ReportJson.read(new ByteArrayInputStream(out.toByteArray())).get(0).forms().get(0);
    assertEquals(6, back.lights().month());
    assertEquals(r.forms().get(0).lights().project(), back.lights().project());
    assertEquals(r.forms().get(0).lights().indicators().size(), back.lights().indicators().size());
    assertEquals(
        r.forms().get(0).lights().indicators().get(0).cell(),
        back.lights().indicators().get(0).cell());
  }
}
