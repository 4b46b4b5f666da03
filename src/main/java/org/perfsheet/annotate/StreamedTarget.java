package org.perfsheet.annotate;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.model.StylesTable;
import org.perfsheet.model.CellRef;
import org.perfsheet.workbook.StreamedEdit;
import org.perfsheet.workbook.StreamedWorkbook;
import org.perfsheet.workbook.Unstreamable;

/**
 * Marks a first submission without POI's object model: the cells are known from the streamed read,
 * the styles are made in the styles part alone (POI's {@link StylesTable}, so the same styles as
 * through POI), and {@link StreamedEdit} writes only the parts that change.
 */
final class StreamedTarget implements Target {

  private final StreamedWorkbook book;
  private final StreamedEdit edit;
  private final StylesTable table;
  private final StyleBook styles;
  private final String author;
  private final Map<String, NewComments> notes = new LinkedHashMap<>();

  StreamedTarget(StreamedWorkbook book, String author) {
    this.book = book;
    this.edit = new StreamedEdit(book);
    try {
      this.table = new StylesTable(new ByteArrayInputStream(book.stylesPart()));
    } catch (IOException | RuntimeException e) {
      throw new Unstreamable("styles POI cannot read here: its own path says why", e);
    }
    this.styles = StyleBook.of(table);
    this.author = author;
  }

  @Override
  public StyleBook styles() {
    return styles;
  }

  @Override
  public Original cell(CellRef ref) {
    StreamedWorkbook.Stored c = book.stored(ref.sheet(), ref.row(), ref.col());
    if (c == null) {
      return null;
    }
    if (c.style() >= table.getNumCellStyles()) {
      throw new Unstreamable("no cell style " + c.style());
    }
    return new Original(styles.styleAt(c.style()), c.empty(), null, null);
  }

  @Override
  public void mark(CellRef ref, CellStyle style, Double value, String note) {
    edit.cell(ref.sheet(), ref.row(), ref.col(), style.getIndex(), value);
    if (note != null) {
      notes
          .computeIfAbsent(ref.sheet(), s -> new NewComments(author))
          .add(ref.row(), ref.col(), note);
    }
  }

  @Override
  public boolean hasSheet(String name) {
    return book.sheetNames().contains(name);
  }

  @Override
  public void addFirst(String name, OwnSheet sheet) {
    notes.forEach((s, n) -> edit.comments(s, n.commentsXml(), n::vmlXml));
    edit.first(name, sheet.xml(true), sheet.printTitleRows());
  }

  @Override
  public void addState(String name, OwnSheet sheet) {
    edit.last(name, sheet.xml(false));
  }

  /** Writes the annotated copy, once the annotator has marked it. */
  void write(OutputStream out) throws IOException {
    ByteArrayOutputStream xml = new ByteArrayOutputStream(64 * 1024);
    table.writeTo(xml);
    edit.styles(xml.toByteArray());
    edit.write(out);
  }
}
