package org.perfsheet.samples;

import java.time.LocalDate;
import java.util.List;
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

/**
 * Writes a declaration in the Putuo 2024 layout (项目性质 and 项目类别, 项目资金 (元), 年度(/项目)指标值, amounts as
 * numbers) or the Shanghai 2022 layout (项目类别 only, 项目资金, 年度总目标, 指标目标值, amounts as text with
 * separators).
 */
final class DeclarationLayout {

  private final Workbook wb;
  private final Sheet s;
  private final boolean putuo;
  private final CellStyle text;
  private final CellStyle bold;
  private final CellStyle date;
  private final CellStyle money;

  DeclarationLayout(Workbook wb, Sheet s, boolean putuo) {
    this.wb = wb;
    this.s = s;
    this.putuo = putuo;
    this.text = style(false);
    this.bold = style(true);
    this.date = style(false);
    date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
    this.money = style(false);
    money.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));
  }

  void write(SeedDeclarations.Project p) {
    int[] widths = {10, 16, 16, 18, 14, 18};
    for (int i = 0; i < widths.length; i++) {
      s.setColumnWidth(i, widths[i] * 256);
    }
    CellStyle title = style(true);
    title.setBorderBottom(BorderStyle.NONE);
    title.setBorderTop(BorderStyle.NONE);
    title.setBorderLeft(BorderStyle.NONE);
    title.setBorderRight(BorderStyle.NONE);
    put(0, 0, 5, "财政项目支出绩效目标申报表", title);
    put(1, 0, 5, "(" + p.year() + "年度)", title);
    if (putuo) {
      put(2, 0, 0, "项目名称", bold);
      put(2, 1, 1, p.name(), text);
      put(2, 2, 2, "项目性质", bold);
      put(2, 3, 3, p.nature(), text);
      put(2, 4, 4, "项目类别", bold);
      put(2, 5, 5, p.category(), text);
    } else {
      put(2, 0, 0, "项目名称", bold);
      put(2, 1, 2, p.name(), text);
      put(2, 3, 3, "项目类别", bold);
      put(2, 4, 5, p.category(), text);
    }
    put(3, 0, 0, "主管部门", bold);
    put(3, 1, 2, p.department(), text);
    put(3, 3, 3, "实施单位", bold);
    put(3, 4, 5, p.unit(), text);
    put(4, 0, 0, "计划开始日期", bold);
    put(4, 1, 2, "", date);
    s.getRow(4).getCell(1).setCellValue(LocalDate.parse(p.start()));
    put(4, 3, 3, "计划完成日期", bold);
    put(4, 4, 5, "", date);
    s.getRow(4).getCell(4).setCellValue(LocalDate.parse(p.end()));
    vertical(0, 5, 8, putuo ? "项目资金 (元)" : "项目资金");
    put(5, 1, 1, "项目资金总额", bold);
    amount(5, 2, 2, p.total());
    put(5, 3, 3, "年度资金申请总额", bold);
    amount(5, 4, 5, p.total());
    put(6, 1, 1, "其中：财政资金", bold);
    amount(6, 2, 2, p.fiscal());
    put(6, 3, 3, "其中：当年财政拨款", bold);
    amount(6, 4, 5, p.fiscal());
    put(7, 1, 1, "", bold);
    put(7, 2, 2, "", text);
    put(7, 3, 3, "上年结转资金", bold);
    amount(7, 4, 5, p.carryover());
    put(8, 1, 1, "其他资金", bold);
    amount(8, 2, 2, p.other());
    put(8, 3, 3, "其他资金", bold);
    amount(8, 4, 5, p.other());
    vertical(0, 9, 10, putuo ? "项目 绩效 目标" : "项目绩效目标");
    put(9, 1, 2, putuo ? "项目总目标" : "项目总目标\n(" + p.year() + " 年 - " + p.year() + "年)", bold);
    put(9, 3, 5, putuo ? "年度总体目标" : "年度总目标", bold);
    put(10, 1, 2, p.goalTotal(), text);
    put(10, 3, 5, p.goalAnnual(), text);
    s.getRow(10).setHeightInPoints(110);
    List<SeedDeclarations.Row> rows = p.rows();
    vertical(0, 11, 11 + rows.size(), "绩效 指标");
    put(11, 1, 1, "一级指标", bold);
    put(11, 2, 2, "二级指标", bold);
    put(11, 3, 4, "三级指标", bold);
    put(11, 5, 5, putuo ? "年度(/项目)指标值" : "指标目标值", bold);
    for (int i = 0; i < rows.size(); i++) {
      SeedDeclarations.Row x = rows.get(i);
      int r = 12 + i;
      if (i == 0 || !rows.get(i - 1).level1().equals(x.level1())) {
        int end = i;
        while (end + 1 < rows.size() && rows.get(end + 1).level1().equals(x.level1())) {
          end++;
        }
        vertical(1, r, 12 + end, x.level1());
      }
      if (i == 0
          || !rows.get(i - 1).level1().equals(x.level1())
          || !rows.get(i - 1).level2().equals(x.level2())) {
        int end = i;
        while (end + 1 < rows.size()
            && rows.get(end + 1).level1().equals(x.level1())
            && rows.get(end + 1).level2().equals(x.level2())) {
          end++;
        }
        vertical(2, r, 12 + end, x.level2());
      }
      put(r, 3, 4, x.name(), text);
      put(r, 5, 5, x.target(), text);
    }
  }

  private void amount(int r, int from, int to, String v) {
    if (putuo && !v.isEmpty()) {
      put(r, from, to, "", money);
      s.getRow(r).getCell(from).setCellValue(Double.parseDouble(v.replace(",", "")));
    } else {
      put(r, from, to, v, text);
    }
  }

  private void vertical(int c, int from, int to, String v) {
    for (int i = from; i <= to; i++) {
      Row row = s.getRow(i) == null ? s.createRow(i) : s.getRow(i);
      Cell cell = row.getCell(c) == null ? row.createCell(c) : row.getCell(c);
      cell.setCellStyle(bold);
    }
    s.getRow(from).getCell(c).setCellValue(v);
    if (to > from) {
      s.addMergedRegion(new CellRangeAddress(from, to, c, c));
    }
  }

  private void put(int r, int from, int to, String v, CellStyle st) {
    Row row = s.getRow(r) == null ? s.createRow(r) : s.getRow(r);
    for (int i = from; i <= to; i++) {
      Cell cell = row.getCell(i) == null ? row.createCell(i) : row.getCell(i);
      cell.setCellStyle(st);
    }
    if (v != null && !v.isEmpty()) {
      row.getCell(from).setCellValue(v);
    }
    if (to > from) {
      s.addMergedRegion(new CellRangeAddress(r, r, from, to));
    }
  }

  private CellStyle style(boolean isBold) {
    CellStyle st = wb.createCellStyle();
    Font font = wb.createFont();
    font.setFontName("宋体");
    font.setBold(isBold);
    font.setFontHeightInPoints((short) 10);
    st.setFont(font);
    st.setWrapText(true);
    st.setAlignment(isBold ? HorizontalAlignment.CENTER : HorizontalAlignment.LEFT);
    st.setVerticalAlignment(VerticalAlignment.CENTER);
    st.setBorderBottom(BorderStyle.THIN);
    st.setBorderTop(BorderStyle.THIN);
    st.setBorderLeft(BorderStyle.THIN);
    st.setBorderRight(BorderStyle.THIN);
    return st;
  }
}
