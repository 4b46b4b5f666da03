package org.perfsheet.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import org.perfsheet.files.SafeWrite;
import org.perfsheet.layout.Layout;
import org.perfsheet.layout.LayoutCodec;
import org.perfsheet.workbook.TemplateLearner;

/**
 * The learned-layout cache: learning the templates through POI is half a second or more of every
 * short check (most of it loading and running POI's XML machinery cold), reading the layouts back
 * from one small file a few tens of milliseconds. The file holds one template folder's layouts
 * under a key: every file in the folder (name, length, CRC-32 of the content) and the perfsheet
 * build, so an edited, added or removed template, or a new build, means learning again. A file that
 * is missing, of another key, damaged or unwritable is no error: the templates are learned as
 * without a cache, and the result is written for the next run when the folder allows.
 */
final class LayoutCache {

  private static final int MAGIC = 0x50534C32; // "PSL2"

  private final Path file;
  private final String build;

  /**
   * {@code build}: what identifies the code that learns (the jar's path, size and time), so a
   * rebuilt perfsheet does not read layouts an older one learned.
   */
  LayoutCache(Path file, String build) {
    this.file = file;
    this.build = build;
  }

  /** The layouts of the templates in {@code folder}: from the cache when its key matches. */
  List<Layout> layouts(Path folder) throws IOException {
    byte[] key;
    try {
      key = key(folder);
    } catch (IOException e) {
      return TemplateLearner.loadAll(folder); // says what is wrong with the folder
    }
    List<Layout> cached = read(key);
    if (cached != null) {
      return cached;
    }
    List<Layout> learned = TemplateLearner.loadAll(folder);
    write(key, learned);
    return learned;
  }

  /**
   * The key: the format, the build, and each regular file of the folder in name order with its
   * length and CRC-32. A CRC, not SHA-256: it tells an edited file as surely (nobody forges a
   * template against their own cache) and costs no security provider at start-up (SHA-256 took 30
   * to 80 ms of a cold JVM, the CRC 1).
   */
  byte[] key(Path folder) throws IOException {
    List<Path> files;
    try (var s = Files.list(folder)) {
      files = s.filter(Files::isRegularFile).sorted().toList();
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream key = new DataOutputStream(bytes);
    key.writeInt(LayoutCodec.FORMAT);
    key.writeUTF(build);
    for (Path f : files) {
      byte[] content = Files.readAllBytes(f);
      key.writeUTF(f.getFileName().toString());
      key.writeInt(content.length);
      key.writeLong(crc(content));
    }
    return bytes.toByteArray();
  }

  /** The cached layouts under this key, or null. */
  private List<Layout> read(byte[] key) {
    try {
      if (!Files.isRegularFile(file)) {
        return null;
      }
      var in = new DataInputStream(new ByteArrayInputStream(Files.readAllBytes(file)));
      if (in.readInt() != MAGIC) {
        return null;
      }
      int length = in.readInt();
      if (length != key.length) {
        return null;
      }
      byte[] stored = new byte[length];
      in.readFully(stored);
      if (!Arrays.equals(stored, key)) {
        return null;
      }
      long crc = in.readLong();
      byte[] payload = in.readAllBytes();
      if (crc(payload) != crc) {
        return null;
      }
      return LayoutCodec.read(new DataInputStream(new ByteArrayInputStream(payload)));
    } catch (IOException | RuntimeException e) {
      return null; // damaged or of another format: learn again
    }
  }

  /** Writes the cache under a temporary name moved into place; a failure only costs the cache. */
  void write(byte[] key, List<Layout> layouts) {
    Path tmp = null;
    try {
      ByteArrayOutputStream payload = new ByteArrayOutputStream();
      LayoutCodec.write(layouts, new DataOutputStream(payload));
      byte[] bytes = payload.toByteArray();
      ByteArrayOutputStream all = new ByteArrayOutputStream();
      var out = new DataOutputStream(all);
      out.writeInt(MAGIC);
      out.writeInt(key.length);
      out.write(key);
      out.writeLong(crc(bytes));
      out.write(bytes);
      Path dir = file.toAbsolutePath().getParent();
      tmp = SafeWrite.tempFile(dir, "." + file.getFileName() + "-");
      Files.write(tmp, all.toByteArray());
      SafeWrite.move(tmp, file);
    } catch (IOException | RuntimeException e) {
      try {
        if (tmp != null) {
          Files.deleteIfExists(tmp);
        }
      } catch (IOException ignored) {
        // nothing more to do: the next run learns again
      }
    }
  }

  private static long crc(byte[] bytes) {
    CRC32 crc = new CRC32();
    crc.update(bytes);
    return crc.getValue();
  }
}
