package org.perfsheet.workbook;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;
import org.perfsheet.layout.FormData;
import org.perfsheet.layout.Labels;
import org.perfsheet.layout.Layout;
import org.perfsheet.model.FormKind;

/**
 * Finds the forms in a workbook: each visible sheet is matched against every known layout and read
 * with the one that explains most of it: the most of its labels found on the sheet (a layout
 * qualifies when it finds at least {@link FormReader#MIN_COVERAGE} of its own labels); on a tie,
 * the higher share. Sheets that match no layout are not forms and are left alone.
 */
public final class FormFinder {

  private final List<Layout> layouts;

  public FormFinder(List<Layout> layouts) {
    this.layouts = List.copyOf(layouts);
  }

  /** DataFormatter is costly to make and not thread-safe: one per thread. */
  static final ThreadLocal<DataFormatter> FORMATTER =
      ThreadLocal.withInitial(() -> new DataFormatter(Locale.ROOT));

  public List<FormData> find(Workbook wb) {
    return find(PoiGrid.book(wb, FORMATTER.get()));
  }

  /**
   * The forms in a workbook file, read without changing it: an .xlsx streamed ({@link
   * StreamedWorkbook}) unless {@code -Dperfsheet.streaming=false}, and with POI when the streamed
   * reader cannot read it exactly as POI would, or when it is an .xls.
   */
  public List<FormData> read(Path file) throws RejectedWorkbookException, IOException {
    if (StreamedWorkbook.enabled()) {
      try (StreamedWorkbook wb = StreamedWorkbook.open(file)) {
        return find(wb);
      } catch (Unstreamable e) {
        // POI reads it, or says why it cannot be read
      } catch (RuntimeException e) {
        // a fault of the streamed reader must not cost the read: POI's path is the reference
      }
    }
    try (WorkbookOpener.Opened o = WorkbookOpener.open(file)) {
      return find(o.workbook());
    }
  }

  /** The forms in a workbook read streamed ({@link StreamedWorkbook}). */
  public List<FormData> find(StreamedWorkbook wb) {
    return find((GridBook) wb);
  }

  List<FormData> find(GridBook wb) {
    DataFormatter formatter = FORMATTER.get();
    List<FormData> forms = new ArrayList<>();
    for (int i = 0; i < wb.sheetCount(); i++) {
      if (wb.veryHidden(i) || wb.sheetName(i).equals(TemplateLearner.LEGEND_SHEET)) {
        continue; // perfsheet's own state, a system's, or a template's legend: never a form a
        // person filled
      }
      SheetGrid grid = new SheetGrid(wb.sheet(i), formatter);
      FormReader best = null;
      int bestFound = 0;
      double bestCoverage = 0;
      for (Layout layout : layouts) {
        FormReader reader = new FormReader(layout, grid);
        int found = reader.labelsFound();
        double coverage = reader.coverage();
        if (coverage >= FormReader.MIN_COVERAGE
            && (best == null
                || found > bestFound
                || (found == bestFound && coverage > bestCoverage))) {
          best = reader;
          bestFound = found;
          bestCoverage = coverage;
        }
      }
      if (best != null) {
        forms.add(best.read());
      }
    }
    return forms;
  }

  /** A sheet that looks like a known kind of form by its title, though no layout could read it. */
  public record Lookalike(String sheet, String chinese, String english, FormKind kind) {}

  /** The template of a lookalike's kind that comes closest, and the labels the sheet lacks. */
  public record Closest(String template, List<String> absent) {}

  /**
   * Of the layouts of the lookalike's kind, the one whose labels the sheet lacks fewest of, with
   * those labels: what makes the sheet a layout perfsheet does not know. Empty when no layout is of
   * that kind.
   */
  public Optional<Closest> closest(Workbook wb, Lookalike like) {
    Sheet sheet = wb.getSheet(like.sheet());
    if (sheet == null) {
      return Optional.empty();
    }
    SheetGrid grid = new SheetGrid(sheet, FORMATTER.get());
    Closest best = null;
    for (Layout layout : layouts) {
      if (layout.kind() == like.kind()) {
        List<String> absent = new FormReader(layout, grid).labelsAbsent();
        if (best == null || absent.size() < best.absent().size()) {
          best = new Closest(layout.id(), absent);
        }
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * The first visible sheet whose title names a kind of form: a short text in its first rows (or
   * its name) that reads like a form's title, ending in 表 (部门预算项目支出绩效自评表（2023年度）); a sheet of
   * instructions that mentions the form in a sentence is not one.
   */
  public static Optional<Lookalike> lookalike(Workbook wb) {
    DataFormatter formatter = FORMATTER.get();
    for (int i = 0; i < wb.getNumberOfSheets(); i++) {
      if (wb.getSheetVisibility(i) == SheetVisibility.VERY_HIDDEN) {
        continue;
      }
      Sheet sheet = wb.getSheetAt(i);
      List<String> titles = new ArrayList<>(List.of(sheet.getSheetName()));
      for (int r = Math.max(0, sheet.getFirstRowNum());
          r <= Math.min(sheet.getLastRowNum(), sheet.getFirstRowNum() + 4);
          r++) {
        var row = sheet.getRow(r);
        if (row != null) {
          row.forEach(c -> titles.add(formatter.formatCellValue(c)));
        }
      }
      for (String t : titles) {
        String title = TITLE_TAIL.matcher(Labels.compact(t)).replaceAll("");
        if (title.length() > 40 || !title.endsWith("表") || !title.contains("绩效")) {
          continue;
        }
        FormKind kind = kindByTitle(title);
        if (kind != null) {
          return Optional.of(
              new Lookalike(sheet.getSheetName(), kind.plainName(), kind.english(), kind));
        }
      }
    }
    return Optional.empty();
  }

  /** The kind whose title words the title contains, the longest match winning; null if none. */
  public static FormKind kindByTitle(String title) {
    FormKind best = null;
    int longest = 0;
    for (FormKind kind : FormKind.values()) {
      for (String word : kind.titleWords()) {
        if (word.length() > longest && title.contains(word)) {
          best = kind;
          longest = word.length();
        }
      }
    }
    return best;
  }

  /** A year or note in brackets after a title: （2023年度）. */
  private static final Pattern TITLE_TAIL = Pattern.compile("(\\([^()]*\\))+$");

  /** Sheet names, for the message when no form is found. */
  public static List<String> sheetNames(Workbook wb) {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < wb.getNumberOfSheets(); i++) {
      if (wb.getSheetVisibility(i) != SheetVisibility.VERY_HIDDEN) {
        names.add(wb.getSheetName(i));
      }
    }
    return names;
  }
}
