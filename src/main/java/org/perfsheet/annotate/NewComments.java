package org.perfsheet.annotate;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ooxml.POIXMLDocumentPart;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.model.Comments;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.perfsheet.workbook.StreamedEdit;

/**
 * perfsheet's comments on an .xlsx sheet that has none yet (a form as first submitted), written as
 * the comments part and the VML part Excel writes. Through POI each comment is a tree of XML
 * objects and a VML shape built node by node, which cost more than all of perfsheet's rules.
 *
 * <p>A sheet that already has comments or other VML (the submitter's notes, form controls,
 * perfsheet's marks from an earlier round) goes through POI instead, which merges with them; the
 * golden tests check that a workbook checked twice, once each way, reads the same.
 */
final class NewComments implements StreamedEdit.NewNotes {

  private record Note(int row, int col, String text) {}

  private final XSSFSheet sheet;
  private final String author;
  private final List<Note> notes = new ArrayList<>();

  private NewComments(XSSFSheet sheet, String author) {
    this.sheet = sheet;
    this.author = author;
  }

  /** For the streamed write, which places the parts itself. */
  NewComments(String author) {
    this(null, author);
  }

  /** A collector for this sheet, or null when the sheet's comments must go through POI. */
  static NewComments forSheet(Sheet sheet, String author) {
    if (!(sheet instanceof XSSFSheet x) || x.getCTWorksheet().isSetLegacyDrawing()) {
      return null;
    }
    for (POIXMLDocumentPart part : x.getRelations()) {
      if (part instanceof Comments) {
        return null;
      }
    }
    return new NewComments(x, author);
  }

  void add(int row, int col, String text) {
    notes.add(new Note(row, col, text));
  }

  /** Adds the two parts to the package and links them from the sheet. */
  void write() {
    if (notes.isEmpty()) {
      return;
    }
    OPCPackage pkg = sheet.getPackagePart().getPackage();
    try {
      int n = 1;
      while (pkg.containPart(name("/xl/comments" + n + ".xml"))
          || pkg.containPart(name("/xl/drawings/vmlDrawing" + n + ".vml"))) {
        n++;
      }
      PackagePart comments =
          part(pkg, name("/xl/comments" + n + ".xml"), XSSFRelation.SHEET_COMMENTS, commentsPart());
      PackagePart vml =
          part(
              pkg,
              name("/xl/drawings/vmlDrawing" + n + ".vml"),
              XSSFRelation.VML_DRAWINGS,
              vmlPart(n));
      PackagePart sheetPart = sheet.getPackagePart();
      sheetPart.addRelationship(
          comments.getPartName(), TargetMode.INTERNAL, XSSFRelation.SHEET_COMMENTS.getRelation());
      PackageRelationship drawing =
          sheetPart.addRelationship(
              vml.getPartName(), TargetMode.INTERNAL, XSSFRelation.VML_DRAWINGS.getRelation());
      sheet.getCTWorksheet().addNewLegacyDrawing().setId(drawing.getId());
    } catch (InvalidFormatException | IOException e) {
      throw new IllegalStateException("cannot add comments to sheet " + sheet.getSheetName(), e);
    }
  }

  private static PackagePartName name(String name) throws InvalidFormatException {
    return PackagingURIHelper.createPartName(name);
  }

  private static PackagePart part(
      OPCPackage pkg, PackagePartName name, XSSFRelation kind, String xml) throws IOException {
    PackagePart part = pkg.createPart(name, kind.getContentType());
    try (OutputStream out = part.getOutputStream()) {
      out.write(xml.getBytes(StandardCharsets.UTF_8));
    }
    return part;
  }

  @Override
  public String author() {
    return author;
  }

  @Override
  public String commentsPart() {
    StringBuilder x = new StringBuilder(512 + notes.size() * 256);
    x.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n")
        .append(
            "<comments"
                + " xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><authors><author>");
    OwnSheet.escape(x, author);
    return x.append("</author></authors><commentList>")
        .append(commentEntries(0))
        .append("</commentList></comments>")
        .toString();
  }

  @Override
  public String commentEntries(int authorId) {
    StringBuilder x = new StringBuilder(notes.size() * 256);
    for (Note note : notes) {
      x.append("<comment ref=\"")
          .append(new CellReference(note.row(), note.col()).formatAsString(false))
          .append("\" authorId=\"")
          .append(authorId)
          .append("\"><text><t")
          .append(note.text().equals(note.text().strip()) ? "" : " xml:space=\"preserve\"")
          .append('>');
      OwnSheet.escape(x, note.text());
      x.append("</t></text></comment>");
    }
    return x.toString();
  }

  /**
   * Hidden note boxes, as Excel writes them; the box is anchored by cells (four columns wide, as
   * many rows as the text needs), so its size in points only matters until Excel recomputes it.
   */
  @Override
  public String vmlPart(int n) {
    // Shape ids come in blocks of 1,024 that the drawing claims in its idmap; drawing n takes
    // blocks from (n - 1) × 64 + 1, so no two drawings of the workbook share an id.
    int first = (n - 1) * 64 + 1;
    int blocks = Math.min(64, (notes.size() + 1) / 1024 + 1);
    StringBuilder idmap = new StringBuilder();
    for (int b = 0; b < blocks; b++) {
      idmap.append(b == 0 ? "" : ",").append(first + b);
    }
    StringBuilder x = new StringBuilder(1024 + notes.size() * 768);
    x.append(
            "<xml xmlns:v=\"urn:schemas-microsoft-com:vml\""
                + " xmlns:o=\"urn:schemas-microsoft-com:office:office\"")
        .append(" xmlns:x=\"urn:schemas-microsoft-com:office:excel\">")
        .append("<o:shapelayout v:ext=\"edit\"><o:idmap v:ext=\"edit\" data=\"")
        .append(idmap)
        .append("\"/></o:shapelayout>")
        .append(
            "<v:shapetype id=\"_x0000_t202\" coordsize=\"21600,21600\" o:spt=\"202\""
                + " path=\"m,l,21600r21600,l21600,xe\">")
        .append(
            "<v:stroke joinstyle=\"miter\"/><v:path gradientshapeok=\"t\""
                + " o:connecttype=\"rect\"/></v:shapetype>");
    return x.append(vmlShapes(first * 1024 + 1)).append("</xml>").toString();
  }

  @Override
  public String vmlShapes(int firstId) {
    StringBuilder x = new StringBuilder(notes.size() * 768);
    int id = firstId;
    int z = 0;
    for (Note note : notes) {
      int rows = CommentBox.rows(note.text());
      x.append("<v:shape id=\"_x0000_s")
          .append(id++)
          .append("\" type=\"#_x0000_t202\"")
          .append(
              " style=\"position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:192pt;height:")
          .append(rows * 15)
          .append("pt;z-index:")
          .append(++z)
          .append(";visibility:hidden\"")
          .append(" fillcolor=\"#ffffe1\" o:insetmode=\"auto\">")
          .append("<v:fill color2=\"#ffffe1\"/><v:shadow on=\"t\" color=\"black\" obscured=\"t\"/>")
          .append(
              "<v:path o:connecttype=\"none\"/><v:textbox style=\"mso-direction-alt:auto\"><div"
                  + " style=\"text-align:left\"></div></v:textbox>")
          .append(
              "<x:ClientData ObjectType=\"Note\"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>")
          .append(note.col() + 1)
          .append(", 0, ")
          .append(note.row())
          .append(", 0, ")
          .append(note.col() + 5)
          .append(", 0, ")
          .append(note.row() + rows)
          .append(", 0</x:Anchor>")
          .append("<x:AutoFill>False</x:AutoFill><x:Row>")
          .append(note.row())
          .append("</x:Row><x:Column>")
          .append(note.col())
          .append("</x:Column></x:ClientData></v:shape>");
    }
    return x.toString();
  }
}
