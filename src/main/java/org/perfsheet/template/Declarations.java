package org.perfsheet.template;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.perfsheet.layout.FormData;
import org.perfsheet.layout.FormMappings;
import org.perfsheet.layout.Layout;
import org.perfsheet.model.DeclarationForm;
import org.perfsheet.model.FormKind;
import org.perfsheet.notation.Measure;
import org.perfsheet.notation.Notation;
import org.perfsheet.workbook.FormFinder;
import org.perfsheet.workbook.RejectedWorkbookException;
import org.perfsheet.workbook.WorkbookOpener;

/** Declarations read from workbooks, and their targets as bounds Excel can compare. */
final class Declarations {

  private Declarations() {}

  static List<DeclarationForm> read(List<Layout> layouts, List<Path> paths) throws IOException {
    FormFinder finder = new FormFinder(layouts);
    List<DeclarationForm> out = new ArrayList<>();
    for (Path root : paths) {
      if (!Files.exists(root)) {
        throw new IOException("找不到文件或文件夹：" + root + " / no such file or folder: " + root);
      }
      List<Path> files;
      try (var s = Files.walk(root)) {
        files = s.filter(Files::isRegularFile)
            .filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).matches("[^~.].*\\.xls[xm]?$")).sorted().toList();
      }
      for (Path f : files) {
        try (WorkbookOpener.Opened o = WorkbookOpener.open(f)) {
          for (FormData d : finder.find(o.workbook())) {
            if (d.layout().kind() == FormKind.PROJECT_DECLARATION) {
              out.add(FormMappings.declaration(d));
            }
          }
        } catch (RejectedWorkbookException e) {
          throw new IOException(f + ": " + e.getMessage(), e);
        }
      }
    }
    return out;
  }

  /** A quantitative target as Excel holds the typed actual: 95% → 0.95; ranges by their floor. */
  static Optional<TargetBounds.Bound> bound(String target) {
    Measure m = Notation.parse(target);
    if (m instanceof Measure.Quantity q) {
      String c = switch (q.comparator()) {
        case GE -> ">=";
        case GT -> ">";
        case LE -> "<=";
        case LT -> "<";
        case EQ -> "=";
      };
      return Optional.of(new TargetBounds.Bound(c, q.percent() ? q.value() / 100 : q.value()));
    }
    if (m instanceof Measure.Range r) {
      return Optional.of(new TargetBounds.Bound(">=", r.unit().equals("%") ? r.low() / 100 : r.low()));
    }
    return Optional.empty();
  }

}
