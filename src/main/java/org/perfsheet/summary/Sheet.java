package org.perfsheet.summary;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.dhatim.fastexcel.BorderStyle;
import org.dhatim.fastexcel.PaperSize;
import org.dhatim.fastexcel.Position;
import org.dhatim.fastexcel.StyleSetter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * One sheet of the summary as a bureau prints it: A4 landscape, one page wide, the title in the
 * page header and the page number in the footer, a title row and the summary's 年度 / 汇总单位 / 制表日期 on
 * top. Every number goes out with its format on its own cell (Excel and WPS do not apply a column's
 * style to a cell written without one). Every text is written as text, never as a formula, whatever
 * it starts with.
 */
final class Sheet {

  private static final int FLUSH_EVERY = 2000;
  private static final String HEAD_FILL = "DDEBF7";

  /**
   * Points per line of 10-point 宋体, and the most lines a row grows to (a long message is cut
   * there).
   */
  private static final double LINE_HEIGHT = 13.5;

  private static final int MAX_LINES = 8;

  final Worksheet ws;
  private final int columns;
  private int row;
  private int filterRow = -1;
  private final boolean[] wrap;
  private final double[] widths;

  /** What every sheet's top says. */
  record Title(String text, String years, String bureau, String date) {}

  Sheet(Workbook wb, String name, Title title, double[] widths) {
    this.ws = wb.newWorksheet(name);
    this.columns = widths.length;
    this.wrap = new boolean[widths.length];
    this.widths = widths.clone();
    for (int i = 0; i < widths.length; i++) {
      ws.width(i, widths[i]);
    }
    ws.paperSize(PaperSize.A4_PAPER);
    ws.pageOrientation("landscape");
    ws.fitToWidth((short) 1);
    ws.fitToHeight((short) 0);
    ws.leftMargin(0.5f);
    ws.rightMargin(0.5f);
    ws.header(title.text() + " · " + name, Position.CENTER, "宋体", 11);
    ws.footer("第 &P 页，共 &N 页", Position.CENTER, "宋体", 9);
    ws.footer("制表日期 " + title.date(), Position.RIGHT, "宋体", 9);
    ws.value(0, 0, title.text() + " · " + name);
    ws.range(0, 0, 0, columns - 1).merge();
    ws.range(0, 0, 0, columns - 1).style().bold().fontSize(14).horizontalAlignment("center").set();
    ws.value(1, 0, "年度：" + title.years() + "　　汇总单位：" + title.bureau() + "　　制表日期：" + title.date());
    ws.range(1, 0, 1, columns - 1).merge();
    row = 2;
  }

  /** Texts in these columns wrap (the row grows) rather than run into the next cell. */
  Sheet wrap(int... columns) {
    for (int c : columns) {
      wrap[c] = true;
    }
    return this;
  }

  int row() {
    return row;
  }

  void skip() {
    row++;
  }

  /** A section heading, bold, on its own row. */
  void heading(String text) {
    ws.value(row, 0, text);
    ws.style(row, 0).bold().fontSize(12).set();
    row++;
  }

  /** A table's header row; returns its row number. */
  int head(String... names) {
    for (int c = 0; c < names.length; c++) {
      ws.value(row, c, names[c]);
    }
    ws.range(row, 0, row, names.length - 1)
        .style()
        .bold()
        .fillColor(HEAD_FILL)
        .wrapText(true)
        .borderStyle(BorderStyle.THIN)
        .verticalAlignment("center")
        .set();
    ws.rowHeight(row, 27);
    return row++;
  }

  /**
   * A data row: numbers with the column's format, texts as text. A row with wrapped text gets the
   * height its longest text needs: neither Excel, WPS nor LibreOffice reliably grows a row written
   * without one.
   */
  void values(List<Object> values, String[] formats) throws IOException {
    int lines = 1;
    for (int c = 0; c < values.size(); c++) {
      Object v = values.get(c);
      if (!(v instanceof Number) && v != null && c < wrap.length && wrap[c]) {
        lines = Math.max(lines, lines(v.toString(), widths[c]));
      }
    }
    boolean tall =
        lines > 1; // then every cell of the row sits at the top, as the wrapped text does
    for (int c = 0; c < values.size(); c++) {
      Object v = values.get(c);
      if (v instanceof Number n) {
        ws.value(row, c, n);
        StyleSetter st = ws.style(row, c).format(formats[c] != null ? formats[c] : Formats.SCORE);
        (tall ? st.verticalAlignment("top") : st).set();
      } else if (v != null && !v.toString().isEmpty()) {
        ws.value(row, c, v.toString());
        if (c < wrap.length && wrap[c]) {
          ws.style(row, c).wrapText(true).verticalAlignment("top").set();
        } else if (tall) {
          ws.style(row, c).verticalAlignment("top").set();
        }
      }
    }
    if (tall) {
      // fastexcel keeps every row height until the sheet is finished: some 80 bytes a row
      ws.rowHeight(row, Math.min(MAX_LINES, lines) * LINE_HEIGHT);
    }
    if (row % FLUSH_EVERY == 0) {
      ws.flush();
    }
    row++;
  }

  void values(String[] formats, Object... values) throws IOException {
    values(Arrays.asList(values), formats);
  }

  /**
   * The header row prints on every page; with {@code filter}, it also stays in view and filters the
   * rows below.
   */
  void table(int headRow, boolean filter) {
    ws.repeatRows(headRow);
    if (filter) {
      ws.freezePane(0, headRow + 1);
      filterRow = headRow;
    }
  }

  /** Lines a text takes in a column {@code width} characters wide: a Chinese character is two. */
  static int lines(String text, double width) {
    int total = 0;
    for (String part : text.split("\n", -1)) {
      int units = part.codePoints().map(cp -> cp < 0x1100 ? 1 : 2).sum();
      total += Math.max(1, (int) Math.ceil(units / Math.max(1, width - 1)));
    }
    return total;
  }

  void finish() throws IOException {
    if (filterRow >= 0) {
      ws.setAutoFilter(filterRow, 0, Math.max(filterRow, row - 1), columns - 1);
    }
    ws.finish();
  }
}
