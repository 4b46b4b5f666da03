package org.perfsheet.check;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.perfsheet.layout.FormData;
import org.perfsheet.layout.Layout;
import org.perfsheet.layout.SelfEvaluationMapping;
import org.perfsheet.model.CellRef;
import org.perfsheet.model.Finding;
import org.perfsheet.model.FindingCode;
import org.perfsheet.model.Indicator;
import org.perfsheet.notation.Notation;
import org.perfsheet.report.WorkbookReport;
import org.perfsheet.scoring.IndicatorScorer;
import org.perfsheet.scoring.Outcome;
import org.perfsheet.scoring.ScoringProfile;
import org.perfsheet.workbook.FormFinder;
import org.perfsheet.workbook.TemplateLearner;
import org.perfsheet.workbook.WorkbookOpener;

/**
 * Properties of single edits a unit makes to a form, on three real sample self-evaluations, each
 * tried on up to five indicators spread over the form (first, last and between): a blanked 实际完成值
 * gives FIELD_MISSING on that very cell; on a quantitative indicator, a self-score one point above
 * what the rule gives is SCORE_ABOVE_RULE on that cell (SCORE_EXCEEDS_WEIGHT when it passes the
 * weight), one point below it SCORE_BELOW_RULE there. The cells come from the reader (by labels),
 * the rule score from the scorer, and the finding from the whole pipeline on a written workbook.
 * (The robustness sweep over random edits is {@link MutationIT}.)
 */
class MutationPropertyTest {

  private static final ScoringProfile PROFILE = ScoringProfile.defaults();
  private static List<Layout> layouts;
  private static Checker checker;

  @BeforeAll
  static void learn() throws Exception {
    layouts = TemplateLearner.loadAll(Path.of("templates"));
    checker = new Checker(layouts, PROFILE);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "test-workbooks/self-evaluation/2021-上海市司法局-项目自评表.xlsx",
        "test-workbooks/self-evaluation/2021-12348公共法律服务-模板版式.xlsx",
        "test-workbooks/self-evaluation/2021-司法行政其他业务支出-万元.xls"
      })
  void eachEditIsFoundOnItsCell(String sample, @TempDir Path tmp) throws Exception {
    int edits = 0;
    for (Indicator i : spread(indicators(Path.of(sample)), 5)) {
      if (i.actual() != null && !i.actual().isBlank()) {
        expect(sample, tmp, i.actual().ref(), Cell::setBlank, FindingCode.FIELD_MISSING);
        edits++;
      }
      Double rule = ruleScore(i);
      if (rule == null || i.score() == null) {
        continue;
      }
      double w = i.weight().number();
      if (rule >= 1) {
        expect(
            sample,
            tmp,
            i.score().ref(),
            c -> c.setCellValue(rule - 1),
            FindingCode.SCORE_BELOW_RULE);
        edits++;
      }
      double above = rule + 1;
      expect(
          sample,
          tmp,
          i.score().ref(),
          c -> c.setCellValue(above),
          above <= w ? FindingCode.SCORE_ABOVE_RULE : FindingCode.SCORE_EXCEEDS_WEIGHT);
      edits++;
    }
    assertTrue(edits >= 5, sample + ": only " + edits + " edits tried");
  }

  /**
   * At most n of the list, spread over it (first, last and between): each check writes a workbook.
   */
  private static <T> List<T> spread(List<T> all, int n) {
    if (all.size() <= n) {
      return all;
    }
    List<T> out = new ArrayList<>();
    for (int k = 0; k < n; k++) {
      out.add(all.get(k * (all.size() - 1) / (n - 1)));
    }
    return out;
  }

  /** The indicators of every self-evaluation in the workbook, as the reader finds them. */
  private static List<Indicator> indicators(Path sample) throws Exception {
    List<Indicator> out = new ArrayList<>();
    try (WorkbookOpener.Opened o = WorkbookOpener.open(sample)) {
      for (FormData d : new FormFinder(layouts).find(o.workbook())) {
        out.addAll(SelfEvaluationMapping.map(d).indicators());
      }
    }
    return out;
  }

  /** What the rule gives a quantitative indicator with a weight; null for the others. */
  private static Double ruleScore(Indicator i) {
    if (i.target() == null
        || i.actual() == null
        || i.weight() == null
        || i.weight().number() == null) {
      return null;
    }
    var target = Notation.parse(i.target());
    Outcome o =
        IndicatorScorer.score(
            target,
            Notation.inUnitOf(Notation.parse(i.actual()), target),
            i.weight().number(),
            PROFILE);
    return o.kind() == Outcome.Kind.QUANTITATIVE ? o.rule() : null;
  }

  private static void expect(
      String sample, Path tmp, CellRef cell, Consumer<Cell> edit, FindingCode code)
      throws Exception {
    String ext = sample.substring(sample.lastIndexOf('.'));
    Path file = Files.createTempFile(tmp, "edit", ext);
    try (InputStream in = Files.newInputStream(Path.of(sample));
        Workbook wb = WorkbookFactory.create(in)) {
      edit.accept(wb.getSheet(cell.sheet()).getRow(cell.row()).getCell(cell.col()));
      try (OutputStream out = Files.newOutputStream(file)) {
        wb.write(out);
      }
    }
    WorkbookReport r = checker.process(file, tmp.resolve("out-" + file.getFileName()));
    List<Finding> found = r.forms().stream().flatMap(f -> f.findings().stream()).toList();
    assertTrue(
        found.stream().anyMatch(f -> f.code() == code && f.cell().equals(cell)),
        sample
            + ": after editing "
            + cell
            + " expected "
            + code
            + " there; found "
            + found.stream().filter(f -> f.cell().equals(cell)).map(f -> f.code().name()).toList());
    Files.delete(file);
  }
}
