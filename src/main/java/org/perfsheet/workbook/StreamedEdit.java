package org.perfsheet.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.poi.ss.formula.SheetNameFormatter;
import org.perfsheet.text.Patterns;

/**
 * The streamed write (docs/streaming.md): the submitter's package copied through, every part
 * perfsheet does not change copied compressed as it came, and only these edited: the annotated
 * sheets (styles and filled values of the marked cells, the comments' link, the tab deselected),
 * the styles part (given whole), the workbook's sheet list and names, its relationships and the
 * content types; perfsheet's own two sheets and the comments and VML parts are added.
 *
 * <p>What it cannot write exactly as POI's path would is {@link Unstreamable} before anything is
 * written: a sheet that has comments or VML already, an odd workbook part.
 */
public final class StreamedEdit {

  private static final String WORKSHEET = StreamedWorkbook.RELS + "/worksheet";
  private static final String COMMENTS = StreamedWorkbook.RELS + "/comments";
  private static final String VML = StreamedWorkbook.RELS + "/vmlDrawing";
  private static final String WORKSHEET_TYPE =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
  private static final String COMMENTS_TYPE =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml";
  private static final String VML_TYPE = "application/vnd.openxmlformats-officedocument.vmlDrawing";

  /** perfsheet's sheet, placed first (selected) or last (very hidden). */
  private record NewSheet(String name, String xml, String printTitleRows) {}

  /** perfsheet's comments on one sheet, as parts of their own or as entries to append. */
  public interface NewNotes {
    String author();

    /** A comments part of its own, the author first. */
    String commentsPart();

    /** The VML part of drawing n of the workbook. */
    String vmlPart(int drawing);

    /** The comments alone, for a sheet's existing part, by the author's index there. */
    String commentEntries(int authorId);

    /** The note shapes alone, for a sheet's existing VML, numbered from this id. */
    String vmlShapes(int firstShapeId);
  }

  private final StreamedWorkbook book;
  private final Map<String, Map<Long, SheetEdit.Cell>> cells = new HashMap<>();
  private final Map<String, NewNotes> notes = new LinkedHashMap<>();
  private byte[] styles;
  private NewSheet first;
  private NewSheet last;

  public StreamedEdit(StreamedWorkbook book) {
    this.book = book;
  }

  /** Gives the cell this style and, unless null, this number. */
  public void cell(String sheet, int row, int col, int style, Double value) {
    cells
        .computeIfAbsent(sheet, s -> new TreeMap<>())
        .put(StreamedSheet.key(row, col), new SheetEdit.Cell(row, col, style, value));
  }

  /** perfsheet's comments on the sheet (on cells that have none). */
  public void comments(String sheet, NewNotes n) {
    notes.put(sheet, n);
  }

  public void styles(byte[] xml) {
    styles = xml.clone();
  }

  /** A sheet placed first and selected; {@code printTitleRows} ({@code $5:$5}) or null. */
  public void first(String name, String xml, String printTitleRows) {
    first = new NewSheet(name, xml, printTitleRows);
  }

  /** A sheet placed last, very hidden. */
  public void last(String name, String xml) {
    last = new NewSheet(name, xml, null);
  }

  /** Writes the edited package; nothing is written when it is {@link Unstreamable}. */
  public void write(OutputStream out) throws IOException {
    Map<String, byte[]> edited = new HashMap<>();
    Map<String, byte[]> added = new LinkedHashMap<>();
    plan(edited, added);
    ZipFile zip = book.zip();
    ZipArchiveOutputStream target = new ZipArchiveOutputStream(out);
    target.setLevel(Deflater.BEST_SPEED);
    for (Enumeration<ZipArchiveEntry> entries = zip.getEntriesInPhysicalOrder();
        entries.hasMoreElements(); ) {
      ZipArchiveEntry e = entries.nextElement();
      byte[] bytes = edited.get(e.getName());
      if (bytes == null) {
        try (InputStream raw = zip.getRawInputStream(e)) {
          target.addRawArchiveEntry(e, raw);
        }
      } else {
        put(target, e.getName(), bytes);
      }
    }
    for (Map.Entry<String, byte[]> a : added.entrySet()) {
      put(target, a.getKey(), a.getValue());
    }
    target.finish();
  }

  private static void put(ZipArchiveOutputStream target, String name, byte[] bytes)
      throws IOException {
    ZipArchiveEntry entry = new ZipArchiveEntry(name);
    entry.setMethod(ZipArchiveEntry.DEFLATED);
    target.putArchiveEntry(entry);
    target.write(bytes);
    target.closeArchiveEntry();
  }

  /** Every edited and added part, worked out before a byte is written. */
  private void plan(Map<String, byte[]> edited, Map<String, byte[]> added) {
    if (first == null || last == null || styles == null) {
      throw new IllegalStateException("the findings sheet, the state sheet and the styles first");
    }
    Set<String> names = new HashSet<>();
    book.zip().getEntries().asIterator().forEachRemaining(e -> names.add(e.getName()));
    String wbPart = book.workbookPart();
    String dir = wbPart.substring(0, wbPart.lastIndexOf('/') + 1);
    String wbRels = StreamedWorkbook.relsPartOf(wbPart);
    String types = "[Content_Types].xml";
    Text contentTypes = new Text(read(types));

    // the annotated sheets and those whose tab loses its selection, in the workbook's order (so
    // that the comments parts are numbered the same every time)
    int[] commentsNumber = {1};
    for (String sheet : book.sheetNames()) {
      String part = book.partOf(sheet);
      boolean selected = book.selectedParts().contains(part);
      if (!cells.containsKey(sheet) && !notes.containsKey(sheet) && !selected) {
        continue;
      }
      String drawingId = null;
      NewNotes n = notes.get(sheet);
      String relsPart = StreamedWorkbook.relsPartOf(part);
      Text rels = n != null && names.contains(relsPart) ? new Text(read(relsPart)) : null;
      byte[] xml = read(part);
      if (rels != null && rels.s.contains(COMMENTS + "\"")) {
        appendNotes(part, xml, rels, n, edited);
      } else if (n != null) {
        drawingId = addNotes(part, rels, n, names, contentTypes, commentsNumber, edited, added);
      }
      edited.put(
          part, SheetEdit.apply(xml, cells.getOrDefault(sheet, Map.of()), selected, drawingId));
    }
    for (String sheet : cells.keySet()) {
      if (book.partOf(sheet) == null) {
        throw new Unstreamable("no sheet " + sheet);
      }
    }

    // perfsheet's two sheets: parts, relationships, the workbook's list, content types
    Text rels = new Text(read(wbRels));
    Text workbook = new Text(read(wbPart));
    workbook.requireDefaultNamespace("workbook");
    String r = workbook.relationshipsPrefix("workbook");
    int sheetId = workbook.maxOf("<sheet\\s[^>]*?\\bsheetId=\"(\\d+)\"") + 1;
    List<String> placed = new ArrayList<>();
    for (NewSheet s : List.of(first, last)) {
      int n = book.sheetCount() + 1;
      while (names.contains(dir + "worksheets/sheet" + n + ".xml")) {
        n++;
      }
      String part = dir + "worksheets/sheet" + n + ".xml";
      names.add(part);
      added.put(part, s.xml().getBytes(StandardCharsets.UTF_8));
      contentTypes.insertBefore("</Types>", override(part, WORKSHEET_TYPE));
      String id = rels.freeId();
      rels.insertBefore("</Relationships>", relationship(id, WORKSHEET, relative(wbPart, part)));
      placed.add(
          "<sheet name=\""
              + escape(s.name())
              + "\" sheetId=\""
              + sheetId++
              + "\""
              + (s == last ? " state=\"veryHidden\"" : "")
              + r
              + "=\""
              + id
              + "\"/>");
    }
    workbook.insertAfterStart("sheets", placed.get(0));
    workbook.insertBefore("</sheets>", placed.get(1));
    // the findings sheet goes first: every sheet's index moves one up, its names' scope too
    workbook.replaceAll(
        "(<definedName\\s[^>]*?\\blocalSheetId=\")(\\d+)(\")",
        m -> m.group(1) + (Integer.parseInt(m.group(2)) + 1) + m.group(3));
    workbook.replaceAll("(<workbookView\\b[^>]*?)\\s+activeTab=\"\\d+\"", m -> m.group(1));
    if (first.printTitleRows() != null) {
      workbook.addDefinedName(
          "<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"0\">"
              + escape(SheetNameFormatter.format(first.name()) + "!" + first.printTitleRows())
              + "</definedName>");
    }
    edited.put(wbPart, workbook.bytes());
    edited.put(wbRels, rels.bytes());
    edited.put(types, contentTypes.bytes());
    edited.put(book.stylesPartName(), styles);
  }

  /**
   * perfsheet's comments on a sheet that has none: a comments part and a VML part of their own,
   * linked from the sheet; returns the VML's relationship for the sheet's {@code legacyDrawing}.
   */
  private String addNotes(
      String part,
      Text sheetRels,
      NewNotes n,
      Set<String> names,
      Text contentTypes,
      int[] number,
      Map<String, byte[]> edited,
      Map<String, byte[]> added) {
    String dir = book.workbookPart().substring(0, book.workbookPart().lastIndexOf('/') + 1);
    while (names.contains(dir + "comments" + number[0] + ".xml")
        || names.contains(dir + "drawings/vmlDrawing" + number[0] + ".vml")) {
      number[0]++;
    }
    String comments = dir + "comments" + number[0] + ".xml";
    String vml = dir + "drawings/vmlDrawing" + number[0] + ".vml";
    names.add(comments);
    names.add(vml);
    added.put(comments, n.commentsPart().getBytes(StandardCharsets.UTF_8));
    added.put(vml, n.vmlPart(number[0]).getBytes(StandardCharsets.UTF_8));
    contentTypes.insertBefore("</Types>", override(comments, COMMENTS_TYPE));
    if (!Patterns.of("(?i)<Default\\s[^>]*Extension=\"vml\"").matcher(contentTypes.s).find()) {
      contentTypes.insertBefore(
          "</Types>", "<Default Extension=\"vml\" ContentType=\"" + VML_TYPE + "\"/>");
    }
    String rels = StreamedWorkbook.relsPartOf(part);
    Text r = sheetRels != null ? sheetRels : Text.emptyRels();
    if (r.s.contains(VML + "\"")) {
      throw new Unstreamable("VML without comments on the sheet (form controls)");
    }
    String commentsId = r.freeId();
    r.insertBefore(
        "</Relationships>", relationship(commentsId, COMMENTS, relative(part, comments)));
    String drawingId = r.freeId();
    r.insertBefore("</Relationships>", relationship(drawingId, VML, relative(part, vml)));
    (names.contains(rels) ? edited : added).put(rels, r.bytes());
    return drawingId;
  }

  /**
   * perfsheet's comments added to a sheet's own: its comments part gets the entries (and the
   * reviewer among its authors), its VML the note shapes, numbered on from the drawing's last
   * within the blocks its idmap claims. What is not laid out as Excel lays it out is passed on.
   */
  private void appendNotes(
      String part, byte[] sheetXml, Text rels, NewNotes n, Map<String, byte[]> edited) {
    String comments = null;
    String vml = null;
    String vmlId = null;
    Matcher m = Patterns.of("<Relationship\\s[^>]*>").matcher(rels.s);
    while (m.find()) {
      String type = StartTag.get(m.group(), "Type");
      String target = StartTag.get(m.group(), "Target");
      if (COMMENTS.equals(type)) {
        comments = StreamedWorkbook.resolve(part, target);
      } else if (VML.equals(type)) {
        vml = StreamedWorkbook.resolve(part, target);
        vmlId = StartTag.get(m.group(), "Id");
      }
    }
    if (comments == null
        || vml == null
        || !Pattern.compile("<legacyDrawing\\s[^>]*:id=\"" + Pattern.quote(vmlId) + "\"")
            .matcher(new String(sheetXml, StandardCharsets.UTF_8))
            .find()) {
      throw new Unstreamable("comments not laid out as Excel lays them out");
    }
    Text c = new Text(read(comments));
    List<String> authors = new ArrayList<>();
    Matcher a = Patterns.of("<author>([^<]*)</author>|<author/>").matcher(c.s);
    while (a.find()) {
      authors.add(a.group(1) == null ? "" : a.group(1));
    }
    int authorId = authors.indexOf(escape(n.author()));
    if (authorId < 0) {
      authorId = authors.size();
      if (c.s.contains("<authors/>")) {
        c.s = c.s.replace("<authors/>", "<authors></authors>");
      }
      c.insertBefore("</authors>", "<author>" + escape(n.author()) + "</author>");
    }
    if (c.s.contains("<commentList/>")) {
      c.s = c.s.replace("<commentList/>", "<commentList></commentList>");
    }
    c.insertBefore("</commentList>", n.commentEntries(authorId));
    edited.put(comments, c.bytes());

    String v = new String(read(vml), StandardCharsets.UTF_8);
    Matcher idmap = Patterns.of("<o:idmap\\s[^>]*data=\"([\\d,]+)\"").matcher(v);
    if (!idmap.find() || !v.contains("id=\"_x0000_t202\"")) {
      throw new Unstreamable("a drawing without the note shape type or its id blocks");
    }
    int last = 0;
    for (String block : idmap.group(1).split(",")) {
      last = Math.max(last, Integer.parseInt(block));
    }
    int max = 0;
    Matcher id = Patterns.of("_x0000_s(\\d+)").matcher(v);
    while (id.find()) {
      max = Math.max(max, Integer.parseInt(id.group(1)));
    }
    int first = Math.max(max + 1, last * 1024);
    String shapes = n.vmlShapes(first);
    int count = shapes.split("<v:shape ", -1).length - 1;
    if (first + count - 1 > last * 1024 + 1023) {
      throw new Unstreamable("no room for the note shapes in the drawing's id blocks");
    }
    int end = v.lastIndexOf("</xml>");
    if (end < 0) {
      throw new Unstreamable("a drawing without its end");
    }
    edited.put(
        vml, (v.substring(0, end) + shapes + v.substring(end)).getBytes(StandardCharsets.UTF_8));
  }

  private byte[] read(String part) {
    try (InputStream in = book.stream(part)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new Unstreamable("part " + part + " unreadable", e);
    }
  }

  private static String override(String part, String type) {
    return "<Override PartName=\"/" + part + "\" ContentType=\"" + type + "\"/>";
  }

  private static String relationship(String id, String type, String target) {
    return "<Relationship Id=\"" + id + "\" Type=\"" + type + "\" Target=\"" + target + "\"/>";
  }

  /** The path of {@code part} relative to the folder of {@code from}, as relationships give it. */
  static String relative(String from, String part) {
    String[] a = from.split("/");
    String[] b = part.split("/");
    int common = 0;
    while (common < a.length - 1 && common < b.length - 1 && a[common].equals(b[common])) {
      common++;
    }
    StringBuilder sb = new StringBuilder();
    for (int i = common; i < a.length - 1; i++) {
      sb.append("../");
    }
    for (int i = common; i < b.length; i++) {
      sb.append(i > common ? "/" : "").append(b[i]);
    }
    return sb.toString();
  }

  static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }

  /** A small XML part edited as text: exact where it is sure, {@link Unstreamable} where not. */
  static final class Text {
    String s;

    Text(byte[] xml) {
      s = new String(xml, StandardCharsets.UTF_8);
      if (s.contains("<!--") || s.contains("<![CDATA[")) {
        throw new Unstreamable("comments or CDATA in a part perfsheet edits");
      }
    }

    static Text emptyRels() {
      return new Text(
          ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships"
                  + " xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                  + "</Relationships>")
              .getBytes(StandardCharsets.UTF_8));
    }

    byte[] bytes() {
      return s.getBytes(StandardCharsets.UTF_8);
    }

    void insertBefore(String marker, String text) {
      int at = s.lastIndexOf(marker);
      if (at < 0) {
        throw new Unstreamable("no " + marker);
      }
      s = s.substring(0, at) + text + s.substring(at);
    }

    /** After the start tag of the (unprefixed) element; an empty element is opened up. */
    void insertAfterStart(String element, String text) {
      Matcher m = Patterns.of("<" + element + "(\\s[^>]*)?(/?)>").matcher(s);
      if (!m.find()) {
        throw new Unstreamable("no <" + element + ">");
      }
      String open = m.group().replace("/>", ">");
      String close = m.group(2).isEmpty() ? "" : "</" + element + ">";
      s = s.substring(0, m.start()) + open + text + close + s.substring(m.end());
    }

    void replaceAll(String regex, java.util.function.Function<Matcher, String> by) {
      Matcher m = Patterns.of(regex).matcher(s);
      StringBuilder sb = new StringBuilder(s.length() + 64);
      while (m.find()) {
        m.appendReplacement(sb, Matcher.quoteReplacement(by.apply(m)));
      }
      m.appendTail(sb);
      s = sb.toString();
    }

    int maxOf(String regex) {
      int max = 0;
      Matcher m = Patterns.of(regex).matcher(s);
      while (m.find()) {
        max = Math.max(max, Integer.parseInt(m.group(1)));
      }
      return max;
    }

    /** A relationship id no relationship of this part has. */
    String freeId() {
      int n = maxOf("\\bId=\"rId(\\d+)\"") + 1;
      while (s.contains("Id=\"rId" + n + "\"")) {
        n++;
      }
      String id = "rId" + n;
      if (s.contains("\"" + id + "\"")) {
        throw new Unstreamable("relationship ids");
      }
      return id;
    }

    /** The root element is unprefixed, in SpreadsheetML's namespace. */
    void requireDefaultNamespace(String root) {
      Matcher m = Patterns.of("<" + root + "\\s[^>]*>").matcher(s);
      if (!m.find() || !m.group().contains("xmlns=\"" + StreamedWorkbook.MAIN + "\"")) {
        throw new Unstreamable("a " + root + " part with prefixed or odd elements");
      }
    }

    /**
     * How an element of this part names a relationship: {@code " r:id"} with the root's prefix, or
     * with the namespace declared on the element itself.
     */
    String relationshipsPrefix(String root) {
      Matcher m = Patterns.of("<" + root + "\\s[^>]*>").matcher(s);
      if (m.find()) {
        Matcher p =
            Patterns.of(
                    "xmlns:([A-Za-z_][\\w.-]*)=\"" + Pattern.quote(StreamedWorkbook.RELS) + "\"")
                .matcher(m.group());
        if (p.find()) {
          return " " + p.group(1) + ":id";
        }
      }
      return " xmlns:r=\"" + StreamedWorkbook.RELS + "\" r:id";
    }

    /** A workbook's defined name, in {@code definedNames}, made where the schema puts it. */
    void addDefinedName(String name) {
      if (s.contains("</definedNames>")) {
        insertBefore("</definedNames>", name);
      } else if (s.contains("<definedNames/>")) {
        s = s.replace("<definedNames/>", "<definedNames>" + name + "</definedNames>");
      } else {
        // after sheets, functionGroups and externalReferences; before all else
        for (String next :
            List.of(
                "<calcPr",
                "<oleSize",
                "<customWorkbookViews",
                "<pivotCaches",
                "<smartTagPr",
                "<smartTagTypes",
                "<webPublishing",
                "<fileRecoveryPr",
                "<webPublishObjects",
                "<extLst",
                "</workbook>")) {
          int at = s.indexOf(next, s.indexOf("</sheets>"));
          if (at >= 0) {
            s = s.substring(0, at) + "<definedNames>" + name + "</definedNames>" + s.substring(at);
            return;
          }
        }
        throw new Unstreamable("no place for the workbook's names");
      }
    }
  }
}
