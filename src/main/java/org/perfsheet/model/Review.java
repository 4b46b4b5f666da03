package org.perfsheet.model;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One review of a workbook as the submitter is told it: the verdict, when, which round (counted
 * through the restore state the returned workbook carries), by whom, on which profile, and what
 * changed since the previous round.
 *
 * @param changes null in the first round
 */
public record Review(
    int round, LocalDateTime at, ReviewSettings settings, Verdict verdict, Changes changes) {

  /** 审核结论: errors send the workbook back; warnings alone pass, with remarks. */
  public enum Verdict {
    PASSED("passed", "通过"),
    RETURNED("returned", "退回修改");

    private final String code;
    private final String chinese;

    Verdict(String code, String chinese) {
      this.code = code;
      this.chinese = chinese;
    }

    public String code() {
      return code;
    }

    public String chinese() {
      return chinese;
    }
  }

  /**
   * What was found last round and is found now, errors and warnings by place and code: a finding
   * whose cell and code no longer come up is fixed; one not found last time is new.
   */
  public record Changes(
      long errorsBefore,
      long warningsBefore,
      long errorsNow,
      long warningsNow,
      List<CellRef> fixed,
      List<CellRef> appeared) {
    public Changes {
      fixed = List.copyOf(fixed);
      appeared = List.copyOf(appeared);
    }
  }

  /** A finding as a round remembers it. */
  public record Seen(CellRef cell, Severity severity, FindingCode code) {}

  public Review {
    if (round < 1) {
      throw new IllegalArgumentException("round " + round);
    }
  }

  /**
   * This round's review; {@code before} is what the previous round found, null when there was none.
   */
  public static Review of(
      ReviewSettings settings, int round, List<Seen> before, List<FormResult> results) {
    List<Seen> now = seen(results);
    boolean errors = results.stream().anyMatch(FormResult::hasErrors);
    Changes changes = before == null ? null : changes(before, now);
    return new Review(
        round,
        LocalDateTime.now(settings.clock()).withSecond(0).withNano(0),
        settings,
        errors ? Verdict.RETURNED : Verdict.PASSED,
        changes);
  }

  /** The errors and warnings of these results, as the next round will remember them. */
  public static List<Seen> seen(List<FormResult> results) {
    List<Seen> out = new ArrayList<>();
    for (FormResult r : results) {
      for (Finding f : r.findings()) {
        if (f.severity() != Severity.INFO) {
          out.add(new Seen(f.cell(), f.severity(), f.code()));
        }
      }
    }
    return out;
  }

  private static Changes changes(List<Seen> before, List<Seen> now) {
    return new Changes(
        count(before, Severity.ERROR),
        count(before, Severity.WARNING),
        count(now, Severity.ERROR),
        count(now, Severity.WARNING),
        cellsOnlyIn(before, now),
        cellsOnlyIn(now, before));
  }

  /**
   * Cells of {@code a}'s findings that {@code b} does not have (same cell and code), in file order.
   */
  private static List<CellRef> cellsOnlyIn(List<Seen> a, List<Seen> b) {
    Set<String> keys = new HashSet<>();
    b.forEach(s -> keys.add(s.cell() + "|" + s.code()));
    Set<CellRef> cells = new LinkedHashSet<>();
    a.stream()
        .filter(s -> !keys.contains(s.cell() + "|" + s.code()))
        .map(Seen::cell)
        .sorted()
        .forEach(cells::add);
    return List.copyOf(cells);
  }

  private static long count(List<Seen> list, Severity s) {
    return list.stream().filter(x -> x.severity() == s).count();
  }

  /** 第 N 次审核. */
  public String roundText() {
    return "第 " + round + " 次审核";
  }

  /** The time as a clerk writes it: 2026-11-28 14:05. */
  public String atText() {
    return at.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT));
  }

  /** 审核结论 with its reason: 退回修改 (N 项错误), 通过 (with remarks when there are warnings). */
  public String conclusion(long errors, long warnings) {
    if (verdict == Verdict.RETURNED) {
      return "退回修改：有 " + errors + " 项错误，请修改后重新提交";
    }
    return warnings == 0 ? "通过" : "通过（有 " + warnings + " 项警告，请逐项核实）";
  }

  /**
   * What changed since the last round, in a sentence: 上次错误 15 项、警告 10 项，本次错误 13 项、警告 10 项； 已修正 2
   * 处：H20、I20；新出现 1 处：F14. Cells carry their sheet when the workbook has several forms.
   */
  public String changesText(boolean withSheet) {
    if (changes == null) {
      return round == 1 ? "首次审核" : "上次审核没有留下问题清单，无法比较";
    }
    Changes c = changes;
    StringBuilder sb =
        new StringBuilder("上次错误 ")
            .append(c.errorsBefore())
            .append(" 项、警告 ")
            .append(c.warningsBefore())
            .append(" 项，本次错误 ")
            .append(c.errorsNow())
            .append(" 项、警告 ")
            .append(c.warningsNow())
            .append(" 项");
    if (c.fixed().isEmpty() && c.appeared().isEmpty()) {
      return sb.append("；问题与上次相同，均未修正").toString();
    }
    cells(sb, "；已修正 ", c.fixed(), withSheet);
    cells(sb, "；新出现 ", c.appeared(), withSheet);
    return sb.toString();
  }

  /** At most this many cells are named in a list; the rest are counted. */
  static final int LISTED = 20;

  private static void cells(StringBuilder sb, String what, List<CellRef> cells, boolean withSheet) {
    if (cells.isEmpty()) {
      return;
    }
    sb.append(what).append(cells.size()).append(" 处：");
    for (int i = 0; i < Math.min(LISTED, cells.size()); i++) {
      CellRef c = cells.get(i);
      sb.append(i == 0 ? "" : "、").append(withSheet ? c.sheet() + "!" + c.a1() : c.a1());
    }
    if (cells.size() > LISTED) {
      sb.append(" 等");
    }
  }
}
