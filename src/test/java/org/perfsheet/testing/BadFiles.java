package org.perfsheet.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Unusable workbooks made on the spot, for the checker's and the watched folder's tests. */
public final class BadFiles {

  private BadFiles() {}

  /** An .xlsx with an opening password ("secret"), as Excel writes it: an OLE2 container. */
  public static Path encrypted(Path file) throws IOException, GeneralSecurityException {
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      Encryptor enc = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
      enc.confirmPassword("secret");
      try (XSSFWorkbook wb = new XSSFWorkbook();
          OutputStream os = enc.getDataStream(fs)) {
        wb.createSheet("表");
        wb.write(os);
      }
      try (OutputStream out = Files.newOutputStream(file)) {
        fs.writeFilesystem(out);
      }
    }
    return file;
  }

  /** An Excel 95 (BIFF5) workbook: its records live in a stream named "Book", not "Workbook". */
  public static Path excel95(Path file) throws IOException {
    byte[] bof = {0x09, 0x08, 0x08, 0x00, 0x00, 0x05, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00};
    try (POIFSFileSystem fs = new POIFSFileSystem();
        OutputStream out = Files.newOutputStream(file)) {
      fs.createDocument(new ByteArrayInputStream(bof), "Book");
      fs.writeFilesystem(out);
    }
    return file;
  }

  /** A few hundred KB that inflate to 220 MB of sheet XML. */
  public static Path zipBomb(Path file) throws IOException {
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write(
          ("<?xml version=\"1.0\"?><Types"
               + " xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default"
               + " Extension=\"xml\" ContentType=\"application/xml\"/></Types>")
              .getBytes());
      zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
      byte[] spaces = new byte[1 << 20];
      Arrays.fill(spaces, (byte) ' ');
      for (int i = 0; i < 220; i++) {
        zip.write(spaces);
      }
    }
    return file;
  }
}
