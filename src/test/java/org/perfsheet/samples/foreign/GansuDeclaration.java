package org.perfsheet.samples.foreign;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * A Gansu 省级部门预算项目支出绩效目标表 (2023年度) as the provincial budget system prints it, filled by 嘉峪关城市博物馆
 * (博物馆纪念馆市级免费开放补助资金): 一级/二级项目名称, 项目类型 / 项目分类 / 资金用途, 项目开始日期 and 项目完成日期 as dates, 项目总投资 split into
 * 中央补助安排 / 省级财政安排 / 其他资金 beside 预算申报数, a block of free-text rows (基本情况, 立项必要性, 制度措施, the three
 * units of the 项目实施计划, 政策依据), one 年度绩效目标, and the indicator table of 财预〔2021〕101号: 成本指标 as a 一级 (经济
 * / 社会 / 生态环境成本指标), 二级 `服务对象满意度` without 指标, targets written by the system as comparator, number
 * and unit word (`=100百分比`).
 *
 * <p>Rows: 1 title, 2 year, 3–7 project and funds, 8–16 texts, 17 header, 18–27 indicators.
 */
final class GansuDeclaration {

  private static final String[][] ROWS = {
    {"产出指标", "数量指标", "免费开放天数", "=300天"},
    {"产出指标", "质量指标", "博物馆绩效考核指标完成率", "=100百分比"},
    {"产出指标", "时效指标", "各项工作完成及时率%", "=99百分比"},
    {"成本指标", "经济成本指标", "资金使用效率", "=100百分比"},
    {"成本指标", "社会成本指标", "对当地文物保护、文化传承影响", "长远"},
    {"成本指标", "生态环境成本指标", "提升博物馆绿化水平", "提升"},
    {"效益指标", "经济效益指标", "为当地提供就业岗位", "增加岗位"},
    {"效益指标", "社会效益指标", "免费开放接待观众人数", "=30000人次"},
    {"效益指标", "生态效益指标", "历史文化传承环保意识时限", "长远"},
    {"满意度指标", "服务对象满意度", "服务对象满意度%", "=99百分比"}
  };

  private GansuDeclaration() {}

  static Grid write(Workbook wb) {
    Sheet s = wb.createSheet("项目支出绩效目标表");
    Grid g = new Grid(wb, s);
    g.widths(16, 16, 14, 16, 14, 18);
    g.put("A1:F1", "省级部门预算项目支出绩效目标表", g.title);
    g.height(1, 28);
    g.put("A2:F2", "（2023年度）", g.plain);
    g.put("A3", "一级项目名称", g.label);
    g.put("B3:C3", "文化事业发展专项资金", g.text);
    g.put("D3", "二级项目名称", g.label);
    g.put("E3:F3", "博物馆纪念馆市级免费开放补助资金", g.text);
    g.height(3, 30);
    g.put("A4", "项目类型", g.label);
    g.put("B4", "新增项目", g.text);
    g.put("C4", "项目分类", g.label);
    g.put("D4", "专项工作经费", g.text);
    g.put("E4", "资金用途", g.label);
    g.put("F4", "业务类项目", g.text);
    g.put("A5", "主管部门", g.label);
    g.put("B5", "嘉峪关市文化和旅游局", g.text);
    g.put("C5", "项目开始日期", g.label);
    g.put("D5", "2023-01-01", g.text);
    g.put("E5", "项目完成日期", g.label);
    g.put("F5", "2023-12-31", g.text);
    g.height(5, 30);
    g.put("A6", "项目总投资", g.label);
    g.put("B6", "20万元", g.text);
    g.put("C6", "中央补助安排", g.label);
    g.put("D6", "0", g.text);
    g.put("E6", "省级财政安排", g.label);
    g.put("F6", "0", g.text);
    g.put("A7", "其他资金", g.label);
    g.put("B7", "20万元", g.text);
    g.put("C7", "预算申报数", g.label);
    g.put("D7", "20万元", g.text);
    g.put("E7", "资金性质", g.label);
    g.put("F7", "一般公共预算", g.text);
    g.put("A8", "基本情况", g.label);
    g.put("B8:F8", "保障博物馆正常运转", g.text);
    g.put("A9", "项目立项必要性", g.label);
    g.put("B9:F9", "保障各项业务正常运行", g.text);
    g.put("A10", "保证项目实施的\n制度措施", g.label);
    g.put("B10:F10", "博物馆绩效考核", g.text);
    g.height(10, 30);
    g.put("A11:A12", "项目实施计划", g.label);
    g.put("B11", "组织实施单位", g.label);
    g.put("C11", "甘肃省文物局", g.text);
    g.put("D11", "监督管理单位", g.label);
    g.put("E11:F11", "嘉峪关文旅局", g.text);
    g.put("B12", "项目实施单位", g.label);
    g.put("C12:F12", "嘉峪关城市博物馆", g.text);
    g.put("A13", "政策依据", g.label);
    g.put("B13:F13", "甘财科〔2022〕78号", g.text);
    g.put("A14", "其他依据", g.label);
    g.put("B14:F14", null, g.text);
    g.put("A15", "需要说明的\n其他问题", g.label);
    g.put("B15:F15", null, g.text);
    g.height(15, 30);
    g.put("A16", "年度绩效目标", g.label);
    g.put("B16:F16", "进一步提高博物馆纪念馆运行效率和免费开放服务水平", g.text);
    g.put("A17", "一级指标", g.label);
    g.put("B17", "二级指标", g.label);
    g.put("C17:E17", "三级指标", g.label);
    g.put("F17", "指标目标值", g.label);
    for (int i = 0; i < ROWS.length; i++) {
      int r = 18 + i;
      String[] x = ROWS[i];
      if (i == 0 || !x[0].equals(ROWS[i - 1][0])) {
        int last = i;
        while (last + 1 < ROWS.length && ROWS[last + 1][0].equals(x[0])) {
          last++;
        }
        g.put(last > i ? "A" + r + ":A" + (18 + last) : "A" + r, x[0], g.level);
      }
      g.put("B" + r, x[1], g.level);
      g.put("C" + r + ":E" + r, x[2], g.text);
      g.put("F" + r, x[3], g.text);
      g.fit(r, x[2], 44);
    }
    return g;
  }
}
