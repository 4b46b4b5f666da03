package org.perfsheet.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12, item 9: workbooks and reports were written through a 0600 temporary file, so units
 * reading a shared outbox under other accounts could not open them. They get the permissions an
 * ordinary new file gets in that folder.
 */
class OutputPermissionsTest {

  @Test
  void aWrittenWorkbookHasTheFolderOrdinaryPermissions(@TempDir Path dir) throws Exception {
    assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
    Path ordinary = Files.createFile(dir.resolve("ordinary.txt"));
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      wb.createSheet("表");
      SafeWrite.write(wb, dir.resolve("out.xlsx"));
    }
    String expected = PosixFilePermissions.toString(Files.getPosixFilePermissions(ordinary));
    assertEquals(
        expected,
        PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("out.xlsx"))));
    assertEquals(
        expected,
        PosixFilePermissions.toString(
            Files.getPosixFilePermissions(SafeWrite.tempFile(dir, ".x-"))));
  }
}
