package org.perfsheet.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.perfsheet.layout.FieldKeys;
import org.perfsheet.layout.FormData;
import org.perfsheet.layout.Layout;
import org.perfsheet.model.FormKind;
import org.perfsheet.model.FormResult;
import org.perfsheet.rules.DeclaredTargets;
import org.perfsheet.rules.MonitoredForecasts;
import org.perfsheet.rules.Taxonomy;
import org.perfsheet.scoring.ScoringProfile;
import org.perfsheet.workbook.FormFinder;
import org.perfsheet.workbook.TemplateLearner;
import org.perfsheet.workbook.WorkbookOpener;

/**
 * Every form kind is wired in everywhere the README's "Adding a form kind" says: a shipped
 * template, field keys, a title perfsheet recognises, and a registered checker that reads the
 * template's own form as that kind. A fifth kind added to {@link FormKind} without one of them
 * fails here (or does not compile, for the exhaustive switches).
 */
class FormKindsTest {

  private static List<Layout> shipped;

  @BeforeAll
  static void learnTemplates() throws Exception {
    shipped = TemplateLearner.loadAll(Path.of("templates"));
  }

  @ParameterizedTest
  @EnumSource(FormKind.class)
  void hasAShippedTemplate(FormKind kind) {
    assertTrue(
        shipped.stream().anyMatch(l -> l.kind() == kind),
        "no template in templates/ has 表类型 " + kind.code());
  }

  @ParameterizedTest
  @EnumSource(FormKind.class)
  void itsEssentialKeysAreKeysItKnows(FormKind kind) {
    assertFalse(FieldKeys.essential(kind).isEmpty());
    assertTrue(FieldKeys.known(kind).containsAll(FieldKeys.essential(kind)), kind.code());
    assertTrue(FieldKeys.essential(kind).contains(FieldKeys.TITLE), kind.code());
  }

  @ParameterizedTest
  @EnumSource(FormKind.class)
  void itsNamesAreRecognisedAsItsTitle(FormKind kind) {
    assertEquals(kind, FormFinder.kindByTitle(kind.chinese()));
    assertEquals(kind, FormFinder.kindByTitle(kind.plainName()));
    assertEquals(kind, FormKind.fromCode(kind.code()));
  }

  /**
   * The template's own (blank) form, found by its labels and checked: a result of that kind, on
   * that sheet.
   */
  @ParameterizedTest
  @EnumSource(FormKind.class)
  void itsCheckerJudgesTheTemplatesOwnForm(FormKind kind) throws Exception {
    for (Layout layout : shipped.stream().filter(l -> l.kind() == kind).toList()) {
      try (WorkbookOpener.Opened o =
          WorkbookOpener.open(Path.of("templates", layout.id() + ".xlsx"))) {
        List<FormData> forms = new FormFinder(List.of(layout)).find(o.workbook());
        assertEquals(1, forms.size(), layout.id());
        FormResult r =
            FormKinds.check(
                forms.get(0),
                new FormKinds.Context(
                    ScoringProfile.defaults(),
                    Taxonomy.OFFICIAL.with(layout.vocabulary().levels()),
                    new DeclaredTargets(),
                    new MonitoredForecasts()));
        assertEquals(kind, r.kind(), layout.id());
        assertEquals(forms.get(0).sheet(), r.sheet(), layout.id());
        assertEquals(layout.id(), r.template());
      }
    }
  }

  /** The longest title word decides: a department self-evaluation also says 自评. */
  @Test
  void theMostSpecificTitleWordWins() {
    assertEquals(FormKind.DEPARTMENT_SELF_EVALUATION, FormFinder.kindByTitle("2023年度部门整体支出绩效自评表"));
    assertEquals(FormKind.PROJECT_SELF_EVALUATION, FormFinder.kindByTitle("部门预算项目支出绩效自评表"));
    assertEquals(FormKind.PROJECT_DECLARATION, FormFinder.kindByTitle("项目支出绩效目标表"));
    assertEquals(null, FormFinder.kindByTitle("项目支出预算表"));
  }
}
