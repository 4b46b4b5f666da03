package org.perfsheet.summary;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * The charts of a section as a PNG for the 图表 sheet: the grade distribution and the average score
 * per 主管部门, side by side, titled with the section (year and form) and the date, axes labelled. A
 * picture rather than a native chart: fastexcel writes pictures, not charts, and reopening the
 * streamed workbook in POI to add one would cost the flat memory.
 */
final class Charts {

  static final int WIDTH = 1100;
  private static final Color[] GRADE_COLORS = {
    new Color(0x70AD47), new Color(0x5B9BD5), new Color(0xFFC000), new Color(0xE06666)
  };
  private static final Color INK = new Color(0x404040);

  private Charts() {}

  /** The height of a section's picture in pixels: room for every department's bar. */
  static int height(int departments) {
    return Math.max(440, 150 + departments * 26);
  }

  static byte[] png(String title, Map<String, Integer> grades, Map<String, Double> scores)
      throws IOException {
    System.setProperty("java.awt.headless", "true");
    int height = height(scores.size());
    BufferedImage img = new BufferedImage(WIDTH, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, WIDTH, height);
    g.setColor(INK);
    g.setFont(font(18, true));
    centred(g, title, WIDTH / 2, 32);
    g.setFont(font(15, true));
    centred(g, "等级分布", 230, 70);
    centred(g, "各主管部门平均核定总分（按预算加权）", 770, 70);
    grades(g, grades, 70, 90, 360, height - 170);
    departments(g, scores, 470, 90, 590);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(img, "png", out);
    return out.toByteArray();
  }

  /** Vertical bars: x 等级, y 表数 with a scale. */
  private static void grades(
      Graphics2D g, Map<String, Integer> grades, int x, int y, int w, int h) {
    int max = Math.max(1, grades.values().stream().mapToInt(Integer::intValue).max().orElse(1));
    int step = niceStep(max);
    int top = ((max + step - 1) / step) * step;
    g.setFont(font(12, false));
    g.setStroke(new BasicStroke(1));
    for (int v = 0; v <= top; v += step) {
      int gy = y + h - (int) ((double) h * v / top);
      g.setColor(new Color(0xE0E0E0));
      g.drawLine(x, gy, x + w, gy);
      g.setColor(INK);
      right(g, String.valueOf(v), x - 6, gy + 4);
    }
    int bar = w / Math.max(1, grades.size());
    int i = 0;
    for (Map.Entry<String, Integer> e : grades.entrySet()) {
      int bh = (int) ((double) h * e.getValue() / top);
      int bx = x + i * bar + bar / 5;
      g.setColor(GRADE_COLORS[i % GRADE_COLORS.length]);
      g.fillRect(bx, y + h - bh, bar * 3 / 5, bh);
      g.setColor(INK);
      centred(g, e.getKey(), bx + bar * 3 / 10, y + h + 18);
      centred(g, String.valueOf(e.getValue()), bx + bar * 3 / 10, y + h - bh - 5);
      i++;
    }
    g.drawLine(x, y, x, y + h);
    g.drawLine(x, y + h, x + w, y + h);
    g.setFont(font(13, false));
    centred(g, "等级", x + w / 2, y + h + 42);
    AffineTransform t = g.getTransform();
    g.rotate(-Math.PI / 2, x - 40, y + h / 2);
    centred(g, "表数（张）", x - 40, y + h / 2);
    g.setTransform(t);
  }

  /** Horizontal bars: y 主管部门, x 平均核定总分 on a 0–100 scale. */
  private static void departments(Graphics2D g, Map<String, Double> scores, int x, int y, int w) {
    int label = 190;
    int axis = w - label - 50;
    int rows = Math.max(1, scores.size());
    int h = rows * 26;
    g.setFont(font(12, false));
    for (int v = 0; v <= 100; v += 20) {
      int gx = x + label + axis * v / 100;
      g.setColor(new Color(0xE0E0E0));
      g.drawLine(gx, y, gx, y + h);
      g.setColor(INK);
      centred(g, String.valueOf(v), gx, y + h + 16);
    }
    int i = 0;
    for (Map.Entry<String, Double> e : scores.entrySet()) {
      int by = y + i * 26;
      double v = e.getValue();
      g.setColor(INK);
      right(g, fit(g, e.getKey(), label - 10), x + label - 8, by + 17);
      g.setColor(
          v >= 90
              ? GRADE_COLORS[0]
              : v >= 80 ? GRADE_COLORS[1] : v >= 60 ? GRADE_COLORS[2] : GRADE_COLORS[3]);
      g.fillRect(x + label, by + 5, (int) (axis * Math.max(0, Math.min(100, v)) / 100), 16);
      g.setColor(INK);
      g.drawString(
          String.format(Locale.ROOT, "%.2f", v),
          x + label + (int) (axis * Math.max(0, Math.min(100, v)) / 100) + 4,
          by + 17);
      i++;
    }
    g.drawLine(x + label, y, x + label, y + h);
    g.drawLine(x + label, y + h, x + label + axis, y + h);
    g.setFont(font(13, false));
    centred(g, "平均核定总分（分）", x + label + axis / 2, y + h + 38);
    g.drawString("主管部门", x, y - 6);
  }

  private static int niceStep(int max) {
    for (int s : List.of(1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000)) {
      if (max / s <= 8) {
        return s;
      }
    }
    return Math.max(1, max / 8);
  }

  private static String fit(Graphics2D g, String s, int width) {
    FontMetrics m = g.getFontMetrics();
    if (m.stringWidth(s) <= width) {
      return s;
    }
    String t = s;
    while (t.length() > 1 && m.stringWidth(t + "…") > width) {
      t = t.substring(0, t.length() - 1);
    }
    return t + "…";
  }

  private static void centred(Graphics2D g, String s, int cx, int baseline) {
    g.drawString(s, cx - g.getFontMetrics().stringWidth(s) / 2, baseline);
  }

  private static void right(Graphics2D g, String s, int rx, int baseline) {
    g.drawString(s, rx - g.getFontMetrics().stringWidth(s), baseline);
  }

  private static Font font(int size, boolean bold) {
    return new Font(Family.NAME, bold ? Font.BOLD : Font.PLAIN, size);
  }

  /** A font family that has Chinese glyphs where the machine has one, looked up once. */
  private static final class Family {
    static final String NAME;

    static {
      String[] preferred = {
        "Noto Sans CJK SC", "Microsoft YaHei", "SimHei", "PingFang SC", "WenQuanYi Zen Hei"
      };
      List<String> installed =
          Arrays.asList(
              GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames());
      NAME =
          Arrays.stream(preferred).filter(installed::contains).findFirst().orElse(Font.SANS_SERIF);
    }
  }
}
