package org.perfsheet.watch;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether a file in the inbox is whole, from its structure alone: a copy that pauses longer than
 * the quiet period (normal on SMB) looks stable but is a prefix of the workbook. A zip (xlsx) is
 * whole when its central directory is all there; an OLE file (xls) when every sector its allocation
 * table uses is there. Anything else is taken as it is and judged by the check.
 */
final class Completeness {

  private static final byte[] OLE = {
    (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
  };
  private static final int FREE = -1;

  private Completeness() {}

  /** False for an empty file and for a zip or OLE file cut short. */
  static boolean whole(Path file) {
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      long size = ch.size();
      if (size == 0) {
        return false;
      }
      ByteBuffer head = read(ch, 0, (int) Math.min(512, size));
      if (head.limit() >= 4 && head.getInt(0) == 0x04034b50) {
        return zipWhole(ch, size);
      }
      if (head.limit() >= 8 && startsWith(head, OLE)) {
        return head.limit() == 512 && oleWhole(ch, size, head);
      }
      return true;
    } catch (IOException e) {
      return true; // unreadable: the check says why
    }
  }

  /** The end-of-central-directory record, and the directory it points to, inside the file. */
  private static boolean zipWhole(FileChannel ch, long size) throws IOException {
    int tail = (int) Math.min(size, 22 + 65_535);
    ByteBuffer b = read(ch, size - tail, tail);
    for (int i = tail - 22; i >= 0; i--) {
      if (b.getInt(i) == 0x06054b50) {
        long dirSize = Integer.toUnsignedLong(b.getInt(i + 12));
        long dirOffset = Integer.toUnsignedLong(b.getInt(i + 16));
        long eocd = size - tail + i;
        return dirOffset == 0xFFFFFFFFL
            || dirOffset + dirSize <= eocd; // zip64 keeps its own record
      }
    }
    return false;
  }

  /** Every sector of the allocation table, and every sector it marks used, inside the file. */
  private static boolean oleWhole(FileChannel ch, long size, ByteBuffer header) throws IOException {
    int shift = Short.toUnsignedInt(header.getShort(0x1E));
    if (shift < 7 || shift > 16) {
      return true; // not a layout we know: the check judges it
    }
    int sector = 1 << shift;
    List<Integer> fat = new ArrayList<>();
    int fatSectors = header.getInt(0x2C);
    for (int k = 0; k < 109 && fat.size() < fatSectors; k++) {
      fat.add(header.getInt(0x4C + 4 * k));
    }
    int next = header.getInt(0x44);
    for (int hops = 0; fat.size() < fatSectors && next >= 0 && hops < 1 << 16; hops++) {
      if (!inside(next, sector, size)) {
        return false;
      }
      ByteBuffer difat = read(ch, offset(next, sector), sector);
      for (int k = 0; k < sector / 4 - 1 && fat.size() < fatSectors; k++) {
        fat.add(difat.getInt(4 * k));
      }
      next = difat.getInt(sector - 4);
    }
    long highest = -1;
    for (int f = 0; f < fat.size(); f++) {
      int id = fat.get(f);
      if (id < 0 || !inside(id, sector, size)) {
        return false;
      }
      ByteBuffer entries = read(ch, offset(id, sector), sector);
      for (int k = 0; k < sector / 4; k++) {
        if (entries.getInt(4 * k) != FREE) {
          highest = (long) f * (sector / 4) + k;
        }
      }
    }
    return highest < 0 || inside(highest, sector, size);
  }

  private static long offset(long id, int sector) {
    return (id + 1) * sector; // sector 0 follows the header, which takes one sector
  }

  /** A sector that starts inside the file (some writers leave the last one short). */
  private static boolean inside(long id, int sector, long size) {
    return offset(id, sector) < size;
  }

  private static boolean startsWith(ByteBuffer b, byte[] magic) {
    for (int i = 0; i < magic.length; i++) {
      if (b.get(i) != magic[i]) {
        return false;
      }
    }
    return true;
  }

  private static ByteBuffer read(FileChannel ch, long at, int n) throws IOException {
    ByteBuffer b = ByteBuffer.allocate(n).order(ByteOrder.LITTLE_ENDIAN);
    while (b.hasRemaining() && ch.read(b, at + b.position()) > 0) {
      // until full or at the end
    }
    b.flip();
    if (b.limit() < n) {
      ByteBuffer padded = ByteBuffer.allocate(n).order(ByteOrder.LITTLE_ENDIAN);
      padded.put(b).position(0);
      return padded.limit(n);
    }
    return b;
  }
}
