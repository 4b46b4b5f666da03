package org.perfsheet.samples;

import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.RegionUtil;

/**
 * Writes a {@link Seed2021.Form} in the layout of the Shanghai 2021 forms, the way a finance system
 * exports them (one-row and group merges, header labels with line breaks, amounts as numbers or as
 * text with separators) or the way a unit types one by hand (no merges, 一级/二级 written once,
 * everything as text).
 */
final class ShanghaiLayout {

  enum Style {
    EXPORT,
    TYPED
  }

  private final Workbook wb;
  private final Sheet s;
  private final int r0;
  private final int c0;
  private final Style style;
  private final String moneyLabel;
  private final UnaryOperator<String> amounts;
  private final CellStyle text;
  private final CellStyle bold;
  private final CellStyle title;

  ShanghaiLayout(
      Workbook wb,
      Sheet s,
      int r0,
      int c0,
      Style style,
      String moneyLabel,
      UnaryOperator<String> amounts) {
    this.wb = wb;
    this.s = s;
    this.r0 = r0;
    this.c0 = c0;
    this.style = style;
    this.moneyLabel = moneyLabel;
    this.amounts = amounts;
    this.text = style(false, 10);
    this.bold = style(true, 10);
    this.title = style(true, 16);
    title.setBorderBottom(BorderStyle.NONE);
    title.setBorderTop(BorderStyle.NONE);
    title.setBorderLeft(BorderStyle.NONE);
    title.setBorderRight(BorderStyle.NONE);
  }

  void write(Seed2021.Form f) {
    int[] widths = {6, 12, 14, 24, 14, 14, 7, 7, 24};
    for (int i = 0; i < widths.length; i++) {
      s.setColumnWidth(c0 + i, widths[i] * 256);
    }
    put(0, 0, "财政项目支出绩效自评表", title, 0, 8);
    put(1, 0, "(2021 年度)", text, 0, 8);
    put(2, 0, "项目名称", bold, 0, 1);
    put(2, 2, f.project(), text, 2, 8);
    put(3, 0, "主管部门", bold, 0, 1);
    put(3, 2, f.department(), text, 2, 4);
    put(3, 5, "实施单位", bold, 5, 5);
    put(3, 6, f.unit(), text, 6, 8);
    block(4, 8, 0, moneyLabel);
    put(4, 1, "", bold, 1, 1);
    String[] heads = {"年初预算数", "全年预算数", "全年执行数", "分值", "执行率"};
    for (int i = 0; i < heads.length; i++) {
      put(4, 2 + i, heads[i], bold, 2 + i, 2 + i);
    }
    put(4, 7, "得分", bold, 7, 8);
    funds(5, "年度资金总额", f.total(), true, f);
    funds(6, "    其中：当年财政拨款", f.fiscal(), false, f);
    funds(7, "上年结转资金", f.carryover(), false, f);
    funds(8, "其他资金", f.other(), false, f);
    block(9, 10, 0, "年度\n总体\n目标");
    put(9, 1, "预算目标", bold, 1, 4);
    put(9, 5, "实际完成情况", bold, 5, 8);
    put(10, 1, f.goal(), text, 1, 4);
    put(10, 5, f.achieved(), text, 5, 8);
    s.getRow(r0 + 10).setHeightInPoints(160);
    int head = 11;
    String[] cols = {"一级指标", "二级指标", "三级指标", "年度\n指标值", "实际\n完成值", "分值", "得分", "偏差原因分析及\n改进措施"};
    for (int i = 0; i < cols.length; i++) {
      put(head, 1 + i, cols[i], bold, 1 + i, 1 + i);
    }
    s.getRow(r0 + head).setHeightInPoints(30);
    List<Seed2021.Row> rows = f.rows();
    int first = head + 1;
    block(head, head + rows.size(), 0, "绩\n效\n指\n标");
    for (int i = 0; i < rows.size(); i++) {
      Seed2021.Row x = rows.get(i);
      int r = first + i;
      boolean newL1 = i == 0 || !rows.get(i - 1).level1().equals(x.level1());
      boolean newL2 = newL1 || !rows.get(i - 1).level2().equals(x.level2());
      if (newL1) {
        int end = i;
        while (end + 1 < rows.size() && rows.get(end + 1).level1().equals(x.level1())) {
          end++;
        }
        level(r, first + end, 1, x.level1());
      } else if (style == Style.TYPED) {
        put(r, 1, "", text, 1, 1);
      }
      if (newL2) {
        int end = i;
        while (end + 1 < rows.size()
            && rows.get(end + 1).level1().equals(x.level1())
            && rows.get(end + 1).level2().equals(x.level2())) {
          end++;
        }
        level(r, first + end, 2, x.level2());
      } else if (style == Style.TYPED) {
        put(r, 2, "", text, 2, 2);
      }
      put(r, 3, x.name(), text, 3, 3);
      put(r, 4, x.target(), text, 4, 4);
      put(r, 5, x.actual(), text, 5, 5);
      number(r, 6, x.weight());
      number(r, 7, x.score());
      put(r, 8, x.explanation(), text, 8, 8);
    }
    int total = first + rows.size();
    put(total, 0, "总分", bold, 0, 5);
    number(total, 6, f.totalWeight());
    put(total, 7, f.totalScore(), text, 7, 7);
    put(total, 8, "", text, 8, 8);
  }

  private void funds(int r, String label, String[] v, boolean total, Seed2021.Form f) {
    put(r, 1, label, bold, 1, 1);
    for (int i = 0; i < 3; i++) {
      amount(r, 2 + i, v[i]);
    }
    if (total) {
      number(r, 5, f.weight());
      put(r, 6, f.rate(), text, 6, 6);
      if (f.score().isEmpty()) {
        put(r, 7, "", text, 7, 8);
      } else if (style == Style.TYPED) {
        put(r, 7, f.score(), text, 7, 8);
      } else {
        put(r, 7, "", text, 7, 8);
        s.getRow(r0 + r).getCell(c0 + 7).setCellValue(Double.parseDouble(f.score()));
      }
    } else {
      put(r, 5, "—", text, 5, 5);
      put(r, 6, "—", text, 6, 6);
      put(r, 7, "—", text, 7, 8);
    }
  }

  private void amount(int r, int c, String v) {
    String shown = amounts.apply(v);
    if (style == Style.EXPORT && shown.matches("-?\\d+(\\.\\d+)?")) {
      number(r, c, shown);
    } else {
      put(r, c, shown, text, c, c);
    }
  }

  private void number(int r, int c, String v) {
    if (style == Style.TYPED || v.isEmpty() || !v.matches("-?\\d+(\\.\\d+)?")) {
      put(r, c, v, text, c, c);
      return;
    }
    put(r, c, "", text, c, c);
    s.getRow(r0 + r).getCell(c0 + c).setCellValue(Double.parseDouble(v));
  }

  /** 一级/二级: merged over their rows in exports; written once in typed forms. */
  private void level(int from, int to, int c, String v) {
    if (style == Style.EXPORT && to > from) {
      block(from, to, c, v);
    } else {
      put(from, c, v, text, c, c);
    }
  }

  private void block(int from, int to, int c, String v) {
    put(from, c, v, bold, c, c);
    for (int r = from + 1; r <= to; r++) {
      put(r, c, "", bold, c, c);
    }
    if (to > from) {
      CellRangeAddress region = new CellRangeAddress(r0 + from, r0 + to, c0 + c, c0 + c);
      s.addMergedRegion(region);
      RegionUtil.setBorderBottom(BorderStyle.THIN, region, s);
    }
  }

  private void put(int r, int c, String v, CellStyle st, int fromCol, int toCol) {
    Row row = s.getRow(r0 + r) == null ? s.createRow(r0 + r) : s.getRow(r0 + r);
    for (int i = fromCol; i <= toCol; i++) {
      Cell cell = row.getCell(c0 + i) == null ? row.createCell(c0 + i) : row.getCell(c0 + i);
      cell.setCellStyle(st);
    }
    if (v != null && !v.isEmpty()) {
      row.getCell(c0 + c).setCellValue(v);
    }
    if (toCol > fromCol) {
      s.addMergedRegion(new CellRangeAddress(r0 + r, r0 + r, c0 + fromCol, c0 + toCol));
    }
  }

  private CellStyle style(boolean isBold, int size) {
    CellStyle st = wb.createCellStyle();
    Font font = wb.createFont();
    font.setFontName("宋体");
    font.setBold(isBold);
    font.setFontHeightInPoints((short) size);
    st.setFont(font);
    st.setWrapText(true);
    st.setVerticalAlignment(VerticalAlignment.CENTER);
    st.setAlignment(isBold ? HorizontalAlignment.CENTER : HorizontalAlignment.LEFT);
    st.setBorderBottom(BorderStyle.THIN);
    st.setBorderTop(BorderStyle.THIN);
    st.setBorderLeft(BorderStyle.THIN);
    st.setBorderRight(BorderStyle.THIN);
    return st;
  }
}
