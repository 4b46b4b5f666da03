package org.perfsheet.workbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.CellType;

/**
 * An .xlsx read without POI's object model: the workbook's sheet list, shared strings and number
 * formats, and each sheet's cells, each part read once with StAX ({@link StreamedSheet}). Only what
 * it can answer exactly as POI would: anything else (not a plain zip, Strict OOXML, a chart sheet,
 * an odd part, past {@link WorkbookOpener}'s limits) is {@link Unstreamable}, and POI reads the
 * workbook, or rejects it with its reason.
 */
public final class StreamedWorkbook implements GridBook, AutoCloseable {

  static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  static final String RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  private static final String PACKAGE_RELS =
      "http://schemas.openxmlformats.org/package/2006/relationships";

  /**
   * A factory per thread: the JDK does not promise that one may make readers on several threads at
   * once.
   */
  private static final ThreadLocal<XMLInputFactory> FACTORY =
      ThreadLocal.withInitial(StreamedWorkbook::newFactory);

  private static XMLInputFactory newFactory() {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    return f;
  }

  /** Streamed unless {@code -Dperfsheet.streaming=false}. */
  public static boolean enabled() {
    return !"false".equalsIgnoreCase(System.getProperty("perfsheet.streaming", "true"));
  }

  private record SheetEntry(String name, boolean veryHidden, String part) {}

  private final ZipFile zip;
  private final List<SheetEntry> sheets = new ArrayList<>();
  private final Map<Integer, StreamedSheet> parsed = new HashMap<>();
  private String[] sharedStrings = new String[0];
  private String workbookPart;
  private String stylesPart;
  private final Set<String> selectedParts = new HashSet<>();
  private final Map<String, Integer> indexByName = new HashMap<>();
  private List<String> names = List.of();
  private byte[] styles;

  /** The number format of each cell style (cellXfs), and the workbook's own format codes. */
  private int[] formatOfStyle;

  private final Map<Integer, String> formatCodes = new HashMap<>();
  private boolean date1904;
  private NumberShown numberShown;

  private StreamedWorkbook(ZipFile zip) {
    this.zip = zip;
  }

  /**
   * Opens an .xlsx to read streamed; {@link Unstreamable} when it cannot be read exactly as POI
   * would.
   */
  public static StreamedWorkbook open(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] head = in.readNBytes(4); // FileMagic.OOXML: a zip's local header
      if (head.length < 4 || head[0] != 'P' || head[1] != 'K' || head[2] != 3 || head[3] != 4) {
        throw new Unstreamable("not a zip");
      }
    } catch (IOException e) {
      throw new Unstreamable("unreadable", e);
    }
    ZipFile zip;
    try {
      // the central directory alone: reading every local header too cost 5 % of a check
      zip = ZipFile.builder().setPath(file).setIgnoreLocalFileHeader(true).get();
    } catch (IOException e) {
      throw new Unstreamable("not a zip we can list", e);
    }
    StreamedWorkbook wb = new StreamedWorkbook(zip);
    try {
      wb.load();
      return wb;
    } catch (IOException | XMLStreamException | URISyntaxException | RuntimeException e) {
      wb.close();
      throw e instanceof Unstreamable u ? u : new Unstreamable("unexpected", e);
    }
  }

  private void load() throws IOException, XMLStreamException, URISyntaxException {
    withinLimits();
    if (zip.getEntry("[Content_Types].xml") == null) {
      throw new Unstreamable("no content types");
    }
    for (Rel r : rels("", "_rels/.rels")) {
      if (r.type().equals(RELS + "/officeDocument")) {
        workbookPart = r.target();
      }
    }
    if (workbookPart == null) {
      throw new Unstreamable("no officeDocument (Strict OOXML?)");
    }
    Map<String, Rel> wbRels = new HashMap<>();
    for (Rel r : rels(workbookPart, relsOf(workbookPart))) {
      wbRels.put(r.id(), r);
      if (r.type().equals(RELS + "/sharedStrings")) {
        sharedStrings = StreamedStrings.read(this, r.target());
      } else if (r.type().equals(RELS + "/styles")) {
        stylesPart = r.target();
        try (InputStream in = stream(stylesPart)) {
          styles = in.readAllBytes(); // kept: the streamed write edits the same bytes
        }
        readStyles();
      }
    }
    readWorkbook(workbookPart, wbRels);
    names = sheets.stream().map(SheetEntry::name).toList();
    for (int i = 0; i < sheets.size(); i++) {
      indexByName.putIfAbsent(sheets.get(i).name(), i);
    }
    readSheets();
  }

  /** The checks POI's ZipSecureFile and WorkbookOpener make before reading, so none is bypassed. */
  private void withinLimits() {
    List<ZipArchiveEntry> entries = Collections.list(zip.getEntries());
    if (entries.size() > WorkbookOpener.MAX_PARTS) {
      throw new Unstreamable("too many parts");
    }
    for (ZipArchiveEntry e : entries) {
      if (e.getSize() < 0
          || e.getSize() > WorkbookOpener.MAX_PART_BYTES
          || (e.getSize() > 0 && (double) e.getCompressedSize() / e.getSize() < 0.01)) {
        throw new Unstreamable("part too large or too compressed: " + e.getName());
      }
    }
  }

  private void readWorkbook(String part, Map<String, Rel> wbRels)
      throws IOException, XMLStreamException {
    try (InputStream in = stream(part)) {
      XMLStreamReader r = xml().createXMLStreamReader(in);
      try {
        while (r.hasNext()) {
          if (r.next() != XMLStreamConstants.START_ELEMENT) {
            continue;
          }
          if (!MAIN.equals(r.getNamespaceURI())) {
            if (r.getLocalName().equals("workbook")) {
              throw new Unstreamable("workbook namespace " + r.getNamespaceURI());
            }
            continue;
          }
          switch (r.getLocalName()) {
            case "workbookPr" -> {
              String d = r.getAttributeValue(null, "date1904");
              date1904 = "1".equals(d) || "true".equals(d);
            }
            case "sheet" -> {
              Rel rel = wbRels.get(r.getAttributeValue(RELS, "id"));
              String name = r.getAttributeValue(null, "name");
              if (rel == null || name == null || !rel.type().equals(RELS + "/worksheet")) {
                throw new Unstreamable("a sheet that is not a plain worksheet: " + name);
              }
              sheets.add(
                  new SheetEntry(
                      name, "veryHidden".equals(r.getAttributeValue(null, "state")), rel.target()));
            }
            default -> {}
          }
        }
      } finally {
        r.close();
      }
    }
  }

  /**
   * Reads every sheet a form may be on, and counts the rows and cells of every worksheet part as
   * {@link WorkbookOpener} does: past its limits POI's path rejects the workbook, so this one must
   * not read it.
   */
  private void readSheets() throws IOException, XMLStreamException {
    long[] budget = {0, 0};
    Map<String, Integer> byPart = new HashMap<>();
    for (int i = 0; i < sheets.size(); i++) {
      if (!sheets.get(i).veryHidden()) {
        byPart.put(sheets.get(i).part(), i);
      }
    }
    for (Enumeration<ZipArchiveEntry> entries = zip.getEntries(); entries.hasMoreElements(); ) {
      ZipArchiveEntry e = entries.nextElement();
      if (!e.getName().startsWith("xl/worksheets/") || !e.getName().endsWith(".xml")) {
        continue;
      }
      Integer index = byPart.remove(e.getName());
      try (InputStream in = zip.getInputStream(e)) {
        XMLStreamReader r = xml().createXMLStreamReader(in);
        try {
          if (index == null) {
            if (StreamedSheet.count(r, budget)) {
              selectedParts.add(e.getName());
            }
          } else {
            StreamedSheet sheet = StreamedSheet.read(r, sheets.get(index).name(), this, budget);
            parsed.put(index, sheet);
            if (sheet.selected()) {
              selectedParts.add(e.getName());
            }
          }
        } finally {
          r.close();
        }
      }
      if (budget[0] > WorkbookOpener.MAX_ROWS || budget[1] > WorkbookOpener.MAX_CELLS) {
        throw new Unstreamable("past the row or cell budget");
      }
    }
    if (!byPart.isEmpty()) {
      throw new Unstreamable("sheet parts not where the zip has them: " + byPart.keySet());
    }
  }

  private void readStyles() throws IOException, XMLStreamException {
    List<Integer> formats = new ArrayList<>();
    try (InputStream in = new ByteArrayInputStream(styles)) {
      XMLStreamReader r = xml().createXMLStreamReader(in);
      try {
        boolean inCellXfs = false;
        while (r.hasNext()) {
          int event = r.next();
          if (event == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("cellXfs")) {
            inCellXfs = false;
          }
          if (event != XMLStreamConstants.START_ELEMENT || !MAIN.equals(r.getNamespaceURI())) {
            continue;
          }
          switch (r.getLocalName()) {
            case "numFmt" ->
                formatCodes.put(
                    (int) (short) Integer.parseInt(r.getAttributeValue(null, "numFmtId")),
                    r.getAttributeValue(null, "formatCode"));
            case "cellXfs" -> inCellXfs = true;
            case "xf" -> {
              if (inCellXfs) {
                String id = r.getAttributeValue(null, "numFmtId");
                formats.add(id == null ? 0 : Integer.parseInt(id));
              }
            }
            default -> {}
          }
        }
      } finally {
        r.close();
      }
    }
    formatOfStyle = formats.stream().mapToInt(Integer::intValue).toArray();
  }

  /** The style's number format as POI's XSSFCellStyle gives it: its index and code. */
  short dataFormat(int style) {
    if (formatOfStyle == null
        || formatOfStyle.length == 0
        || style < 0
        || style >= formatOfStyle.length) {
      throw new Unstreamable("no cell style " + style);
    }
    return (short) formatOfStyle[style];
  }

  String dataFormatString(int style) {
    int index = dataFormat(style) & 0xffff;
    String code = formatCodes.get((int) (short) index);
    if (code == null) {
      code = BuiltinFormats.getBuiltinFormat(index);
    }
    if (code == null) {
      throw new Unstreamable("number format " + index + " defined nowhere");
    }
    return code;
  }

  boolean date1904() {
    return date1904;
  }

  String sharedString(int index) {
    if (index < 0 || index >= sharedStrings.length) {
      throw new Unstreamable("no shared string " + index);
    }
    return sharedStrings[index];
  }

  NumberShown numberShown() {
    if (numberShown == null) {
      NumberShown[] made = SHOWN.get(); // one per thread and calendar: making one costs
      int calendar = date1904 ? 1 : 0;
      if (made[calendar] == null) {
        made[calendar] = new NumberShown(FormFinder.FORMATTER.get(), date1904);
      }
      numberShown = made[calendar];
    }
    return numberShown;
  }

  private static final ThreadLocal<NumberShown[]> SHOWN =
      ThreadLocal.withInitial(() -> new NumberShown[2]);

  static XMLInputFactory xml() {
    return FACTORY.get();
  }

  InputStream stream(String part) throws IOException {
    ZipArchiveEntry e = zip.getEntry(part);
    if (e == null) {
      throw new Unstreamable("no part " + part);
    }
    return zip.getInputStream(e);
  }

  private record Rel(String id, String type, String target) {}

  private static String relsOf(String part) {
    int slash = part.lastIndexOf('/');
    return part.substring(0, slash + 1) + "_rels/" + part.substring(slash + 1) + ".rels";
  }

  /** A part's relationships, their targets resolved to zip entry names. */
  private List<Rel> rels(String source, String relsPart) throws IOException, XMLStreamException {
    List<Rel> out = new ArrayList<>();
    try (InputStream in = stream(relsPart)) {
      XMLStreamReader r = xml().createXMLStreamReader(in);
      try {
        while (r.hasNext()) {
          if (r.next() == XMLStreamConstants.START_ELEMENT
              && r.getLocalName().equals("Relationship")
              && PACKAGE_RELS.equals(r.getNamespaceURI())) {
            if ("External".equals(r.getAttributeValue(null, "TargetMode"))) {
              continue;
            }
            out.add(
                new Rel(
                    r.getAttributeValue(null, "Id"),
                    r.getAttributeValue(null, "Type"),
                    resolve(source, r.getAttributeValue(null, "Target"))));
          }
        }
      } finally {
        r.close();
      }
    }
    return out;
  }

  static String resolve(String source, String target) {
    try {
      String path = new URI(null, null, "/" + source, null).resolve(new URI(target)).getPath();
      return path.startsWith("/") ? path.substring(1) : path;
    } catch (URISyntaxException | RuntimeException e) {
      throw new Unstreamable("odd relationship target " + target, e);
    }
  }

  /** The zip entry of a sheet. */
  String part(int index) {
    return sheets.get(index).part();
  }

  /** The package, for the streamed write to copy through. */
  ZipFile zip() {
    return zip;
  }

  String workbookPart() {
    return workbookPart;
  }

  static String relsPartOf(String part) {
    return relsOf(part);
  }

  /** The worksheet parts whose tab is selected. */
  Set<String> selectedParts() {
    return selectedParts;
  }

  /** The sheets' names, in the workbook's order. */
  public List<String> sheetNames() {
    return names;
  }

  /** The zip entry of the named sheet, or null. */
  String partOf(String sheet) {
    Integer i = indexByName.get(sheet);
    return i == null ? null : sheets.get(i).part();
  }

  /** A cell as stored: its style and whether it is empty (blank, or only white space). */
  public record Stored(int style, boolean empty) {}

  /**
   * The cell as stored; a cell the sheet does not store is empty with style 0, as POI makes it;
   * null when there is no such sheet.
   */
  public Stored stored(String sheet, int row, int col) {
    Integer i = indexByName.get(sheet);
    if (i == null) {
      return null;
    }
    GridCell c = sheet(i).cell(row, col);
    if (c == null) {
      return new Stored(0, true);
    }
    boolean empty =
        c.type() == CellType.BLANK || (c.type() == CellType.STRING && c.string().isBlank());
    return new Stored(c.styleIndex(), empty);
  }

  /** The text POI shows for a cell of a sheet that is not very hidden; null when none. */
  public String shown(String sheet, int row, int col) {
    Integer i = indexByName.get(sheet);
    if (i == null || veryHidden(i)) {
      return null;
    }
    GridCell c = sheet(i).cell(row, col);
    return c == null ? null : c.shown();
  }

  /** A comment already on a cell: who wrote it and its text, as POI's XSSFComment gives them. */
  public record Note(String author, String text) {}

  private final Map<String, Map<String, Note>> notes = new HashMap<>();

  /** The comments already on the sheet, by cell (A1); empty when it has none. */
  public Map<String, Note> notes(String sheet) {
    return notes.computeIfAbsent(sheet, this::readNotes);
  }

  private Map<String, Note> readNotes(String sheet) {
    String part = partOf(sheet);
    String rels = relsOf(part);
    Map<String, Note> out = new HashMap<>();
    try {
      if (zip.getEntry(rels) == null) {
        return out;
      }
      for (Rel rel : rels(part, rels)) {
        if (!rel.type().equals(RELS + "/comments")) {
          continue;
        }
        try (InputStream in = stream(rel.target())) {
          XMLStreamReader r = xml().createXMLStreamReader(in);
          try {
            List<String> authors = new ArrayList<>();
            String ref = null;
            String author = null;
            while (r.hasNext()) {
              if (r.next() != XMLStreamConstants.START_ELEMENT) {
                continue;
              }
              switch (r.getLocalName()) {
                case "author" -> authors.add(r.getElementText());
                case "comment" -> {
                  ref = r.getAttributeValue(null, "ref");
                  String id = r.getAttributeValue(null, "authorId");
                  int i = id == null ? -1 : Integer.parseInt(id);
                  author = i >= 0 && i < authors.size() ? authors.get(i) : "";
                }
                case "text" -> out.put(ref, new Note(author, StreamedStrings.item(r)));
                default -> {}
              }
            }
          } finally {
            r.close();
          }
        }
      }
    } catch (IOException | XMLStreamException | RuntimeException e) {
      throw e instanceof Unstreamable u ? u : new Unstreamable("comments unreadable here", e);
    }
    return out;
  }

  /** The styles part as it is. */
  public byte[] stylesPart() {
    if (styles == null) {
      throw new Unstreamable("no styles part");
    }
    return styles.clone();
  }

  String stylesPartName() {
    return stylesPart;
  }

  @Override
  public int sheetCount() {
    return sheets.size();
  }

  @Override
  public String sheetName(int index) {
    return sheets.get(index).name();
  }

  @Override
  public boolean veryHidden(int index) {
    return sheets.get(index).veryHidden();
  }

  @Override
  public GridSheet sheet(int index) {
    StreamedSheet s = parsed.get(index);
    if (s == null) {
      throw new Unstreamable("very hidden sheet asked for");
    }
    return s;
  }

  @Override
  public void close() {
    try {
      zip.close();
    } catch (IOException e) {
      // read-only: nothing to lose
    }
  }
}
