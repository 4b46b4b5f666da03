package org.perfsheet.summary;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.perfsheet.model.Finding;
import org.perfsheet.model.FindingCode;
import org.perfsheet.model.FormKind;
import org.perfsheet.model.FormResult;
import org.perfsheet.model.Severity;

/**
 * What the bureau reports, gathered while the forms are written: per form kind and year (a section,
 * never averaged with another), the totals, grades, 通过/退回, problems, and the same per 主管部门 and per
 * unit. The form kinds come from the reports, so a new kind gets its own section unasked. A form
 * passes (通过) with no error finding; with one it goes back to the unit (退回).
 */
final class Sections {

  static final String[] GRADES = {"优", "良", "中", "差"};
  static final String NONE = "（未填）";

  /** A section's identity; sorted by form kind, then year (a form without a year last). */
  record Key(FormKind kind, Integer year) implements Comparable<Key> {
    private static final Comparator<Key> ORDER =
        Comparator.comparing(Key::kind)
            .thenComparing(Key::year, Comparator.nullsLast(Comparator.naturalOrder()));

    @Override
    public int compareTo(Key o) {
      return ORDER.compare(this, o);
    }

    String title() {
      return (year == null ? "年度未填" : year + " 年度") + " " + kind.chinese();
    }
  }

  /** Counts and sums over a group of forms: a section, a department, a unit. */
  static class Tally {
    int forms;
    int passed;
    int returned;
    double budget;
    double spent;
    int withBudget;
    double weightedScore;
    double weight;
    double plainScore;
    int scored;
    final Map<String, Integer> grades = new LinkedHashMap<>();

    Tally() {
      for (String g : GRADES) {
        grades.put(g, 0);
      }
    }

    void add(FormResult f) {
      forms++;
      if (f.hasErrors()) {
        returned++;
      } else {
        passed++;
      }
      if (f.budget() != null && f.spent() != null) {
        withBudget++;
        budget += f.budget();
        spent += f.spent();
      }
      if (f.grade() != null) {
        grades.merge(f.grade(), 1, Integer::sum);
      }
      Double score = f.total() == null ? null : f.total().computed();
      if (score != null) {
        scored++;
        plainScore += score;
        if (f.budget() != null && f.budget() > 0) {
          weightedScore += score * f.budget();
          weight += f.budget();
        }
      }
    }

    /** Spent over budget, over the forms that state both; null when none does. */
    Double rate() {
      return withBudget == 0 || budget <= 0 ? null : spent / budget;
    }

    /** Weighted by budget over the forms that state one; the plain average when none does. */
    Double average() {
      if (scored == 0) {
        return null;
      }
      return weight > 0 ? weightedScore / weight : plainScore / scored;
    }
  }

  /** A section: its tally, its departments and units, and how many forms have each problem. */
  static final class Section extends Tally {
    final Key key;
    final Map<String, Tally> departments = new TreeMap<>();
    final Map<String, Tally> units = new TreeMap<>();
    final Map<FindingCode, Integer> problems = new EnumMap<>(FindingCode.class);
    final Map<FindingCode, Severity> severities = new EnumMap<>(FindingCode.class);

    Section(Key key) {
      this.key = key;
    }

    @Override
    void add(FormResult f) {
      super.add(f);
      departments.computeIfAbsent(name(f.department()), k -> new Tally()).add(f);
      units.computeIfAbsent(name(f.department()) + "\t" + name(f.unit()), k -> new Tally()).add(f);
      // a problem is an error or a warning; notes (提示) are not counted against a form
      f.findings().stream()
          .filter(x -> x.severity() != Severity.INFO)
          .map(Finding::code)
          .distinct()
          .forEach(c -> problems.merge(c, 1, Integer::sum));
      for (Finding x : f.findings()) {
        if (x.severity() != Severity.INFO) {
          severities.merge(x.code(), x.severity(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
        }
      }
    }

    /**
     * Competition ranking by average score, highest first (1, 1, 3); departments without a score
     * unranked.
     */
    Map<String, Integer> ranks() {
      Map<String, Integer> rank = new TreeMap<>();
      departments.forEach(
          (name, t) -> {
            Double a = t.average();
            if (a != null) {
              int better =
                  (int)
                      departments.values().stream()
                          .filter(o -> o.average() != null && o.average() > a)
                          .count();
              rank.put(name, better + 1);
            }
          });
      return rank;
    }
  }

  final Map<Key, Section> sections = new TreeMap<>();
  int rejected;

  /** Counts a form, and hands it to the chase when there is one. */
  void add(Reports.Entry e, FormResult f, Chase chase) {
    add(f);
    if (chase != null) {
      chase.add(f, Reports.shortName(e.report().input()));
    }
  }

  void add(FormResult f) {
    Key k = new Key(f.kind(), f.year());
    sections.computeIfAbsent(k, Section::new).add(f);
  }

  static String name(String s) {
    return s == null || s.isBlank() ? NONE : s.strip();
  }
}
