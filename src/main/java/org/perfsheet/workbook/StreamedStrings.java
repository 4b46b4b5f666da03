package org.perfsheet.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;

/**
 * Rich-text strings ({@code <si>} of the shared strings, {@code <is>} of an inline string) read as
 * POI's XSSFRichTextString.getString reads them: the runs' texts joined (else the plain text),
 * phonetic guides left out, {@code _x000D_} escapes decoded.
 */
final class StreamedStrings {

  private StreamedStrings() {}

  static String[] read(StreamedWorkbook wb, String part) throws IOException, XMLStreamException {
    List<String> out = new ArrayList<>();
    try (InputStream in = wb.stream(part)) {
      XMLStreamReader r = StreamedWorkbook.xml().createXMLStreamReader(in);
      try {
        while (r.hasNext()) {
          if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("si")) {
            out.add(item(r));
          }
        }
      } finally {
        r.close();
      }
    }
    return out.toArray(String[]::new);
  }

  /** One rich-text item; the reader is on its start tag and is left on its end tag. */
  static String item(XMLStreamReader r) throws XMLStreamException {
    String element = r.getLocalName();
    String plain = null;
    StringBuilder runs = null;
    int depth = 0;
    boolean inRun = false;
    int runCount = 0;
    int runTexts = 0;
    while (true) {
      int event = r.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        depth++;
        String name = r.getLocalName();
        if (name.equals("r") && depth == 1) {
          inRun = true;
          runCount++;
          runs = runs == null ? new StringBuilder() : runs;
        } else if (name.equals("t") && depth == 1) {
          plain = r.getElementText();
          depth--;
        } else if (name.equals("t") && depth == 2 && inRun) {
          runs.append(r.getElementText());
          runTexts++;
          depth--;
        }
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        if (depth == 0) {
          if (!r.getLocalName().equals(element)) {
            throw new Unstreamable("unbalanced rich text");
          }
          break;
        }
        if (depth == 1 && r.getLocalName().equals("r")) {
          inRun = false;
        }
        depth--;
      }
    }
    if (runCount != runTexts) {
      throw new Unstreamable("a run without one text"); // POI would show "null"
    }
    String text = runs != null ? runs.toString() : plain;
    if (text == null) {
      throw new Unstreamable("a rich text without text");
    }
    return decode(text);
  }

  /**
   * POI's own decoding of {@code _xHHHH_}, used only where there is one: it builds an XMLBeans
   * object.
   */
  static String decode(String s) {
    return s.indexOf("_x") < 0 ? s : new XSSFRichTextString(s).getString();
  }
}
