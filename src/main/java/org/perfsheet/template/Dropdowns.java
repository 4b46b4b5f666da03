package org.perfsheet.template;

import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellReference;
import org.perfsheet.rules.Taxonomy;

/**
 * 一级 and dependent 二级 drop-downs: the lists live on a hidden sheet 选项, one column per 一级, each
 * column a defined name equal to the 一级 (产出指标…), so the 二级 list is {@code INDIRECT(一级 cell)} —
 * which Excel, WPS and LibreOffice all evaluate.
 */
final class Dropdowns {

  static final String SHEET = "选项";

  private Dropdowns() {}

  static void add(TemplateForm form, String level1Key, String level2Key) {
    if (!form.has(level1Key)) {
      return;
    }
    Sheet lists =
        form.wb.getSheet(SHEET) == null ? form.wb.createSheet(SHEET) : form.wb.getSheet(SHEET);
    int col = 0;
    Row header = lists.createRow(0);
    for (Map.Entry<String, List<String>> e : Taxonomy.LEVELS.entrySet()) {
      header.createCell(col).setCellValue(e.getKey());
      for (int i = 0; i < e.getValue().size(); i++) {
        Row r = lists.getRow(i + 1) == null ? lists.createRow(i + 1) : lists.getRow(i + 1);
        r.createCell(col).setCellValue(e.getValue().get(i));
      }
      String letter = CellReference.convertNumToColString(col);
      Name n =
          form.wb.getName(e.getKey()) != null ? form.wb.getName(e.getKey()) : form.wb.createName();
      n.setNameName(e.getKey());
      n.setRefersToFormula(
          "'" + SHEET + "'!$" + letter + "$2:$" + letter + "$" + (e.getValue().size() + 1));
      col++;
    }
    Name level1 =
        form.wb.getName("一级指标列表") != null ? form.wb.getName("一级指标列表") : form.wb.createName();
    level1.setNameName("一级指标列表");
    level1.setRefersToFormula(
        "'" + SHEET + "'!$A$1:$" + CellReference.convertNumToColString(col - 1) + "$1");
    form.wb.setSheetVisibility(form.wb.getSheetIndex(lists), SheetVisibility.HIDDEN);
    form.dropdown(level1Key, "一级指标列表", "一级指标", "从列表选择：产出指标、效益指标、满意度指标（2021 年起成本指标可为一级）。");
    TemplateForm.Field f = form.field(level1Key);
    String first = "$" + CellReference.convertNumToColString(f.col()) + (f.row() + 1);
    form.dropdown(level2Key, "INDIRECT(" + first + ")", "二级指标", "先选一级指标，再从列表选择其下的二级指标。");
  }
}
