package org.perfsheet.summary;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * The two charts people would rather look at than read, as one PNG beside the summary workbook
 * (fastexcel cannot embed pictures, and loading the streamed workbook back into POI to add a
 * chart would undo the flat memory): the grade distribution, and the average score per 主管部门.
 */
final class Charts {

  private static final Color[] GRADE_COLORS = {new Color(0x70AD47), new Color(0x5B9BD5), new Color(0xFFC000),
      new Color(0xE06666)};

  private Charts() {}

  static void write(SummaryWorkbook.Totals t, Path png) throws IOException {
    System.setProperty("java.awt.headless", "true");
    int depts = Math.max(1, t.departmentScores().size());
    int width = 1100;
    int height = Math.max(420, 120 + depts * 28);
    BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, width, height);
    g.setFont(font(18, true));
    g.setColor(Color.DARK_GRAY);
    g.drawString("等级分布（表数）", 40, 40);
    g.drawString("各主管部门平均核定总分", 480, 40);
    grades(g, t.grades(), 40, 70, 380, 300);
    departments(g, t.departmentScores(), 480, 70, 580);
    g.dispose();
    ImageIO.write(img, "png", png.toFile());
  }

  private static void grades(Graphics2D g, Map<String, Integer> grades, int x, int y, int w, int h) {
    int max = Math.max(1, grades.values().stream().mapToInt(Integer::intValue).max().orElse(1));
    int bar = w / Math.max(1, grades.size());
    int i = 0;
    g.setFont(font(14, false));
    for (Map.Entry<String, Integer> e : grades.entrySet()) {
      int bh = (int) ((h - 40) * (double) e.getValue() / max);
      int bx = x + i * bar + 10;
      g.setColor(GRADE_COLORS[i % GRADE_COLORS.length]);
      g.fillRect(bx, y + h - 20 - bh, bar - 20, bh);
      g.setColor(Color.DARK_GRAY);
      g.drawString(e.getKey(), bx + (bar - 20) / 2 - 7, y + h);
      g.drawString(String.valueOf(e.getValue()), bx + (bar - 20) / 2 - 7, y + h - 25 - bh);
      i++;
    }
    g.setStroke(new BasicStroke(1));
    g.drawLine(x, y + h - 20, x + w, y + h - 20);
  }

  private static void departments(Graphics2D g, Map<String, Double> scores, int x, int y, int w) {
    g.setFont(font(13, false));
    int label = 200;
    int i = 0;
    for (Map.Entry<String, Double> e : scores.entrySet()) {
      int by = y + i * 28;
      double v = e.getValue();
      g.setColor(Color.DARK_GRAY);
      g.drawString(e.getKey(), x, by + 17);
      g.setColor(v >= 90 ? GRADE_COLORS[0] : v >= 80 ? GRADE_COLORS[1] : v >= 60 ? GRADE_COLORS[2] : GRADE_COLORS[3]);
      g.fillRect(x + label, by + 4, (int) ((w - label - 60) * Math.max(0, Math.min(100, v)) / 100), 18);
      g.setColor(Color.DARK_GRAY);
      g.drawString(String.format(java.util.Locale.ROOT, "%.2f", v), x + w - 55, by + 17);
      i++;
    }
  }

  /** A font that has Chinese glyphs where the machine has one. */
  private static Font font(int size, boolean bold) {
    String[] preferred = {"Noto Sans CJK SC", "Microsoft YaHei", "SimHei", "PingFang SC", "WenQuanYi Zen Hei"};
    String[] installed = GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames();
    String family = Arrays.stream(preferred).filter(p -> Arrays.asList(installed).contains(p)).findFirst().orElse(Font.SANS_SERIF);
    return new Font(family, bold ? Font.BOLD : Font.PLAIN, size);
  }
}
