package org.perfsheet.files;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Which files in a folder are workbooks to read: {@code .xlsx}, {@code .xlsm} and {@code .xls} (any
 * case), without the lock files Office and WPS leave beside an open workbook ({@code ~$x.xlsx}) and
 * hidden files ({@code .x.xlsx}, macOS's {@code ._x.xlsx}). {@code check}'s folders and the
 * declarations and monitoring forms it is given are searched with it; the watched folder skips the
 * same lock and hidden files ({@link #isLockOrHidden}).
 */
public final class WorkbookFiles {

  private WorkbookFiles() {}

  /** A workbook to read, by its name. */
  public static boolean isWorkbook(Path file) {
    String name = file.getFileName().toString();
    String lower = name.toLowerCase(Locale.ROOT);
    return (lower.endsWith(".xlsx") || lower.endsWith(".xlsm") || lower.endsWith(".xls"))
        && !isLockOrHidden(file);
  }

  /** An Office or WPS lock file, or a hidden file: never a submission. */
  public static boolean isLockOrHidden(Path file) {
    String name = file.getFileName().toString();
    return name.startsWith("~$") || name.startsWith(".");
  }
}
