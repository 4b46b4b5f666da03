package org.perfsheet.annotate;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.perfsheet.text.Patterns;
import org.perfsheet.workbook.StartTag;
import org.perfsheet.workbook.Unstreamable;

/**
 * The streamed write's styles: the workbook's styles part edited as text, perfsheet's fonts, fills,
 * borders and cell formats appended to its lists. A marked style is the original cell format copied
 * as it is written, with the mark's fill (and a number format) in place of its own; nothing the
 * submitter's styles say is touched. Parsing the part into POI's object model cost a third of a
 * streamed check.
 *
 * <p>What it cannot edit with certainty (prefixed elements, a list missing, a number format POI
 * would have to add) is {@link Unstreamable}.
 */
final class StylesPart implements StyleBook {

  /** A list of the part: fonts, fills, borders or cellXfs. */
  private static final class Section {
    final String element;
    final String child;
    int count;
    final StringBuilder added = new StringBuilder();

    Section(String element, String child) {
      this.element = element;
      this.child = child;
    }
  }

  private final String xml;
  private final Section fonts = new Section("fonts", "font");
  private final Section fills = new Section("fills", "fill");
  private final Section borders = new Section("borders", "border");
  private final Section xfs = new Section("cellXfs", "xf");

  /** Each cell format's element as written, the workbook's and perfsheet's. */
  private final List<String> formats = new ArrayList<>();

  private final Map<Look.Fill, Integer> fillIds = new HashMap<>();
  private final Map<String, Integer> fontIds = new HashMap<>();
  private int thinBorder = -1;

  StylesPart(byte[] part) {
    xml = new String(part, StandardCharsets.UTF_8);
    Matcher root = Patterns.of("<styleSheet\\s[^>]*>").matcher(xml);
    if (!root.find()
        || !root.group()
            .contains("xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"")
        || xml.contains("<!--")
        || xml.contains("<![CDATA[")) {
      throw new Unstreamable("a styles part with prefixed elements or comments");
    }
    for (Section s : List.of(fonts, fills, borders, xfs)) {
      int[] at = body(s);
      for (int i = childAt(s, at[0], at[1]); i >= 0; ) {
        int end = end(s.child, i);
        if (s == xfs) {
          formats.add(xml.substring(i, end));
        }
        s.count++;
        i = childAt(s, end, at[1]);
      }
    }
  }

  /** Where the section's children are: from after its start tag to its end tag. */
  private int[] body(Section s) {
    Matcher m = Patterns.of("<" + s.element + "(\\s[^>]*)?>").matcher(xml);
    if (!m.find() || m.group().endsWith("/>")) {
      throw new Unstreamable("no " + s.element + " in the styles part");
    }
    int close = xml.indexOf("</" + s.element + ">", m.end());
    if (close < 0) {
      throw new Unstreamable("no end of " + s.element);
    }
    return new int[] {m.end(), close};
  }

  /** The next child element's start in [from, to), or -1. */
  private int childAt(Section s, int from, int to) {
    String open = "<" + s.child;
    for (int at = xml.indexOf(open, from); at >= 0 && at < to; at = xml.indexOf(open, at + 1)) {
      char c = xml.charAt(at + open.length());
      if (c == ' ' || c == '>' || c == '/' || c == '\t' || c == '\n' || c == '\r') {
        return at;
      }
    }
    return -1;
  }

  /** The end of the element starting at {@code at} (children of the same name do not nest). */
  private int end(String child, int at) {
    int tagEnd = xml.indexOf('>', at);
    if (xml.charAt(tagEnd - 1) == '/') {
      return tagEnd + 1;
    }
    int close = xml.indexOf("</" + child + ">", tagEnd);
    if (close < 0) {
      throw new Unstreamable("no end of a " + child);
    }
    return close + child.length() + 3;
  }

  @Override
  public Style at(int index) {
    if (index < 0 || index >= formats.size()) {
      throw new Unstreamable("no cell style " + index);
    }
    return new Style(index, null);
  }

  @Override
  public Style make(Look look) {
    StringBuilder xf = new StringBuilder("<xf numFmtId=\"0\"");
    xf.append(" fontId=\"").append(look.points() > 0 ? font(look) : 0).append('"');
    xf.append(" fillId=\"").append(look.fill() == null ? 0 : fill(look.fill())).append('"');
    xf.append(" borderId=\"").append(look.border() ? border() : 0).append('"');
    xf.append(" xfId=\"0\"");
    xf.append(look.points() > 0 ? " applyFont=\"1\"" : "");
    xf.append(look.fill() != null ? " applyFill=\"1\"" : "");
    xf.append(look.border() ? " applyBorder=\"1\"" : "");
    xf.append(" applyAlignment=\"1\"><alignment");
    if (look.horizontal() != null) {
      xf.append(" horizontal=\"")
          .append(look.horizontal().name().toLowerCase(Locale.ROOT))
          .append('"');
    }
    if (look.vertical() != null) {
      xf.append(" vertical=\"").append(look.vertical().name().toLowerCase(Locale.ROOT)).append('"');
    }
    xf.append(look.wrap() ? " wrapText=\"1\"" : "").append("/></xf>");
    return add(xf.toString());
  }

  @Override
  public Style marked(Style original, Marks mark, String format) {
    String xf = formats.get(at(original.index()).index());
    int tagEnd = xf.indexOf('>') + 1;
    String tag = xf.substring(0, tagEnd);
    tag = StartTag.with(tag, "fillId", Integer.toString(fill(mark)));
    tag = StartTag.with(tag, "applyFill", "1");
    if (format != null) {
      int id = BuiltinFormats.getBuiltinFormat(format);
      if (id < 0) {
        throw new Unstreamable("a number format the workbook would need added: " + format);
      }
      tag = StartTag.with(tag, "numFmtId", Integer.toString(id));
      tag = StartTag.with(tag, "applyNumberFormat", "1");
    }
    return add(tag + xf.substring(tagEnd));
  }

  /** The part with perfsheet's additions, each list's count brought up to date. */
  byte[] bytes() {
    StringBuilder out = new StringBuilder(xml.length() + 4096);
    int done = 0;
    for (Section s : List.of(fonts, fills, borders, xfs)) {
      int[] at = body(s);
      Matcher m = Patterns.of("<" + s.element + "(\\s[^>]*)?>").matcher(xml);
      m.find();
      out.append(xml, done, m.start())
          .append(StartTag.with(m.group(), "count", Integer.toString(s.count)))
          .append(xml, m.end(), at[1])
          .append(s.added);
      done = at[1];
    }
    return out.append(xml, done, xml.length()).toString().getBytes(StandardCharsets.UTF_8);
  }

  private Style add(String xf) {
    formats.add(xf);
    xfs.added.append(xf);
    xfs.count++;
    return new Style(formats.size() - 1, null);
  }

  private int font(Look look) {
    StringBuilder f = new StringBuilder("<font>");
    f.append(look.bold() ? "<b/>" : "").append(look.link() ? "<u/>" : "");
    f.append("<sz val=\"").append(look.points()).append("\"/>");
    if (look.link()) {
      f.append("<color indexed=\"").append(Look.LINK.getIndex()).append("\"/>");
    }
    f.append("<name val=\"").append(Look.FONT).append("\"/><charset val=\"134\"/></font>");
    return fontIds.computeIfAbsent(f.toString(), x -> append(fonts, x));
  }

  private int fill(Look.Fill fill) {
    return fillIds.computeIfAbsent(
        fill,
        f -> {
          byte[] rgb = f.rgb();
          String argb = "FF" + HexFormat.of().withUpperCase().formatHex(rgb);
          return append(
              fills,
              "<fill><patternFill patternType=\"solid\"><fgColor rgb=\""
                  + argb
                  + "\"/><bgColor indexed=\"64\"/></patternFill></fill>");
        });
  }

  private int border() {
    if (thinBorder < 0) {
      thinBorder =
          append(
              borders,
              "<border><left style=\"thin\"/><right style=\"thin\"/><top style=\"thin\"/>"
                  + "<bottom style=\"thin\"/><diagonal/></border>");
    }
    return thinBorder;
  }

  private static int append(Section s, String element) {
    s.added.append(element);
    return s.count++;
  }
}
