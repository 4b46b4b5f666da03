package org.perfsheet.testing;

import java.util.Random;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * What a unit does to a form by mistake: cells emptied, junk and numbers typed in, rows removed.
 */
public final class Mutations {

  private Mutations() {}

  public static final String[] JUNK = {
    "", " ", "总分", "得分", "≥", "#N/A", "12,34,5", "未完成", "-", "1e309", "％", "年度目标 9：", "（", "99.5%%",
    "\n", "合计", "=SUM(", "_x000D_", "2023年度"
  };

  /** One random mistake on the sheet. */
  public static void mutate(Sheet s, Random random) {
    Row row = s.getRow(random.nextInt(Math.max(0, s.getLastRowNum()) + 1));
    if (row == null) {
      return;
    }
    switch (random.nextInt(4)) {
      case 0 -> s.removeRow(row);
      case 1 -> {
        var c = row.getCell(random.nextInt(Math.max(1, row.getLastCellNum())));
        if (c != null) {
          c.setBlank();
        }
      }
      case 2 -> row.createCell(random.nextInt(12)).setCellValue(JUNK[random.nextInt(JUNK.length)]);
      default ->
          row.createCell(random.nextInt(12))
              .setCellValue(
                  random.nextInt(3) == 0 ? -random.nextDouble() * 1e6 : random.nextDouble() * 200);
    }
  }
}
