package org.perfsheet.workbook;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.OfficeXmlFileException;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.util.RecordFormatException;

/**
 * Opens a submitted workbook read-only, from a stream (opening a {@code File} with POI may rewrite
 * it on close), and turns every way a file can be unusable into a {@link RejectedWorkbookException}
 * that says in Chinese and English what is wrong and what to do.
 */
public final class WorkbookOpener {

  /** Largest uncompressed part of an .xlsx: a real form is a few MB; more is a bomb or a dump. */
  static final long MAX_PART_BYTES = 200L * 1024 * 1024;

  /**
   * Most zip parts a workbook may have. POI stops at 1,000, which a valid workbook of many sheets,
   * notes and pictures passes; each part costs POI some kilobytes however small it is, and 10,000
   * cost about 60 MB of heap (measured, docs/watch.md).
   */
  public static final int MAX_PARTS = 10_000;

  static {
    ZipSecureFile.setMinInflateRatio(0.005);
    ZipSecureFile.setMaxEntrySize(MAX_PART_BYTES);
    ZipSecureFile.setMaxFileCount(MAX_PARTS);
  }

  /**
   * Most rows, and most cells, all sheets of an .xlsx together may hold. POI keeps every row and
   * cell in memory (some 2 KB each): a sheet formatted down to row 1,048,576 needs 1.8 GB. At these
   * limits a check needs about 400 MB of heap (measured, docs/watch.md); a form has a few thousand
   * cells.
   */
  public static final int MAX_ROWS = 200_000;

  public static final int MAX_CELLS = 200_000;

  /** The workbook's on-disk format, so the annotated copy is written the way it came. */
  public enum Format {
    XLSX(".xlsx"),
    XLSM(".xlsm"),
    XLS(".xls");

    private final String extension;

    Format(String extension) {
      this.extension = extension;
    }

    public String extension() {
      return extension;
    }
  }

  public record Opened(Workbook workbook, Format format) implements AutoCloseable {
    @Override
    public void close() throws IOException {
      workbook.close();
    }
  }

  private WorkbookOpener() {}

  public static Opened open(Path file) throws RejectedWorkbookException {
    long size;
    try {
      size = Files.size(file);
    } catch (IOException e) {
      throw new RejectedWorkbookException(
          "UNREADABLE_FILE",
          "无法读取文件：" + e.getMessage() + "。请检查文件是否存在、是否有读取权限",
          "cannot read the file: " + e.getMessage() + "; check that it exists and is readable",
          e);
    }
    if (size == 0) {
      throw new RejectedWorkbookException(
          "EMPTY_FILE",
          "文件是空的（0 字节），可能没有复制完整。请在 Excel 或 WPS 中重新保存后再提交",
          "the file is empty (0 bytes), probably an incomplete copy; save it again in Excel or WPS"
              + " and resubmit",
          null);
    }
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
      FileMagic magic = FileMagic.valueOf(in);
      if (magic == FileMagic.OOXML) {
        withinBudget(file);
      }
      Format format =
          switch (magic) {
            case OOXML ->
                file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsm")
                    ? Format.XLSM
                    : Format.XLSX;
            case OLE2 -> Format.XLS;
            case BIFF2, BIFF3, BIFF4 -> throw oldFormat(null);
            default -> throw notAWorkbook(magic, null);
          };
      Workbook wb = WorkbookFactory.create(in);
      if (format == Format.XLS && !(wb instanceof HSSFWorkbook)) {
        // An encrypted .xlsx is an OLE2 container: POI decrypts only with a password, so this means
        // a known one.
        format = Format.XLSX;
      }
      return new Opened(wb, format);
    } catch (RejectedWorkbookException e) {
      throw e;
    } catch (EncryptedDocumentException e) {
      throw new RejectedWorkbookException(
          "ENCRYPTED",
          "工作簿设置了打开密码（已加密），无法审核。请在 Excel 或 WPS 中取消密码（文件 → 信息 → 保护工作簿 → 用密码进行加密，清空密码）后重新提交",
          "the workbook is password-protected (encrypted); remove the password in Excel or WPS and"
              + " resubmit",
          e);
    } catch (OldExcelFormatException e) {
      throw oldFormat(e);
    } catch (NotOfficeXmlFileException | OfficeXmlFileException e) {
      throw notAWorkbook(null, e);
    } catch (IOException
        | RecordFormatException
        | IllegalArgumentException
        | IllegalStateException
        | UnsupportedOperationException
        | POIXMLException e) {
      throw corrupt(e);
    }
  }

  /**
   * Counts the rows and cells of every worksheet part as a stream, before POI builds them, and
   * refuses a workbook past the budget. Parts that cannot be read are left to POI to judge.
   */
  private static void withinBudget(Path file) throws RejectedWorkbookException {
    long rows = 0;
    long cells = 0;
    XMLInputFactory xml = XMLInputFactory.newFactory();
    xml.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    xml.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    try (ZipFile zip = new ZipFile(file.toFile())) {
      for (var entries = zip.entries(); entries.hasMoreElements(); ) {
        ZipEntry e = entries.nextElement();
        if (!e.getName().startsWith("xl/worksheets/") || !e.getName().endsWith(".xml")) {
          continue;
        }
        try (InputStream part = zip.getInputStream(e)) {
          XMLStreamReader r = xml.createXMLStreamReader(part);
          while (r.hasNext() && rows <= MAX_ROWS && cells <= MAX_CELLS) {
            if (r.next() == XMLStreamConstants.START_ELEMENT) {
              String name = r.getLocalName();
              rows += name.equals("row") ? 1 : 0;
              cells += name.equals("c") ? 1 : 0;
            }
          }
          r.close();
        } catch (XMLStreamException | RuntimeException unreadable) {
          // POI says what is wrong with it
        }
      }
    } catch (IOException notAZipWeCanList) {
      return;
    }
    if (rows > MAX_ROWS || cells > MAX_CELLS) {
      throw new RejectedWorkbookException(
          "TOO_LARGE",
          "工作簿的行数或单元格数过多（超过 "
              + MAX_ROWS
              + " 行或 "
              + MAX_CELLS
              + " 个单元格），多半是设置了格式的空行一直延伸到表格底部。请在 Excel 或 WPS 中删除表格下方的空行和右侧的空列后重新保存提交",
          "the workbook has too many rows or cells (over "
              + MAX_ROWS
              + " rows or "
              + MAX_CELLS
              + " cells), most likely empty formatted rows down to the bottom of a sheet; delete"
              + " the empty rows below the table and the empty columns to its right, save and"
              + " resubmit",
          null);
    }
  }

  /** The messages of an exception and its causes: POI wraps the telling one. */
  private static String messages(Throwable e) {
    StringBuilder b = new StringBuilder();
    for (Throwable t = e;
        t != null && b.length() < 10_000;
        t = t.getCause() == t ? null : t.getCause()) {
      b.append(t.getClass().getSimpleName()).append(": ").append(t.getMessage()).append('\n');
    }
    return b.toString();
  }

  private static RejectedWorkbookException oldFormat(Throwable cause) {
    return new RejectedWorkbookException(
        "OLD_FORMAT",
        "这是 Excel 95 或更早的旧格式，无法读取。请在 Excel 或 WPS 中另存为 .xlsx（或 Excel 97-2003 .xls）后重新提交",
        "this is an Excel 95 or older workbook; save it as .xlsx (or Excel 97-2003 .xls) and"
            + " resubmit",
        cause);
  }

  private static RejectedWorkbookException notAWorkbook(FileMagic magic, Throwable cause) {
    String what =
        magic == null
            ? ""
            : switch (magic) {
              case PDF -> "（这是 PDF 文件）";
              case HTML -> "（这是网页文件，可能是系统导出的“伪 xls”）";
              case XML -> "（这是 XML 文件）";
              case RTF -> "（这是 RTF 文档）";
              default -> "";
            };
    return new RejectedWorkbookException(
        "NOT_A_WORKBOOK",
        "文件不是 Excel 工作簿" + what + "。请提交用 Excel 或 WPS 保存的 .xlsx 或 .xls 文件",
        "the file is not an Excel workbook"
            + (magic == null ? "" : " (" + magic.name().toLowerCase(Locale.ROOT) + ")")
            + "; submit an .xlsx or .xls saved by Excel or WPS",
        cause);
  }

  private static RejectedWorkbookException corrupt(Throwable e) {
    String m = messages(e);
    if (m.contains("MAX_FILE_COUNT")) {
      return new RejectedWorkbookException(
          "TOO_LARGE",
          "工作簿包含的部件过多（超过 " + MAX_PARTS + " 个工作表、批注、图片等），无法审核。请删除多余的工作表和图片后重新保存提交",
          "the workbook has too many parts (more than "
              + MAX_PARTS
              + " sheets, notes, pictures…); delete unneeded sheets and pictures, save and"
              + " resubmit",
          e);
    }
    if (m.contains("XLSB") || m.contains("sheet.binary")) {
      return new RejectedWorkbookException(
          "UNSUPPORTED_FORMAT",
          "这是 Excel 二进制工作簿（.xlsb），无法读取。请另存为 Excel 工作簿 (*.xlsx) 后重新提交",
          "this is an Excel binary workbook (.xlsb); save it as Excel Workbook (*.xlsx) and"
              + " resubmit",
          e);
    }
    if (m.contains("Zip bomb") || m.contains("exceeds the max") || m.contains("maximum")) {
      return new RejectedWorkbookException(
          "TOO_LARGE",
          "工作簿解压后过大（超过 " + MAX_PART_BYTES / 1024 / 1024 + " MB），可能含有大量空行或异常数据。请删除多余的行列后重新保存提交",
          "the workbook expands to more than "
              + MAX_PART_BYTES / 1024 / 1024
              + " MB (huge sheet or zip bomb); delete unused rows and columns, save and resubmit",
          e);
    }
    if (m.contains("Strict")) {
      return new RejectedWorkbookException(
          "UNSUPPORTED_FORMAT",
          "工作簿是“Strict Open XML”格式，无法读取。请另存为普通的“Excel 工作簿 (*.xlsx)”后重新提交",
          "the workbook is Strict Open XML; save it as a normal Excel Workbook (*.xlsx) and"
              + " resubmit",
          e);
    }
    return new RejectedWorkbookException(
        "CORRUPT",
        "工作簿已损坏或不完整（可能复制或下载中断），无法打开。请在 Excel 或 WPS 中打开确认后重新保存提交",
        "the workbook is damaged or incomplete (an interrupted copy or download?); open it in Excel"
            + " or WPS, save it again and resubmit",
        e);
  }
}
