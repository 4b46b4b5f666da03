package org.perfsheet.layout;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.perfsheet.model.FormKind;

/**
 * Learned layouts as bytes and back, for the learned-layout cache: learning the templates through
 * POI costs a second at every start, reading them back a few milliseconds. Written field by field
 * (no reflection, no serialisation framework) so reading starts fast; a layout read back equals the
 * one written, vocabulary included. {@link #FORMAT} changes whenever the shape of the data does.
 */
public final class LayoutCodec {

  /** Bumped with every change to what is written. */
  public static final int FORMAT = 2;

  private static final int RIGHT_OF = 1;
  private static final int GRID = 2;
  private static final int TABLE_COLUMN = 3;
  private static final int OWN_TEXT = 4;

  private LayoutCodec() {}

  public static void write(List<Layout> layouts, DataOutput out) throws IOException {
    out.writeInt(layouts.size());
    for (Layout l : layouts) {
      out.writeUTF(l.id());
      out.writeUTF(l.kind().name());
      out.writeUTF(l.title());
      out.writeInt(l.fields().size());
      for (FieldLayout f : l.fields()) {
        writeField(f, out);
      }
      writeVocabulary(l.vocabulary(), out);
    }
  }

  /** The layouts {@link #write} wrote; an {@link IOException} for bytes it did not write. */
  public static List<Layout> read(DataInput in) throws IOException {
    int n = count(in);
    List<Layout> layouts = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      String id = in.readUTF();
      FormKind kind = kind(in.readUTF());
      String title = in.readUTF();
      int fieldCount = count(in);
      List<FieldLayout> fields = new ArrayList<>(fieldCount);
      for (int j = 0; j < fieldCount; j++) {
        fields.add(readField(in));
      }
      layouts.add(new Layout(id, kind, title, fields, readVocabulary(in)));
    }
    return layouts;
  }

  private static void writeField(FieldLayout f, DataOutput out) throws IOException {
    out.writeUTF(f.key());
    writeLocator(f.locator(), out);
    writeNullable(f.meaning(), out);
    out.writeBoolean(f.required());
    out.writeBoolean(f.fillDown());
    out.writeBoolean(f.below());
    out.writeBoolean(f.repeated());
  }

  private static FieldLayout readField(DataInput in) throws IOException {
    return new FieldLayout(
        in.readUTF(),
        readLocator(in),
        readNullable(in),
        in.readBoolean(),
        in.readBoolean(),
        in.readBoolean(),
        in.readBoolean());
  }

  private static void writeLocator(Locator locator, DataOutput out) throws IOException {
    // Java 17: no pattern switch; Locator is sealed, so these four are all.
    if (locator instanceof Locator.RightOf r) {
      out.writeByte(RIGHT_OF);
      writeLabel(r.label(), out);
      out.writeInt(r.nth());
    } else if (locator instanceof Locator.Grid g) {
      out.writeByte(GRID);
      writeLabel(g.rowLabel(), out);
      writeLabel(g.header(), out);
      out.writeBoolean(g.underHeader());
    } else if (locator instanceof Locator.TableColumn t) {
      out.writeByte(TABLE_COLUMN);
      writeLabel(t.header(), out);
      out.writeInt(t.span());
      out.writeInt(t.nth());
    } else if (locator instanceof Locator.OwnText o) {
      out.writeByte(OWN_TEXT);
      writeLabel(o.label(), out);
    } else {
      throw new IllegalArgumentException("unknown locator " + locator);
    }
  }

  private static Locator readLocator(DataInput in) throws IOException {
    int type = in.readByte();
    return switch (type) {
      case RIGHT_OF -> new Locator.RightOf(readLabel(in), in.readInt());
      case GRID -> new Locator.Grid(readLabel(in), readLabel(in), in.readBoolean());
      case TABLE_COLUMN -> new Locator.TableColumn(readLabel(in), in.readInt(), in.readInt());
      case OWN_TEXT -> new Locator.OwnText(readLabel(in));
      default -> throw new IOException("unknown locator type " + type);
    };
  }

  private static void writeLabel(LabelSet label, DataOutput out) throws IOException {
    out.writeUTF(label.name());
    writeStrings(label.forms(), out);
  }

  private static LabelSet readLabel(DataInput in) throws IOException {
    return new LabelSet(in.readUTF(), new HashSet<>(readStrings(in)));
  }

  private static void writeVocabulary(Vocabulary v, DataOutput out) throws IOException {
    out.writeInt(v.levels().size());
    for (Map.Entry<String, List<String>> e : v.levels().entrySet()) {
      out.writeUTF(e.getKey());
      writeStrings(e.getValue(), out);
    }
    writeStrings(v.tableEnds(), out);
    out.writeInt(v.placeholders().size());
    for (Pattern p : v.placeholders()) {
      out.writeUTF(p.pattern());
      out.writeInt(p.flags());
    }
    writeStrings(v.printed(), out);
  }

  private static Vocabulary readVocabulary(DataInput in) throws IOException {
    int n = count(in);
    Map<String, List<String>> levels = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      levels.put(in.readUTF(), readStrings(in));
    }
    Set<String> tableEnds = new HashSet<>(readStrings(in));
    int p = count(in);
    List<Pattern> placeholders = new ArrayList<>(p);
    for (int i = 0; i < p; i++) {
      placeholders.add(Pattern.compile(in.readUTF(), in.readInt()));
    }
    Set<String> printed = new HashSet<>(readStrings(in));
    return new Vocabulary(levels, tableEnds, placeholders, printed);
  }

  private static void writeStrings(Collection<String> strings, DataOutput out) throws IOException {
    out.writeInt(strings.size());
    for (String s : strings) {
      out.writeUTF(s);
    }
  }

  private static List<String> readStrings(DataInput in) throws IOException {
    int n = count(in);
    List<String> list = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      list.add(in.readUTF());
    }
    return list;
  }

  private static void writeNullable(String s, DataOutput out) throws IOException {
    out.writeBoolean(s != null);
    if (s != null) {
      out.writeUTF(s);
    }
  }

  private static String readNullable(DataInput in) throws IOException {
    return in.readBoolean() ? in.readUTF() : null;
  }

  /** A count, checked: a damaged file must not make us allocate gigabytes. */
  private static int count(DataInput in) throws IOException {
    int n = in.readInt();
    if (n < 0 || n > 100_000) {
      throw new IOException("bad count " + n);
    }
    return n;
  }

  private static FormKind kind(String name) throws IOException {
    try {
      return FormKind.valueOf(name);
    } catch (IllegalArgumentException e) {
      throw new IOException("unknown form kind " + name, e);
    }
  }
}
