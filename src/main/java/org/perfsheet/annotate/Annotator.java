package org.perfsheet.annotate;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.Workbook;
import org.perfsheet.annotate.StyleBook.Style;
import org.perfsheet.layout.Labels;
import org.perfsheet.model.CellRef;
import org.perfsheet.model.ComputedFill;
import org.perfsheet.model.Finding;
import org.perfsheet.model.FindingCode;
import org.perfsheet.model.FormResult;
import org.perfsheet.model.Light;
import org.perfsheet.model.Review;
import org.perfsheet.model.ReviewSettings;
import org.perfsheet.model.Severity;
import org.perfsheet.workbook.StreamedWorkbook;
import org.perfsheet.workbook.Unstreamable;

/**
 * Marks a submitter's workbook in place, and takes the marks off again.
 *
 * <p>{@link #annotate} gives each cell with findings a fill by its worst severity and a comment by
 * the reviewer ({@link ReviewSettings#reviewer()}), writes the computed values the submitter left
 * blank, and puts the findings sheet {@value #FINDINGS_SHEET} first (under another name if the
 * workbook has a sheet of that name already). Nothing the submitter wrote changes: styles are
 * cloned, not edited, and an existing comment is kept above perfsheet's text.
 *
 * <p>{@link #clean} undoes all of that from what {@link State} recorded in the workbook, so a
 * returned workbook that comes back is read, and annotated, as the submitter left it.
 */
public final class Annotator {

  public static final String STATE_SHEET = "perfsheet_state";
  public static final String FINDINGS_SHEET = "审核意见";

  /** Between a submitter's own comment and the review's text in the same cell. */
  static final String SEPARATOR = "—— 审核意见 ——";

  private Annotator() {}

  /**
   * A workbook with perfsheet's earlier marks taken off, as the submitter left it: what {@link
   * #annotate} goes on from, with the styles perfsheet made in earlier rounds so it reuses them.
   */
  public static final class Cleaned {
    private final State state;
    private final Set<String> changed;

    private Cleaned(State state, Set<String> changed) {
      this.state = state;
      this.changed = changed;
    }

    /** How many times perfsheet reviewed this workbook before (0: never). */
    public int rounds() {
      return state.round;
    }

    /** The errors and warnings the last round found; null when none was recorded. */
    public List<Review.Seen> lastFindings() {
      return state.seen;
    }
  }

  /** Removes perfsheet's earlier marks and restores the originals. */
  public static Cleaned clean(Workbook wb) {
    State state = State.read(wb);
    Set<String> changed = new HashSet<>();
    Set<Integer> marks = new HashSet<>(state.styles.values());
    for (State.Touched t : state.cells) {
      changed.add(t.sheet());
      Cell c = PoiTarget.cellAt(wb, t.sheet(), t.row(), t.col());
      if (c == null) {
        continue;
      }
      if (t.blank() && stillAsFilled(c, t.filled())) {
        c.setBlank(); // what perfsheet wrote; a value the submitter typed over it since is theirs
      }
      if (t.style() < wb.getNumCellStyles() && marks.contains((int) c.getCellStyle().getIndex())) {
        c.setCellStyle(
            wb.getCellStyleAt(
                t.style())); // still perfsheet's mark: a submitter's own restyling stays
      }
      restoreComment(c, t);
    }
    // perfsheet's findings sheet, known by its title, not its name: a reviewer's own 审核意见 stays.
    boolean removed = false;
    for (int i = wb.getNumberOfSheets() - 1; i >= 0; i--) {
      if (FindingsSheet.isOurs(wb.getSheetAt(i))) {
        wb.removeSheetAt(i);
        removed = true;
      }
    }
    if (removed && wb.getNumberOfSheets() > 0) {
      wb.setActiveSheet(0);
      wb.setSelectedTab(0);
      changed.add(wb.getSheetName(0));
    }
    state.cells.clear(); // the state sheet itself is rewritten by annotate
    return new Cleaned(state, changed);
  }

  /**
   * The comment the cell had before perfsheet's, back in place. Where the submitter wrote in
   * perfsheet's comment (a reply, say), what they added is theirs and stays with it; where they
   * edited inside perfsheet's text, the whole comment is kept.
   */
  private static void restoreComment(Cell c, State.Touched t) {
    String author = t.author();
    String text = t.comment();
    Comment current = c.getCellComment();
    String now = current == null ? null : current.getString().getString();
    if (now != null && t.note() != null && !sameText(now, t.note())) {
      int at = now.indexOf(t.note());
      if (at < 0) {
        text = now;
        author = current.getAuthor();
      } else {
        String added = (now.substring(0, at) + now.substring(at + t.note().length())).strip();
        text = text == null || text.isBlank() ? added : text + "\n" + added;
      }
    }
    c.removeCellComment();
    if (text != null && !text.isBlank()) {
      CommentBox.put(c, author, text);
    }
  }

  /**
   * Marks the cleaned workbook; returns every sheet perfsheet changed, cleaning included, besides
   * its own two.
   */
  public static Set<String> annotate(
      Workbook wb, Cleaned cleaned, List<FormResult> results, String sourceName, Review review) {
    return annotate(
        new PoiTarget(wb, review.settings().reviewer()), cleaned, results, sourceName, review);
  }

  /**
   * The streamed write: marks a workbook perfsheet never returned before (no state, no findings
   * sheet of its own: those go through {@link #clean} and POI) and writes the annotated copy, the
   * same as POI's path would, with every part it does not change as it came. {@link Unstreamable}
   * when it cannot, before anything is written.
   */
  public static void annotate(
      StreamedWorkbook book,
      List<FormResult> results,
      String sourceName,
      Review review,
      OutputStream out)
      throws IOException {
    requireFirstSubmission(book);
    StreamedTarget target = new StreamedTarget(book, review.settings().reviewer());
    annotate(target, new Cleaned(new State(), new HashSet<>()), results, sourceName, review);
    target.write(out);
  }

  /** Nothing of perfsheet's in the workbook: no state sheet, no findings sheet. */
  public static void requireFirstSubmission(StreamedWorkbook book) {
    for (String sheet : book.sheetNames()) {
      if (sheet.equals(STATE_SHEET)
          || FindingsSheet.OLD_TITLE.equals(book.shown(sheet, 0, 0))
          || FindingsSheet.MARKER.equals(book.shown(sheet, 0, FindingsSheet.CODE))) {
        throw new Unstreamable("returned by perfsheet before: cleaned through POI");
      }
    }
  }

  static Set<String> annotate(
      Target wb, Cleaned cleaned, List<FormResult> results, String sourceName, Review review) {
    State state = cleaned.state;
    Map<CellRef, List<Finding>> byCell = new LinkedHashMap<>();
    for (FormResult r : results) {
      for (Finding f : r.findings()) {
        if (!f.code().onForm()) { // about the form, not a cell: on the findings sheet only
          byCell.computeIfAbsent(f.cell(), k -> new ArrayList<>()).add(f);
        }
      }
    }
    Map<CellRef, ComputedFill> fills = new LinkedHashMap<>();
    results.forEach(r -> r.fills().forEach(f -> fills.put(f.cell(), f)));
    Styles styles = new Styles(wb.styles(), state);
    Map<CellRef, Light> lights = lights(results);
    List<CellRef> touched = new ArrayList<>(byCell.keySet());
    fills.keySet().stream().filter(c -> !byCell.containsKey(c)).forEach(touched::add);
    lights.keySet().stream()
        .filter(c -> !byCell.containsKey(c) && !fills.containsKey(c))
        .forEach(touched::add);
    Set<String> changed = new HashSet<>(cleaned.changed);
    for (CellRef ref : touched) {
      changed.add(ref.sheet());
      Target.Original c = wb.cell(ref);
      if (c == null) {
        continue;
      }
      String oldText = c.comment();
      // Never write over anything the submitter wrote, whatever the rules asked.
      ComputedFill fill = c.empty() ? fills.get(ref) : null;
      List<Finding> findings = byCell.getOrDefault(ref, List.of());
      // A light alone changes the fill, not the comment.
      String note =
          findings.isEmpty() && fill == null ? null : OwnSheet.fit(text(oldText, findings, fill));
      state.cells.add(
          new State.Touched(
              ref.sheet(),
              ref.row(),
              ref.col(),
              c.style().index(),
              c.author(),
              oldText,
              fill != null,
              fill == null ? null : fill.value(),
              note));
      Marks mark =
          findings.stream()
              .map(Finding::severity)
              .min(Comparator.naturalOrder())
              .filter(s -> s != Severity.INFO || fill == null)
              .map(Marks::of)
              .orElse(Marks.FILLED);
      if (lights.containsKey(ref) && mark != Marks.ERROR) {
        mark = Marks.of(lights.get(ref)); // the light shows unless the cell holds an error
      }
      wb.mark(
          ref,
          styles.marked(c.style(), mark, fill == null ? null : fill.percent() ? "0.00%" : "0.00"),
          fill == null ? null : fill.value(),
          note);
    }
    OwnSheet findings =
        FindingsSheet.layout(new FindingsSheet.Content(results, sourceName, review), styles);
    wb.addFirst(freeName(wb, FINDINGS_SHEET), findings);
    state.round = review.round();
    state.seen = Review.seen(results);
    wb.addState(STATE_SHEET, state.sheet());
    return changed;
  }

  /** The monitoring lights of these forms by the cell each judges. */
  private static Map<CellRef, Light> lights(List<FormResult> results) {
    Map<CellRef, Light> out = new LinkedHashMap<>();
    for (FormResult r : results) {
      if (r.lights() != null) {
        r.lights().all().forEach(l -> out.put(l.cell(), l.light()));
      }
    }
    return out;
  }

  /**
   * The name, or name(2), name(3)… when the workbook has a sheet of that name already (a reviewer's
   * own 审核意见).
   */
  static String freeName(Target wb, String name) {
    String free = name;
    for (int n = 2; wb.hasSheet(free); n++) {
      free = name + "(" + n + ")";
    }
    return free;
  }

  /** The same text but for white space (Excel and WPS may rewrite line breaks on saving). */
  static boolean sameText(String a, String b) {
    return Labels.compact(a).equals(Labels.compact(b));
  }

  /**
   * Does the cell still hold the number perfsheet filled in (unknown for older states: assumed so)?
   */
  private static boolean stillAsFilled(Cell c, Double filled) {
    return filled == null
        || (c.getCellType() == CellType.NUMERIC && c.getNumericCellValue() == filled);
  }

  private static String text(String original, List<Finding> findings, ComputedFill fill) {
    StringBuilder sb = new StringBuilder();
    if (original != null && !original.isBlank()) {
      sb.append(original).append('\n').append(SEPARATOR).append('\n');
    }
    if (fill != null && findings.stream().noneMatch(f -> f.code() == FindingCode.VALUE_FILLED)) {
      sb.append("按评分规则计算填入：").append(Wording.forSubmitter(fill.what())).append('\n');
    }
    for (Finding f : findings) {
      sb.append('【')
          .append(f.severity().chinese())
          .append('】')
          .append(Wording.forSubmitter(f.message()))
          .append('\n');
    }
    return sb.toString().strip();
  }

  /** The styles perfsheet derives from a submitter's: cloned once, reused afterwards. */
  static final class Styles {
    private final StyleBook book;
    private final State state;

    Styles(StyleBook book, State state) {
      this.book = book;
      this.state = state;
    }

    /** A style of perfsheet's own sheet, made once per workbook whatever the number of rounds. */
    Style named(String name, Look look) {
      Integer index = state.styles.get(name);
      if (index != null) {
        return book.at(index);
      }
      Style s = book.make(look);
      state.styles.put(name, s.index());
      return s;
    }

    Style marked(Style original, Marks mark, String format) {
      String key = original.index() + ":" + mark + (format == null ? "" : ":" + format);
      Integer index = state.styles.get(key);
      if (index != null) {
        return book.at(index);
      }
      Style s = book.marked(original, mark, format);
      state.styles.put(key, s.index());
      return s;
    }
  }
}
