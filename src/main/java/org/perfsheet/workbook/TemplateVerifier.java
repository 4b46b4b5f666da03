package org.perfsheet.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.perfsheet.layout.FieldKeys;
import org.perfsheet.layout.FieldLayout;
import org.perfsheet.layout.FormData;
import org.perfsheet.layout.Layout;
import org.perfsheet.layout.Locator;
import org.perfsheet.model.CellRef;

/**
 * {@code template verify}: checks a template a person made before it is used on real forms. The
 * template must learn; every {@code ps_} name must be a field perfsheet knows for the form kind;
 * the essential fields must be marked; the legend must describe exactly the marked fields; and the
 * template must read itself back: each field is found, by its labels, at the very cell its name
 * marks (a label that does not lead to its cell would misread every submitted form).
 */
public final class TemplateVerifier {

  /** One thing wrong with a template, in Chinese; {@code error} ones make it unusable. */
  public record Problem(boolean error, String message) {}

  private TemplateVerifier() {}

  public static List<Problem> verify(Path template) {
    List<Problem> out = new ArrayList<>();
    String id = template.getFileName().toString().replaceFirst("(?i)\\.xlsx$", "");
    try (InputStream in = Files.newInputStream(template);
        Workbook wb = WorkbookFactory.create(in)) {
      Layout layout;
      try {
        layout = new TemplateLearner().learn(id, wb);
      } catch (IllegalArgumentException e) {
        out.add(new Problem(true, "无法读取模板：" + e.getMessage()));
        return out;
      }
      keys(layout, wb, out);
      readsItself(layout, wb, out);
    } catch (IOException | RuntimeException e) {
      out.add(new Problem(true, "无法打开：" + e.getMessage() + "（模板须是 Excel 工作簿 .xlsx）"));
    }
    return out;
  }

  private static void keys(Layout layout, Workbook wb, List<Problem> out) {
    Set<String> known = FieldKeys.known(layout.kind());
    Set<String> marked = new TreeSet<>();
    for (TemplateLearner.Mark m : TemplateLearner.marks(wb)) {
      String key = m.name().substring(TemplateLearner.NAME_PREFIX.length());
      marked.add(key);
      if (!known.contains(key)) {
        out.add(
            new Problem(
                true,
                "名称 "
                    + m.name()
                    + " 不是"
                    + layout.kind().chinese()
                    + "的字段（拼写有误？）。可用的名称："
                    + String.join(
                        "、", known.stream().map(k -> TemplateLearner.NAME_PREFIX + k).toList())));
      }
    }
    marked.add(FieldKeys.YEAR); // write-only: where a generated form writes the year
    for (String key : new TreeSet<>(FieldKeys.essential(layout.kind()))) {
      if (!marked.contains(key)) {
        out.add(
            new Problem(
                true,
                "缺少名称 "
                    + TemplateLearner.NAME_PREFIX
                    + key
                    + "：没有它，"
                    + layout.kind().chinese()
                    + "无法审核。请在对应单元格上定义该名称（公式 → 名称管理器）。"));
      }
    }
    for (FieldLayout f : layout.fields()) {
      if (f.meaning() == null || f.meaning().isBlank()) {
        out.add(
            new Problem(
                false, "字段说明中没有 " + TemplateLearner.NAME_PREFIX + f.key() + " 的说明（含义、是否必填）。"));
      }
    }
    Set<String> legendKeys =
        TemplateLearner.Legend.read(wb, new DataFormatter(Locale.ROOT)).entries.keySet();
    for (String key : new TreeSet<>(legendKeys)) {
      if (!marked.contains(key)) {
        out.add(
            new Problem(false, "字段说明列出了 " + TemplateLearner.NAME_PREFIX + key + "，但工作簿中没有这个名称。"));
      }
    }
  }

  /**
   * Reads the template as if it were a submitted form and compares where each field is found with
   * its mark.
   */
  private static void readsItself(Layout layout, Workbook wb, List<Problem> out) {
    List<TemplateLearner.Mark> marks = TemplateLearner.marks(wb);
    if (marks.isEmpty()) {
      return;
    }
    SheetGrid grid =
        new SheetGrid(wb.getSheet(marks.get(0).sheet()), new DataFormatter(Locale.ROOT));
    FormReader reader = new FormReader(layout, grid);
    if (reader.labelsFound() == 0 && reader.coverage() == 0) {
      out.add(new Problem(true, "表中找不到识别标题“" + layout.title() + "”：请核对字段说明中的“识别标题”与表头标题一致。"));
      return;
    }
    FormData d = reader.read();
    for (TemplateLearner.Mark m : marks) {
      String key = m.name().substring(TemplateLearner.NAME_PREFIX.length());
      FieldLayout f = layout.field(key).orElse(null);
      if (f == null || f.repeated()) {
        continue; // blocks repeat: each is read relative to its own heading
      }
      SheetGrid.Place at =
          grid.placeOf(m.area().getFirstCell().getRow(), m.area().getFirstCell().getCol());
      String cell = new CellReference(at.firstRow(), at.firstCol()).formatAsString();
      if (d.notFound().contains(key)) {
        out.add(
            new Problem(
                true,
                "名称 "
                    + m.name()
                    + "（"
                    + cell
                    + "）按其标签“"
                    + labels(f.locator())
                    + "”在表中找不到。请检查标签文字，或在字段说明的别名中加上这种写法。"));
        continue;
      }
      CellRef found =
          f.locator() instanceof Locator.TableColumn
              ? d.reading().tableStart() == null
                  ? null
                  : new CellRef(grid.name(), d.reading().tableStart().row(), at.firstCol())
              : d.field(key) == null ? null : d.field(key).ref();
      if (found != null && (found.row() != at.firstRow() || found.col() != at.firstCol())) {
        out.add(
            new Problem(
                true,
                "名称 "
                    + m.name()
                    + " 标记的是 "
                    + cell
                    + "，但按标签“"
                    + labels(f.locator())
                    + "”读到的是 "
                    + found.a1()
                    + "。请把名称移到该标签对应的单元格，或调整标签。"));
      }
    }
  }

  private static String labels(Locator l) {
    return String.join(" × ", l.labels().stream().map(x -> x.name()).toList());
  }
}
