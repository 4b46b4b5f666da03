package org.perfsheet.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * The first piece of the streamed write (docs/streaming.md, "Plan: the streamed write"): a
 * workbook's package copied through, each part it does not change copied compressed as it came (no
 * inflating, no deflating, byte-identical), each part it changes edited as bytes and deflated at
 * level 1. Not used by {@code check} yet.
 */
final class StreamedCopy {

  private StreamedCopy() {}

  /**
   * Copies the package at {@code source} to {@code out}, replacing the parts named in {@code edits}
   * by what their edit makes of them. A part named but absent is {@link Unstreamable}.
   */
  static void copy(Path source, OutputStream out, Map<String, UnaryOperator<byte[]>> edits)
      throws IOException {
    try (ZipFile zip = ZipFile.builder().setPath(source).get()) {
      for (String part : edits.keySet()) {
        if (zip.getEntry(part) == null) {
          throw new Unstreamable("no part " + part + " to edit");
        }
      }
      ZipArchiveOutputStream target = new ZipArchiveOutputStream(out);
      target.setLevel(Deflater.BEST_SPEED);
      for (Enumeration<ZipArchiveEntry> entries = zip.getEntriesInPhysicalOrder();
          entries.hasMoreElements(); ) {
        ZipArchiveEntry e = entries.nextElement();
        UnaryOperator<byte[]> edit = edits.get(e.getName());
        if (edit == null) {
          try (InputStream raw = zip.getRawInputStream(e)) {
            target.addRawArchiveEntry(e, raw);
          }
          continue;
        }
        byte[] edited;
        try (InputStream in = zip.getInputStream(e)) {
          edited = edit.apply(in.readAllBytes());
        }
        ZipArchiveEntry copy = new ZipArchiveEntry(e.getName());
        copy.setMethod(ZipArchiveEntry.DEFLATED);
        target.putArchiveEntry(copy);
        target.write(edited);
        target.closeArchiveEntry();
      }
      target.finish();
    }
  }
}
