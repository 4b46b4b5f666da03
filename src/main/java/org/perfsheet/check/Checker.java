package org.perfsheet.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;
import org.perfsheet.annotate.Annotator;
import org.perfsheet.annotate.UnchangedParts;
import org.perfsheet.files.SafeWrite;
import org.perfsheet.files.WorkbookFiles;
import org.perfsheet.layout.FormData;
import org.perfsheet.layout.FormMappings;
import org.perfsheet.layout.Layout;
import org.perfsheet.layout.MonitoringMapping;
import org.perfsheet.model.DeclarationForm;
import org.perfsheet.model.FormKind;
import org.perfsheet.model.FormResult;
import org.perfsheet.model.Review;
import org.perfsheet.model.ReviewSettings;
import org.perfsheet.report.RejectReason;
import org.perfsheet.report.WorkbookReport;
import org.perfsheet.rules.DeclaredTargets;
import org.perfsheet.rules.LayoutGaps;
import org.perfsheet.rules.MonitoredForecasts;
import org.perfsheet.rules.RequiredFields;
import org.perfsheet.rules.Taxonomy;
import org.perfsheet.scoring.ScoringProfile;
import org.perfsheet.workbook.FormFinder;
import org.perfsheet.workbook.RejectedWorkbookException;
import org.perfsheet.workbook.StreamedWorkbook;
import org.perfsheet.workbook.Unstreamable;
import org.perfsheet.workbook.WorkbookOpener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks one workbook, end to end:
 *
 * <ol>
 *   <li>an .xlsx perfsheet has not returned before is read as a stream and its annotated copy
 *       written as the package it came in, only the changed parts rewritten ({@link
 *       StreamedWorkbook}, {@link Annotator#annotate(StreamedWorkbook, List, String, Review,
 *       java.io.OutputStream)}); whatever that path cannot do exactly as the one below would is
 *       passed on to it, never guessed;
 *   <li>otherwise: open it read-only from a stream ({@link WorkbookOpener}); unusable files are
 *       rejected with a reason;
 *   <li>remove perfsheet's own earlier annotations ({@link Annotator#clean}), so a returned and
 *       resubmitted workbook is read as the submitter left it;
 *   <li>find the forms, sheet by sheet, with the layouts learned from the templates ({@link
 *       FormFinder});
 *   <li>give each form its meaning and check it against the rules and the scoring profile;
 *   <li>annotate the workbook in place ({@link Annotator#annotate}) and write it, in the format it
 *       came in and with the parts it did not change as they came ({@link UnchangedParts}), to a
 *       temporary file moved into place ({@link SafeWrite}).
 * </ol>
 *
 * Thread-safe: one instance serves many workbooks in parallel.
 */
public final class Checker implements WorkbookProcessor {

  private static final Logger LOG = LoggerFactory.getLogger(Checker.class);

  private final FormFinder finder;
  private final ScoringProfile profile;
  private final DeclaredTargets declared;
  private final MonitoredForecasts monitored;
  private final ReviewSettings review;

  public Checker(List<Layout> layouts, ScoringProfile profile) {
    this(layouts, profile, new DeclaredTargets());
  }

  /** With declarations: each self-evaluation's targets are compared with its declaration's. */
  public Checker(List<Layout> layouts, ScoringProfile profile, DeclaredTargets declared) {
    this(layouts, profile, declared, new MonitoredForecasts(), ReviewSettings.defaults());
  }

  /**
   * With monitoring forms (each self-evaluation's actuals are compared with what they forecast) and
   * the reviewer, reviewing body and clock the returned workbooks show.
   */
  public Checker(
      List<Layout> layouts,
      ScoringProfile profile,
      DeclaredTargets declared,
      MonitoredForecasts monitored,
      ReviewSettings review) {
    this.finder = new FormFinder(layouts);
    this.profile = profile;
    this.declared = declared;
    this.monitored = monitored;
    this.review = review;
  }

  /** With the reviewer, reviewing body and clock the returned workbooks show. */
  public Checker(
      List<Layout> layouts,
      ScoringProfile profile,
      DeclaredTargets declared,
      ReviewSettings review) {
    this(layouts, profile, declared, new MonitoredForecasts(), review);
  }

  /**
   * Reads the monitoring forms in these workbooks (files or folders) for {@link
   * MonitoredForecasts}.
   */
  public static MonitoredForecasts monitoring(List<Layout> layouts, List<Path> paths)
      throws IOException {
    MonitoredForecasts forecasts = new MonitoredForecasts();
    for (FormData d : forms(layouts, paths, FormKind.PROJECT_MONITORING)) {
      forecasts.add(MonitoringMapping.map(d));
    }
    return forecasts;
  }

  /** Reads the declarations in these workbooks (files or folders) for {@link DeclaredTargets}. */
  public static DeclaredTargets declarations(List<Layout> layouts, List<Path> paths)
      throws IOException {
    DeclaredTargets targets = new DeclaredTargets();
    declarationForms(layouts, paths).forEach(targets::add);
    return targets;
  }

  /**
   * Every declaration in these workbooks (files or folders, searched recursively), in file order.
   */
  public static List<DeclarationForm> declarationForms(List<Layout> layouts, List<Path> paths)
      throws IOException {
    return forms(layouts, paths, FormKind.PROJECT_DECLARATION).stream()
        .map(FormMappings::declaration)
        .toList();
  }

  /**
   * Every form of one kind in these workbooks (files or folders, searched recursively), in file
   * order.
   */
  private static List<FormData> forms(List<Layout> layouts, List<Path> paths, FormKind kind)
      throws IOException {
    FormFinder finder = new FormFinder(layouts);
    List<FormData> out = new ArrayList<>();
    for (Path root : paths) {
      if (!Files.exists(root)) {
        throw new IOException("找不到文件或文件夹：" + root + " / no such file or folder: " + root);
      }
      List<Path> files;
      try (var s = Files.walk(root)) {
        files = s.filter(Files::isRegularFile).filter(WorkbookFiles::isWorkbook).sorted().toList();
      }
      for (Path f : files) {
        try {
          for (FormData d : finder.read(f)) { // streamed when it can be: nothing is written
            if (d.layout().kind() == kind) {
              out.add(d);
            }
          }
        } catch (RejectedWorkbookException e) {
          throw new IOException(f + ": " + e.getMessage(), e);
        }
      }
    }
    return out;
  }

  /** A workbook too big for the heap: this one fails, the batch or the service goes on. */
  public static final RejectReason OUT_OF_MEMORY =
      new RejectReason(
          "TOO_LARGE",
          "工作簿太大，审核时内存不足。请删除多余的工作表、图片以及表格下方的空行后重新保存提交 / the workbook is too big to check in the"
              + " memory available; delete unneeded sheets, pictures and the empty rows below the"
              + " tables, save and resubmit");

  @Override
  public WorkbookReport process(Path input, Path output) {
    String in = input.toString();
    if (streamedWrite(input)) {
      try {
        return processStreamed(input, output);
      } catch (Unstreamable e) {
        // POI's path checks it, or says why it cannot
        LOG.debug("{}: through POI: {}", input, e.getMessage());
      } catch (IOException e) {
        return writeFailed(in, e);
      } catch (OutOfMemoryError e) {
        return WorkbookReport.rejected(in, OUT_OF_MEMORY);
      } catch (RuntimeException e) {
        // a fault of the streamed path must not cost the check: POI's path is the reference
        LOG.debug("{}: the streamed path failed, through POI", input, e);
      }
    }
    try (WorkbookOpener.Opened opened = WorkbookOpener.open(input)) {
      Workbook wb = opened.workbook();
      UnchangedParts unchanged = UnchangedParts.note(wb);
      Annotator.Cleaned cleaned = Annotator.clean(wb);
      List<FormData> forms = finder.find(wb);
      if (forms.isEmpty()) {
        return WorkbookReport.rejected(in, noForm(wb));
      }
      List<FormResult> results = new ArrayList<>();
      for (FormData form : forms) {
        results.add(check(form));
      }
      Review r = Review.of(review, cleaned.rounds() + 1, cleaned.lastFindings(), results);
      unchanged.keep(
          wb, Annotator.annotate(wb, cleaned, results, input.getFileName().toString(), r));
      write(wb, output);
      return WorkbookReport.checked(in, output.toString(), results, r);
    } catch (RejectedWorkbookException e) {
      return WorkbookReport.rejected(in, e.reason());
    } catch (IOException e) {
      return writeFailed(in, e);
    } catch (OutOfMemoryError e) {
      return WorkbookReport.rejected(in, OUT_OF_MEMORY);
    } catch (RuntimeException e) {
      // A bug or a pathological file must not stop a batch: the workbook is rejected, the run goes
      // on.
      return WorkbookReport.rejected(
          in,
          new RejectReason(
              "INTERNAL_ERROR",
              "perfsheet 处理该工作簿时出错（"
                  + e.getClass().getSimpleName()
                  + "），原文件未改动。请将该文件发给系统管理员"
                  + " / perfsheet failed on this workbook ("
                  + e.getClass().getSimpleName()
                  + ": "
                  + e.getMessage()
                  + "); the original is untouched; send the file to the administrator"));
    }
  }

  /**
   * An .xlsx (or .xlsm) checked and annotated without POI's object model (issue 16): read streamed,
   * written as the package it came in with only the changed parts rewritten. Whatever it cannot do
   * exactly as POI's path would (a resubmission, comments already on a marked sheet, no form found:
   * that reason is POI's path's to give) is {@link Unstreamable}, and POI's path takes the
   * workbook. {@code -Dperfsheet.streaming=false} turns it off with the streamed read.
   */
  WorkbookReport processStreamed(Path input, Path output) throws IOException {
    try (StreamedWorkbook book = StreamedWorkbook.open(input)) {
      Annotator.requireFirstSubmission(book);
      List<FormData> forms = finder.find(book);
      if (forms.isEmpty()) {
        throw new Unstreamable("no form");
      }
      List<FormResult> results = new ArrayList<>();
      for (FormData form : forms) {
        results.add(check(form));
      }
      Review r = Review.of(review, 1, null, results);
      String name = input.getFileName().toString();
      SafeWrite.write(output, out -> Annotator.annotate(book, results, name, r, out));
      return WorkbookReport.checked(input.toString(), output.toString(), results, r);
    }
  }

  private static boolean streamedWrite(Path input) {
    String name = input.getFileName().toString().toLowerCase(Locale.ROOT);
    return StreamedWorkbook.enabled()
        && !"false".equalsIgnoreCase(System.getProperty("perfsheet.streaming.write"))
        && (name.endsWith(".xlsx") || name.endsWith(".xlsm"));
  }

  private static WorkbookReport writeFailed(String in, IOException e) {
    return WorkbookReport.rejected(
        in,
        new RejectReason(
            "WRITE_FAILED",
            "无法写出审核后的工作簿："
                + e.getMessage()
                + "。请检查输出文件夹是否存在、是否有写权限、磁盘是否已满"
                + " / cannot write the annotated workbook: "
                + e.getMessage()
                + "; check that the output folder exists, is writable and the disk is not full"));
  }

  private FormResult check(FormData form) {
    Taxonomy taxonomy =
        taxonomies.computeIfAbsent(
            form.layout().id(), id -> Taxonomy.OFFICIAL.with(form.layout().vocabulary().levels()));
    FormResult result =
        FormKinds.check(form, new FormKinds.Context(profile, taxonomy, declared, monitored));
    result = result.withFindings(LayoutGaps.check(form));
    return result.withFindings(RequiredFields.check(form, result.findings()));
  }

  /** Each layout's taxonomy: the official levels and those its template adds. */
  private final Map<String, Taxonomy> taxonomies = new ConcurrentHashMap<>();

  private RejectReason noForm(Workbook wb) {
    var like = FormFinder.lookalike(wb);
    if (like.isPresent()) {
      FormFinder.Lookalike l = like.get();
      // What the closest template has and the sheet lacks (分值, 全年预算数…): the difference to ask
      // about.
      List<String> absent =
          finder.closest(wb, l).map(FormFinder.Closest::absent).orElse(List.of()).stream()
              .limit(6)
              .toList();
      String zh = absent.isEmpty() ? "" : "（表中没有：" + String.join("、", absent) + "）";
      String en = absent.isEmpty() ? "" : " (it has no " + String.join(", ", absent) + ")";
      return new RejectReason(
          "LAYOUT_UNRECOGNISED",
          "工作表“"
              + l.sheet()
              + "”看起来是"
              + l.chinese()
              + "，但其格式与 perfsheet 已有的模板都不相符"
              + zh
              + "，无法审核。请联系财政局提供该表式的模板，或使用财政局下发的表式重新填报"
              + " / sheet \""
              + l.sheet()
              + "\" looks like "
              + l.english()
              + ", but its layout matches none of perfsheet's templates"
              + en
              + "; ask the finance bureau for"
              + " a template of this layout, or resubmit on the official form");
    }
    String sheets = String.join("、", FormFinder.sheetNames(wb));
    String hidden = String.join("、", veryHidden(wb));
    return new RejectReason(
        "NO_FORM",
        "工作簿中没有找到可识别的绩效表（工作表："
            + sheets
            + "）。"
            + "请确认提交的是财政项目支出绩效自评表，表头标题和栏目名称（项目名称、一级指标、实际完成值等）与官方表式一致"
            + (hidden.isEmpty()
                ? ""
                : "。另有“非常隐藏”的工作表："
                    + hidden
                    + "，perfsheet 不读取，在 Excel 或 WPS 中也无法直接取消隐藏；"
                    + "如表格在其中，请将其内容复制到普通工作表后重新提交")
            + " / no performance form found in the workbook (sheets: "
            + sheets
            + "); submit the official form with "
            + "its title and column labels"
            + (hidden.isEmpty()
                ? ""
                : "; the workbook also has very hidden sheets ("
                    + hidden
                    + "), which perfsheet does not read and Excel cannot unhide: if the form is"
                    + " there, copy it to an ordinary sheet"));
  }

  /**
   * Writes the annotated workbook; a failure of the disk (full, gone) that POI wraps in its own
   * runtime exception is still a write failure (WRITE_FAILED), not an internal error.
   */
  private static void write(Workbook wb, Path output) throws IOException {
    try {
      SafeWrite.write(wb, output);
    } catch (RuntimeException e) {
      for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
        if (t instanceof IOException io) {
          throw io;
        }
      }
      throw e;
    }
  }

  /**
   * Sheets hidden so that Excel and WPS cannot show them (set by a macro or a system), perfsheet's
   * own aside.
   */
  private static List<String> veryHidden(Workbook wb) {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < wb.getNumberOfSheets(); i++) {
      if (wb.getSheetVisibility(i) == SheetVisibility.VERY_HIDDEN
          && !wb.getSheetName(i).equals(Annotator.STATE_SHEET)) {
        names.add(wb.getSheetName(i));
      }
    }
    return names;
  }
}
