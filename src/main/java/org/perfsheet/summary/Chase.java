package org.perfsheet.summary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.perfsheet.model.FormKind;
import org.perfsheet.model.FormResult;
import org.perfsheet.model.Severity;
import org.perfsheet.text.Text;

/**
 * 催报: the projects a bureau expects a self-evaluation for (the project list the blank forms were
 * made from, or the declarations), held against the self-evaluations in the batch. A project with
 * none is 未提交; one whose latest self-evaluation has errors went back to the unit and is 已退回未重新提交.
 * Matched by year and project name (spaces and full width aside) and, where both sides name it, the
 * unit.
 */
final class Chase {

  /** A project expected to report. */
  record Expected(Integer year, String department, String unit, String project) {}

  /** The latest self-evaluation of a project in the batch. */
  record Submitted(String unit, int errors, String file) {}

  /** A row of the 催报 sheet: the project and, when returned, its latest submission. */
  record Item(Expected project, Submitted latest) {}

  /** Per unit: how many were expected, in, missing, returned. */
  static final class UnitCount {
    int expected;
    int missing;
    int returned;
  }

  private final List<Expected> expected;
  private final Map<String, List<Submitted>> submitted = new HashMap<>();

  Chase(List<Expected> expected) {
    this.expected = List.copyOf(expected);
  }

  void add(FormResult f, String file) {
    if (f.kind() != FormKind.PROJECT_SELF_EVALUATION || f.project() == null) {
      return;
    }
    submitted
        .computeIfAbsent(key(f.year(), f.project()), k -> new ArrayList<>())
        .add(
            new Submitted(
                f.unit() != null ? f.unit() : f.department(), (int) f.count(Severity.ERROR), file));
  }

  private static String key(Integer year, String project) {
    return year + "|" + Text.compact(project);
  }

  private Submitted find(Expected e) {
    List<Submitted> same = new ArrayList<>();
    if (e.year() == null) {
      submitted.forEach(
          (k, v) -> {
            if (k.endsWith("|" + Text.compact(e.project()))) {
              same.addAll(v);
            }
          });
    } else {
      same.addAll(submitted.getOrDefault(key(e.year(), e.project()), List.of()));
    }
    String unit = e.unit() != null ? e.unit() : e.department();
    return same.stream()
        .filter(
            s ->
                unit == null
                    || s.unit() == null
                    || Text.compact(unit).equals(Text.compact(s.unit())))
        .reduce((a, b) -> b)
        .orElse(null);
  }

  List<Item> missing() {
    return expected.stream().filter(e -> find(e) == null).map(e -> new Item(e, null)).toList();
  }

  List<Item> returned() {
    List<Item> out = new ArrayList<>();
    for (Expected e : expected) {
      Submitted s = find(e);
      if (s != null && s.errors() > 0) {
        out.add(new Item(e, s));
      }
    }
    return out;
  }

  Map<String, UnitCount> perUnit() {
    Map<String, UnitCount> units = new TreeMap<>();
    for (Expected e : expected) {
      UnitCount u =
          units.computeIfAbsent(
              Sections.name(e.unit() != null ? e.unit() : e.department()), k -> new UnitCount());
      u.expected++;
      Submitted s = find(e);
      if (s == null) {
        u.missing++;
      } else if (s.errors() > 0) {
        u.returned++;
      }
    }
    return units;
  }
}
