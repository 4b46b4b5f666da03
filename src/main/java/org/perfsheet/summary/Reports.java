package org.perfsheet.summary;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.perfsheet.report.ReportJson;
import org.perfsheet.report.WorkbookReport;

/**
 * The workbook reports of a batch, read as a stream so memory stays flat: {@code report.json} files
 * written by {@code check}, and the watched folder's {@code journal.jsonl} (one JSON object a line,
 * the report under {@code "report"}). Folders are searched for both.
 */
final class Reports {

  /** One workbook report with where it came from: the submitter and time from a journal, if any. */
  record Entry(WorkbookReport report, String submitter, String time, String source) {}

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final List<Path> files;

  private Reports(List<Path> files) {
    this.files = files;
  }

  static Reports of(List<Path> inputs) throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path p : inputs) {
      if (!Files.exists(p)) {
        throw new IOException("找不到文件或文件夹：" + p + " / no such file or folder: " + p);
      }
      if (Files.isDirectory(p)) {
        try (Stream<Path> s = Files.walk(p)) {
          s.filter(Files::isRegularFile)
              .filter(
                  f -> {
                    String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
                    return n.equals("report.json") || n.endsWith(".jsonl");
                  })
              .sorted()
              .forEach(files::add);
        }
      } else {
        files.add(p);
      }
    }
    if (files.isEmpty()) {
      throw new IOException(
          "没有找到 report.json 或 journal.jsonl / no report.json or journal.jsonl found in " + inputs);
    }
    return new Reports(files);
  }

  /** Calls {@code each} for every workbook report, in file order then in order within a file. */
  void forEach(Consumer<Entry> each) throws IOException {
    for (Path f : files) {
      if (f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jsonl")) {
        journal(f, each);
      } else {
        report(f, each);
      }
    }
  }

  private static void report(Path f, Consumer<Entry> each) throws IOException {
    try (InputStream in = Files.newInputStream(f);
        JsonParser p = MAPPER.getFactory().createParser(in)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw bad(f, "不是 JSON 对象");
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken t = p.nextToken();
        if (field.equals("workbooks") && t == JsonToken.START_ARRAY) {
          while (p.nextToken() == JsonToken.START_OBJECT) {
            JsonNode w = MAPPER.readTree(p);
            each.accept(new Entry(ReportJson.fromJson(w), null, null, f.toString()));
          }
        } else {
          p.skipChildren();
        }
      }
    } catch (JacksonException e) {
      throw bad(f, e.getOriginalMessage());
    } catch (IllegalArgumentException e) {
      throw bad(f, e.getMessage());
    }
  }

  private static void journal(Path f, Consumer<Entry> each) throws IOException {
    try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode j;
        try {
          j = MAPPER.readTree(line);
        } catch (JacksonException e) {
          if (r.readLine() == null) {
            break; // a torn last line from a crash: the watcher writes it again
          }
          throw bad(f, "第 " + n + " 行不是 JSON");
        }
        JsonNode report = j.has("report") ? j.get("report") : j;
        if (report.isObject() && report.has("status")) {
          each.accept(
              new Entry(
                  ReportJson.fromJson(report),
                  text(j, "submitter"),
                  text(j, "time"),
                  f.toString()));
        }
      }
    }
  }

  private static String text(JsonNode j, String field) {
    return j.hasNonNull(field) ? j.get(field).asText() : null;
  }

  private static IOException bad(Path f, String why) {
    return new IOException(
        "无法读取审核报告 "
            + f
            + "（"
            + why
            + "）。请提供 perfsheet check 生成的 report.json 或监控文件夹的 journal.jsonl"
            + " / cannot read report "
            + f
            + ": "
            + why);
  }

  static String shortName(String path) {
    if (path == null) {
      return "";
    }
    int i = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
    return path.substring(i + 1);
  }
}
