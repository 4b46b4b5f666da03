package org.perfsheet.samples;

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

/** Writes the Qiaokou 2020 department-wide form in its own layout: seven columns, no 分值 column. */
final class QiaokouLayout {

  private final Workbook wb;
  private final Sheet s;
  private final CellStyle text;
  private final CellStyle bold;
  private int r;

  QiaokouLayout(Workbook wb, Sheet s) {
    this.wb = wb;
    this.s = s;
    this.text = style(false, 10, true);
    this.bold = style(true, 10, true);
  }

  void write() {
    int[] widths = {12, 10, 14, 30, 14, 16, 8};
    for (int i = 0; i < widths.length; i++) {
      s.setColumnWidth(i, widths[i] * 256);
    }
    put(0, "2020 年度硚口区司法局整体绩效自评表", style(true, 15, false), 6);
    r++;
    put(0, "单位名称：硚口区司法局                    填报日期：2021 年 6月 20 日", style(false, 10, false), 6);
    r++;
    put(0, "单位名称", bold, 0);
    put(1, "硚口区司法局", text, 6);
    r++;
    put(0, "基本支出总额", bold, 0);
    put(1, "2758.60 万元", text, 2);
    put(3, "项目支出总额", bold, 3);
    put(4, "773.68 万元", text, 6);
    r++;
    vertical(0, r, r + 1, "预算执行情况\n（万元）\n（20 分）");
    put(1, "", bold, 1);
    put(2, "预算数（A）", bold, 2);
    put(3, "执行数（B）", bold, 3);
    put(4, "执行率（B/A）", bold, 4);
    put(5, "得分\n（20 分*执行率）", bold, 6);
    r++;
    put(1, "部门整体\n支出总额", bold, 1);
    number(2, 3532.28);
    number(3, 3532.28);
    put(4, "100%", text, 4);
    put(5, "", text, 6);
    s.getRow(r).getCell(5).setCellValue(20);
    r++;
    for (Seed2020.Goal g : Seed2020.GOALS) {
      goal(g);
    }
    put(0, "总分", bold, 0);
    put(1, "99.23", text, 6);
    r++;
    paragraph(0, "偏差大或\n目标未完成\n原因分析", Seed2020.DEVIATION, 120);
    paragraph(0, "改进措施及\n结果应用方案", Seed2020.IMPROVEMENT, 130);
    paragraph(0, "备注", Seed2020.NOTE, 170);
  }

  private void goal(Seed2020.Goal g) {
    put(0, g.heading(), bold, 0);
    put(1, g.text(), text, 6);
    s.getRow(r).setHeightInPoints(32);
    r++;
    List<Seed2020.Row> rows = g.rows();
    vertical(0, r, r + rows.size(), "年度\n绩效\n指标");
    String[] head = {"一级\n指标", "二级指标", "三级指标", "年初目标值\n（A）", "实际完成值\n（B）", "得分"};
    for (int i = 0; i < head.length; i++) {
      put(1 + i, head[i], bold, 1 + i);
    }
    r++;
    int first = r;
    for (int i = 0; i < rows.size(); i++) {
      Seed2020.Row x = rows.get(i);
      if (i == 0 || !rows.get(i - 1).level1().equals(x.level1())) {
        int end = i;
        while (end + 1 < rows.size() && rows.get(end + 1).level1().equals(x.level1())) {
          end++;
        }
        vertical(1, first + i, first + end, x.level1());
      }
      put(2, x.level2(), text, 2);
      put(3, x.name(), text, 3);
      put(4, x.target(), text, 4);
      put(5, x.actual(), text, 5);
      if (x.score().isEmpty()) {
        put(6, "", text, 6);
      } else {
        number(6, Double.parseDouble(x.score()));
      }
      r++;
    }
  }

  private void paragraph(int c, String label, String value, float height) {
    put(c, label, bold, c);
    put(c + 1, value, style(false, 10, true, HorizontalAlignment.LEFT), 6);
    s.getRow(r).setHeightInPoints(height);
    r++;
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

  private void number(int c, double v) {
    put(c, "", text, c);
    s.getRow(r).getCell(c).setCellValue(v);
  }

  private void put(int c, String v, CellStyle st, int toCol) {
    Row row = s.getRow(r) == null ? s.createRow(r) : s.getRow(r);
    for (int i = c; i <= toCol; i++) {
      Cell cell = row.getCell(i) == null ? row.createCell(i) : row.getCell(i);
      cell.setCellStyle(st);
    }
    if (!v.isEmpty()) {
      row.getCell(c).setCellValue(v);
    }
    if (toCol > c) {
      s.addMergedRegion(new CellRangeAddress(r, r, c, toCol));
    }
  }

  private CellStyle style(boolean isBold, int size, boolean border) {
    return style(
        isBold, size, border, isBold ? HorizontalAlignment.CENTER : HorizontalAlignment.CENTER);
  }

  private CellStyle style(boolean isBold, int size, boolean border, HorizontalAlignment align) {
    CellStyle st = wb.createCellStyle();
    Font font = wb.createFont();
    font.setFontName("宋体");
    font.setBold(isBold);
    font.setFontHeightInPoints((short) size);
    st.setFont(font);
    st.setWrapText(true);
    st.setAlignment(align);
    st.setVerticalAlignment(VerticalAlignment.CENTER);
    if (border) {
      st.setBorderBottom(BorderStyle.THIN);
      st.setBorderTop(BorderStyle.THIN);
      st.setBorderLeft(BorderStyle.THIN);
      st.setBorderRight(BorderStyle.THIN);
    }
    return st;
  }
}
