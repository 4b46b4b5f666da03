package org.perfsheet.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * CommentBox reaches two protected POI methods by reflection and, without them, quietly does less
 * (an extra empty drawing part; the box left over the cell). So a POI upgrade that renames or drops
 * one fails here, by name, instead of changing the annotated workbooks unseen.
 */
class CommentBoxTest {

  @Test
  void thePoiMethodsItReachesByReflectionExist() {
    assertEquals(
        "[]",
        CommentBox.missingPoiMethods().toString(),
        "this POI lacks the methods CommentBox calls by reflection: adapt CommentBox"
            + " (newXlsxComment, moveBox) to it");
  }

  @Test
  void anXlsxCommentGetsItsBoxRightOfTheCellAndNoDrawing() throws Exception {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      XSSFSheet sheet = wb.createSheet("表");
      Cell cell = sheet.createRow(3).createCell(2);
      CommentBox.put(cell, "perfsheet", "得分高于规则\n第二行");

      XSSFComment c = (XSSFComment) cell.getCellComment();
      assertEquals("得分高于规则\n第二行", c.getString().getString());
      assertEquals("perfsheet", c.getAuthor());
      ClientAnchor box = c.getClientAnchor();
      assertEquals(
          3, box.getCol1(), "one column right of the cell (XSSFComment.getCTShape() moved it)");
      assertEquals(7, box.getCol2(), "four columns wide");
      assertEquals(3, box.getRow1());
      assertEquals(3 + CommentBox.rows("得分高于规则\n第二行"), box.getRow2());
      assertNull(
          sheet.getDrawingPatriarch(),
          "no DrawingML drawing: the comment went through XSSFSheet.getCommentsTable(boolean), not"
              + " the patriarch");
      assertTrue(sheet.getCellComments().containsKey(new CellAddress(cell)));
    }
  }
}
