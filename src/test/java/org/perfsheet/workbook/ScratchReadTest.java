package org.perfsheet.workbook;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.perfsheet.layout.FormData;
import org.perfsheet.layout.SelfEvaluationMapping;

class ScratchReadTest {
  @Test
  void dump() throws Exception {
    var layouts = TemplateLearner.loadAll(Path.of("templates"));
    layouts.forEach(l -> { System.out.println(l.id() + " " + l.kind() + " " + l.title()); l.fields().forEach(f -> System.out.println("  " + f)); });
    try (var o = WorkbookOpener.open(Path.of("src/test/resources/real-world/central-2019-partial.xls"))) {
      for (FormData d : new FormFinder(layouts).find(o.workbook())) {
        System.out.println(d.sheet() + " " + d.layout().id() + " year=" + d.year() + " notFound=" + d.notFound());
        d.fields().forEach((k, v) -> System.out.println("  " + k + " = " + v));
        d.rows().forEach(r -> System.out.println("  row " + r));
        System.out.println(SelfEvaluationMapping.map(d));
      }
    }
  }
}
