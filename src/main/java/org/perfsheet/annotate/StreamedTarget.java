package org.perfsheet.annotate;

import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import org.perfsheet.annotate.StyleBook.Style;
import org.perfsheet.model.CellRef;
import org.perfsheet.workbook.StreamedEdit;
import org.perfsheet.workbook.StreamedWorkbook;
import org.perfsheet.workbook.Unstreamable;

/**
 * Marks a first submission without POI's object model: the cells are known from the streamed read,
 * the styles are made in the styles part itself ({@link StylesPart}), and {@link StreamedEdit}
 * writes only the parts that change.
 */
final class StreamedTarget implements Target {

  private final StreamedWorkbook book;
  private final StreamedEdit edit;
  private final StylesPart styles;
  private final String author;
  private final Map<String, NewComments> notes = new LinkedHashMap<>();

  StreamedTarget(StreamedWorkbook book, String author) {
    this.book = book;
    this.edit = new StreamedEdit(book);
    this.styles = new StylesPart(book.stylesPart());
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
    StreamedWorkbook.Note note = book.notes(ref.sheet()).get(ref.a1());
    return new Original(
        styles.at(c.style()),
        c.empty(),
        note == null ? null : note.author(),
        note == null ? null : note.text());
  }

  @Override
  public void mark(CellRef ref, Style style, Double value, String note) {
    edit.cell(ref.sheet(), ref.row(), ref.col(), style.index(), value);
    if (note != null && book.notes(ref.sheet()).containsKey(ref.a1())) {
      throw new Unstreamable("perfsheet's comment joins the submitter's on a cell: through POI");
    }
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
    notes.forEach(edit::comments);
    edit.first(name, sheet.xml(true), sheet.printTitleRows());
  }

  @Override
  public void addState(String name, OwnSheet sheet) {
    edit.last(name, sheet.xml(false));
  }

  /** Writes the annotated copy, once the annotator has marked it. */
  void write(OutputStream out) throws IOException {
    edit.styles(styles.bytes());
    edit.write(out);
  }
}
