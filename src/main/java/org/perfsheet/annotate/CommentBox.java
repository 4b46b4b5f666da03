package org.perfsheet.annotate;

import com.microsoft.schemas.vml.CTShape;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.model.Comments;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * A comment on one cell through POI: for .xls, and for an .xlsx sheet that has comments already
 * (the others get {@link NewComments}). The box is four columns wide, to the right of the cell, as
 * tall as the text needs.
 *
 * <p>POI files an .xlsx comment under the top-left cell of its box until the comment is attached to
 * its own cell, and refuses if that cell has a comment: the box of a comment beside a submitter's
 * note would fail. So the comment is made with its box on its own cell, which is free, and the box
 * is moved right afterwards.
 */
final class CommentBox {

  private CommentBox() {}

  /** Rows a comment box spans: as many as its text needs at four columns' width, at most 20. */
  static int rows(String text) {
    int lines = 0;
    for (String line : text.split("\n")) {
      lines += 1 + line.length() / 22;
    }
    return Math.min(20, 2 + lines);
  }

  /** Puts the comment on the cell, which must have none. */
  static void put(Cell cell, String author, String text) {
    Sheet sheet = cell.getSheet();
    CreationHelper helper = sheet.getWorkbook().getCreationHelper();
    ClientAnchor box = box(helper, cell, 1, rows(text));
    Comment c;
    if (sheet instanceof XSSFSheet x) {
      c = newXlsxComment(x, box(helper, cell, 0, rows(text)));
      moveBox((XSSFComment) c, box);
    } else {
      Drawing<?> drawing =
          sheet.getDrawingPatriarch() != null
              ? sheet.getDrawingPatriarch()
              : sheet.createDrawingPatriarch();
      c = drawing.createCellComment(box);
    }
    c.setString(helper.createRichTextString(text));
    c.setAuthor(author == null ? "" : author);
    cell.setCellComment(c);
  }

  /**
   * Four columns wide, {@code rows} tall, from {@code shift} columns right of the cell, on its row.
   */
  private static ClientAnchor box(CreationHelper helper, Cell cell, int shift, int rows) {
    ClientAnchor a = helper.createClientAnchor();
    a.setCol1(cell.getColumnIndex() + shift);
    a.setCol2(cell.getColumnIndex() + shift + 4);
    a.setRow1(cell.getRowIndex());
    a.setRow2(cell.getRowIndex() + rows);
    return a;
  }

  /**
   * In .xlsx a comment needs only the comments part and its VML shape, as Excel writes it; the
   * drawing patriarch would also add an empty DrawingML drawing to the sheet.
   */
  private static Comment newXlsxComment(XSSFSheet sheet, ClientAnchor anchor) {
    if (COMMENTS_TABLE != null) {
      try {
        return ((Comments) COMMENTS_TABLE.invoke(sheet, true)).createNewComment(anchor);
      } catch (ReflectiveOperationException e) {
        // fall through to the patriarch: one part more, the same comment
      }
    }
    return sheet.createDrawingPatriarch().createCellComment(anchor);
  }

  /**
   * The box where it belongs, in the comment's VML shape; left over the cell if POI will not say
   * where that is.
   */
  private static void moveBox(XSSFComment comment, ClientAnchor box) {
    if (SHAPE == null) {
      return;
    }
    try {
      var shape = (CTShape) SHAPE.invoke(comment);
      if (shape != null
          && shape.sizeOfClientDataArray() > 0
          && shape.getClientDataArray(0).sizeOfAnchorArray() > 0) {
        shape
            .getClientDataArray(0)
            .setAnchorArray(
                0,
                box.getCol1()
                    + ", 0, "
                    + box.getRow1()
                    + ", 0, "
                    + box.getCol2()
                    + ", 0, "
                    + box.getRow2()
                    + ", 0");
      }
    } catch (ReflectiveOperationException | RuntimeException e) {
      // the box stays over the cell: still readable
    }
  }

  // POI keeps these two protected, though they are what its own public methods use.
  private static final Method COMMENTS_TABLE =
      method(XSSFSheet.class, "getCommentsTable", boolean.class);
  private static final Method SHAPE = method(XSSFComment.class, "getCTShape");

  /**
   * The POI methods above that this POI lacks: CommentBoxTest fails on any, so a POI upgrade cannot
   * drop one unseen.
   */
  static List<String> missingPoiMethods() {
    List<String> missing = new ArrayList<>();
    if (COMMENTS_TABLE == null) {
      missing.add("XSSFSheet.getCommentsTable(boolean)");
    }
    if (SHAPE == null) {
      missing.add("XSSFComment.getCTShape()");
    }
    return missing;
  }

  private static Method method(Class<?> type, String name, Class<?>... parameters) {
    try {
      Method m = type.getDeclaredMethod(name, parameters);
      m.setAccessible(true);
      return m;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }
}
