package org.perfsheet.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.perfsheet.model.CellRef;
import org.perfsheet.model.Finding;
import org.perfsheet.model.FindingCode;
import org.perfsheet.model.FormKind;
import org.perfsheet.model.FormResult;
import org.perfsheet.model.Light;
import org.perfsheet.model.LightMark;
import org.perfsheet.model.Lights;
import org.perfsheet.model.Review;
import org.perfsheet.model.Severity;
import org.perfsheet.model.Stated;

/**
 * The machine-readable report ({@code report.json}): written by {@code check}, read back by {@code
 * summary}. Field names are a public contract; add fields, never rename them.
 *
 * <pre>
 * {"workbooks": [{"input", "output", "status": "checked"|"rejected", "error": null|{"code","message"},
 *   "review": {"round", "verdict": "passed"|"returned", "reviewedAt", "reviewer", "reviewingBody"} (when annotated),
 *   "forms": [{"sheet", "form", "template", "year", "department", "unit", "project",
 *     "amounts": {"unit": "元", "budget", "spent"},
 *     "budget": {"rate": {"stated","computed"}, "score": {"stated","computed"}},
 *     "total": {"stated","computed"}, "grade", "counts": {"error","warning","info"},
 *     "findings": [{"code","severity","cell","indicator","message"}]}]}]}
 * </pre>
 */
public final class ReportJson {

  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ReportJson() {}

  public static void write(List<WorkbookReport> workbooks, OutputStream out) throws IOException {
    ObjectNode root = MAPPER.createObjectNode();
    ArrayNode list = root.putArray("workbooks");
    workbooks.forEach(w -> list.add(toJson(w)));
    MAPPER.writeValue(out, root);
  }

  /**
   * {@code report.json} written a workbook at a time, byte for byte what {@link #write} gives for
   * the same list, so a batch of thousands need not hold its reports until the end. Closing it ends
   * the document and closes the stream.
   */
  public static final class Streamed implements Closeable {

    private final JsonGenerator gen;

    public Streamed(OutputStream out) throws IOException {
      gen = MAPPER.writer().createGenerator(out);
      gen.writeStartObject();
      gen.writeArrayFieldStart("workbooks");
    }

    public void add(WorkbookReport w) throws IOException {
      gen.writeTree(toJson(w));
    }

    @Override
    public void close() throws IOException {
      gen.writeEndArray();
      gen.writeEndObject();
      gen.close();
    }
  }

  /** One workbook as a single JSON line, for append-only journals. */
  public static String line(WorkbookReport workbook) {
    try {
      return MAPPER
          .copy()
          .disable(SerializationFeature.INDENT_OUTPUT)
          .writeValueAsString(toJson(workbook));
    } catch (IOException e) {
      throw new IllegalStateException("cannot serialise report for " + workbook.input(), e);
    }
  }

  public static ObjectNode toJson(WorkbookReport w) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("input", w.input());
    n.put("output", w.output());
    n.put("status", w.status().code());
    if (w.error() == null) {
      n.putNull("error");
    } else {
      n.putObject("error").put("code", w.error().code()).put("message", w.error().message());
    }
    if (w.review() != null) {
      Review r = w.review();
      n.putObject("review")
          .put("round", r.round())
          .put("verdict", r.verdict().code())
          .put("reviewedAt", r.at().toString())
          .put("reviewer", r.settings().reviewer())
          .put("reviewingBody", r.settings().body());
    }
    ArrayNode forms = n.putArray("forms");
    w.forms().forEach(f -> forms.add(toJson(f)));
    return n;
  }

  static ObjectNode toJson(FormResult f) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("sheet", f.sheet());
    n.put("form", f.kind().code());
    n.put("template", f.template());
    n.put("year", f.year());
    n.put("department", f.department());
    n.put("unit", f.unit());
    n.put("project", f.project());
    n.putObject("amounts").put("unit", "元").put("budget", f.budget()).put("spent", f.spent());
    ObjectNode budget = n.putObject("budget");
    put(budget, "rate", f.budgetRate());
    put(budget, "score", f.budgetScore());
    put(n, "total", f.total());
    n.put("grade", f.grade());
    n.putObject("counts")
        .put("error", f.count(Severity.ERROR))
        .put("warning", f.count(Severity.WARNING))
        .put("info", f.count(Severity.INFO));
    if (f.lights() != null) {
      n.put("month", f.lights().month());
      n.set("lights", lights(f.lights()));
    }
    ArrayNode findings = n.putArray("findings");
    for (Finding x : f.findings()) {
      findings
          .addObject()
          .put("code", x.code().name())
          .put("severity", x.severity().code())
          .put("cell", x.cell().a1())
          .put("indicator", x.indicator())
          .put("message", x.message());
    }
    return n;
  }

  /**
   * A monitoring form's lights: {@code {"funds": {...}, "project": "red", "indicators": [...]}}.
   */
  private static ObjectNode lights(Lights l) {
    ObjectNode n = MAPPER.createObjectNode();
    if (l.funds() == null) {
      n.putNull("funds");
    } else {
      n.set("funds", mark(l.funds()));
    }
    n.put("project", l.project() == null ? null : l.project().code());
    ArrayNode list = n.putArray("indicators");
    l.indicators().forEach(m -> list.add(mark(m).put("indicator", m.indicator())));
    return n;
  }

  private static ObjectNode mark(LightMark m) {
    return MAPPER
        .createObjectNode()
        .put("light", m.light().code())
        .put("cell", m.cell().a1())
        .put("progress", m.progress() == null ? null : Math.round(m.progress() * 100) / 100.0);
  }

  private static Lights lightsFromJson(JsonNode f, String sheet) {
    JsonNode n = f.path("lights");
    if (!n.isObject()) {
      return null;
    }
    List<LightMark> indicators = new ArrayList<>();
    for (JsonNode m : n.path("indicators")) {
      indicators.add(markFromJson(m, sheet));
    }
    String project = text(n, "project");
    return new Lights(
        f.path("month").isNumber() ? f.path("month").asInt() : null,
        n.path("funds").isObject() ? markFromJson(n.path("funds"), sheet) : null,
        project == null ? null : Light.valueOf(project.toUpperCase(Locale.ROOT)),
        indicators);
  }

  private static LightMark markFromJson(JsonNode m, String sheet) {
    return new LightMark(
        CellRef.parse(m.path("cell").asText(), sheet),
        text(m, "indicator"),
        Light.valueOf(m.path("light").asText().toUpperCase(Locale.ROOT)),
        number(m, "progress"));
  }

  private static void put(ObjectNode parent, String name, Stated s) {
    Stated v = s == null ? Stated.NONE : s;
    ObjectNode o = parent.putObject(name).put("stated", v.stated()).put("computed", v.computed());
    if (v.reason() != null) {
      o.put("reason", v.reason());
    }
  }

  public static List<WorkbookReport> read(InputStream in) throws IOException {
    JsonNode root = MAPPER.readTree(in);
    List<WorkbookReport> out = new ArrayList<>();
    for (JsonNode w : root.path("workbooks")) {
      out.add(fromJson(w));
    }
    return out;
  }

  public static WorkbookReport fromJson(JsonNode w) {
    List<FormResult> forms = new ArrayList<>();
    for (JsonNode f : w.path("forms")) {
      forms.add(formFromJson(f));
    }
    JsonNode e = w.path("error");
    RejectReason error =
        e.isObject() ? new RejectReason(e.path("code").asText(), e.path("message").asText()) : null;
    return new WorkbookReport(
        text(w, "input"),
        text(w, "output"),
        WorkbookReport.Status.valueOf(w.path("status").asText("checked").toUpperCase(Locale.ROOT)),
        error,
        forms);
  }

  private static FormResult formFromJson(JsonNode f) {
    String sheet = text(f, "sheet");
    List<Finding> findings = new ArrayList<>();
    for (JsonNode x : f.path("findings")) {
      findings.add(
          new Finding(
              FindingCode.valueOf(x.path("code").asText()),
              Severity.valueOf(x.path("severity").asText().toUpperCase(Locale.ROOT)),
              CellRef.parse(x.path("cell").asText(), sheet),
              text(x, "indicator"),
              x.path("message").asText()));
    }
    JsonNode amounts = f.path("amounts");
    return new FormResult(
        sheet,
        FormKind.fromCode(f.path("form").asText()),
        text(f, "template"),
        text(f, "project"),
        text(f, "department"),
        text(f, "unit"),
        f.path("year").isNumber() ? f.path("year").asInt() : null,
        number(amounts, "budget"),
        number(amounts, "spent"),
        stated(f.path("budget").path("rate")),
        stated(f.path("budget").path("score")),
        stated(f.path("total")),
        text(f, "grade"),
        findings,
        List.of(),
        lightsFromJson(f, sheet));
  }

  private static Stated stated(JsonNode n) {
    return new Stated(
        number(n, "stated"),
        number(n, "computed"),
        n.hasNonNull("reason") ? n.get("reason").asText() : null);
  }

  private static Double number(JsonNode n, String field) {
    JsonNode v = n.path(field);
    return v.isNumber() ? v.asDouble() : null;
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.path(field);
    return v.isTextual() ? v.asText() : null;
  }
}
