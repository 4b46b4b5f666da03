package org.perfsheet.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What checking one form produced, whatever its kind: the figures a reviewer compares, the grade,
 * every finding, and the blank computed cells to fill. This is what the annotator, the report and
 * the summary consume.
 *
 * @param budget the adjusted annual budget (全年预算数) in 元, or null
 * @param spent the amount spent (全年执行数) in 元, or null
 * @param grade 优/良/中/差 from the computed total, or null when there is no total
 * @param lights a monitoring form's warning lights; null for the other kinds
 */
public record FormResult(
    String sheet,
    FormKind kind,
    String template,
    String project,
    String department,
    String unit,
    Integer year,
    Double budget,
    Double spent,
    Stated budgetRate,
    Stated budgetScore,
    Stated total,
    String grade,
    List<Finding> findings,
    List<ComputedFill> fills,
    Lights lights) {

  public FormResult {
    findings = once(findings.stream().sorted(Finding.ORDER).toList());
    fills = List.copyOf(fills);
  }

  /**
   * Each finding once: a cell merged over several rows (or overlapping merges) is one box, and the
   * same finding on it from each row it spans is one finding, however many indicators share it.
   */
  private static List<Finding> once(List<Finding> sorted) {
    Set<List<Object>> seen = new HashSet<>();
    return sorted.stream()
        .filter(f -> seen.add(List.of(f.code(), f.severity(), f.cell(), f.message())))
        .toList();
  }

  /**
   * The same result with more findings (from checks that look beyond the form, e.g. its
   * declaration).
   */
  public FormResult withFindings(List<Finding> more) {
    if (more.isEmpty()) {
      return this;
    }
    List<Finding> all = new ArrayList<>(findings);
    all.addAll(more);
    return new FormResult(
        sheet,
        kind,
        template,
        project,
        department,
        unit,
        year,
        budget,
        spent,
        budgetRate,
        budgetScore,
        total,
        grade,
        all,
        fills,
        lights);
  }

  public long count(Severity severity) {
    return findings.stream().filter(f -> f.severity() == severity).count();
  }

  /**
   * The findings of one severity over several forms, one workbook's: the one count the findings
   * sheet, the text report, the console line and the watched folder's log all show.
   */
  public static long count(List<FormResult> forms, Severity severity) {
    return forms.stream().mapToLong(f -> f.count(severity)).sum();
  }

  public boolean hasErrors() {
    return count(Severity.ERROR) > 0;
  }
}
