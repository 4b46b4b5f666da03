package org.perfsheet.template;

import static org.perfsheet.layout.FieldKeys.DEPARTMENT;
import static org.perfsheet.layout.FieldKeys.MONEY_UNIT;
import static org.perfsheet.layout.FieldKeys.PROJECT_NAME;
import static org.perfsheet.layout.FieldKeys.UNIT;

import java.io.IOException;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.ObjIntConsumer;
import org.apache.poi.ss.usermodel.CellType;
import org.perfsheet.layout.FieldKeys.Funds;
import org.perfsheet.layout.FieldKeys.Ind;
import org.perfsheet.model.DeclarationForm;
import org.perfsheet.model.FieldValue;
import org.perfsheet.model.Indicator;
import org.perfsheet.model.MoneyUnit;
import org.perfsheet.notation.Notation;
import org.perfsheet.rules.Taxonomy;

/**
 * What a form made from a declaration (a self-evaluation, a monitoring form) copies from it as it
 * stands: the project block and each indicator's names and target.
 */
final class FromDeclaration {

  private FromDeclaration() {}

  /** 年度, 项目名称, 主管部门 and 实施单位. */
  static void project(TemplateForm f, DeclarationForm d) {
    f.year(d.project().year());
    f.set(PROJECT_NAME, text(d.project().name()));
    f.set(DEPARTMENT, text(d.project().department()));
    f.set(UNIT, text(d.project().unit()));
  }

  /**
   * The declared indicators, one a row: 一级, 二级, 三级 and the target, then what the form adds to the
   * row ({@code more}, given the indicator and its row offset), row by row.
   *
   * @return the indicators, in the rows' order
   * @throws IOException when the template's table has fewer rows than the declaration indicators
   */
  static List<Indicator> indicators(
      TemplateForm f, DeclarationForm d, ObjIntConsumer<Indicator> more) throws IOException {
    List<Indicator> indicators = d.indicators();
    if (indicators.size() > f.field(Ind.NAME).rows()) {
      throw new IOException(
          "项目“"
              + text(d.project().name())
              + "”有 "
              + indicators.size()
              + " 个指标，模板只有 "
              + f.field(Ind.NAME).rows()
              + " 行。请在模板的指标表中插入行后重试 / the template has too few indicator rows");
    }
    for (int i = 0; i < indicators.size(); i++) {
      Indicator x = indicators.get(i);
      f.set(Ind.LEVEL1, i, text(Taxonomy.level1Of(x)));
      f.set(Ind.LEVEL2, i, text(x.level2()));
      f.set(Ind.NAME, i, text(x.name()));
      f.set(Ind.TARGET, i, text(x.target()));
      more.accept(x, i);
    }
    return indicators;
  }

  /** The declared 年初预算数 of each funds line, in the generated form's unit. */
  static void funds(TemplateForm f, DeclarationForm d) {
    MoneyUnit to = unit(f);
    f.set(Funds.key(Funds.FISCAL, Funds.INITIAL), money(d.appropriation(), d.moneyUnit(), to));
    f.set(Funds.key(Funds.CARRYOVER, Funds.INITIAL), money(d.carryover(), d.moneyUnit(), to));
    f.set(Funds.key(Funds.OTHER, Funds.INITIAL), money(d.annualOther(), d.moneyUnit(), to));
  }

  /** The generated form's money unit, from its template's unit label; 元 where it has none. */
  static MoneyUnit unit(TemplateForm f) {
    return f.has(MONEY_UNIT) && f.cell(MONEY_UNIT, 0).getCellType() == CellType.STRING
        ? MoneyUnit.fromLabel(f.cell(MONEY_UNIT, 0).getStringCellValue())
        : MoneyUnit.YUAN;
  }

  /**
   * A declared amount (in the declaration's unit) in the generated form's: 854 on a declaration in
   * 万元 is 8,540,000 on a self-evaluation in 元 (as it stands when the declaration's unit is not
   * known). Null when it is not a number.
   */
  static Double money(FieldValue v, MoneyUnit from, MoneyUnit to) {
    OptionalDouble n = Notation.number(v);
    MoneyUnit source = from == null ? to : from;
    return n.isPresent()
        ? Math.round(source.toYuan(n.getAsDouble()) / to.toYuan(1) * 1e6) / 1e6
        : null;
  }

  /** A declared text, or null (the cell left blank) when it is empty. */
  static String text(FieldValue v) {
    return v == null || v.text().isBlank() ? null : v.text();
  }
}
