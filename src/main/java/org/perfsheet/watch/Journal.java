package org.perfsheet.watch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The record of everything that happened: one JSON line per file, appended under a file lock
 * (several watchers may share a folder) in a single write, forced to disk. A crash can at worst
 * leave a torn last line, which readers skip.
 */
final class Journal {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private final Path file;

  Journal(Path file) {
    this.file = file;
  }

  synchronized void append(ObjectNode line) throws IOException {
    byte[] bytes = (MAPPER.writeValueAsString(line) + "\n").getBytes(StandardCharsets.UTF_8);
    try (FileChannel ch =
        FileChannel.open(
            file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
      FileLock lock = ch.lock(); // released when the channel closes
      // A torn line from a crash would glue onto ours: start on a fresh line.
      if (ch.size() > 0 && !endsWithNewline()) {
        ch.write(ByteBuffer.wrap("\n".getBytes(StandardCharsets.UTF_8)));
      }
      ByteBuffer buf = ByteBuffer.wrap(bytes);
      while (buf.hasRemaining()) {
        ch.write(buf);
      }
      ch.force(true);
      lock.release();
    }
  }

  private boolean endsWithNewline() throws IOException {
    try (FileChannel r = FileChannel.open(file, StandardOpenOption.READ)) {
      if (r.size() == 0) {
        return true;
      }
      ByteBuffer b = ByteBuffer.allocate(1);
      r.read(b, r.size() - 1);
      return b.get(0) == '\n';
    }
  }

  /** Every readable line; a torn one is skipped. */
  List<JsonNode> read() throws IOException {
    List<JsonNode> out = new ArrayList<>();
    if (!Files.exists(file)) {
      return out;
    }
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.isBlank()) {
          try {
            out.add(MAPPER.readTree(line));
          } catch (IOException torn) {
            // a crash mid-write; the file is recorded again when its claim is finished
          }
        }
      }
    }
    return out;
  }

  boolean contains(String claimId) throws IOException {
    return read().stream().anyMatch(j -> claimId.equals(j.path("id").asText(null)));
  }

  static ObjectNode object() {
    return MAPPER.createObjectNode();
  }
}
