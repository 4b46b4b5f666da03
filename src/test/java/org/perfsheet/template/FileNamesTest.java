package org.perfsheet.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileNamesTest {

  @Test
  void readableNames() {
    assertEquals(
        "2024-上海市普陀区司法局-司法调解-绩效目标申报表", FileNames.stem("2024", "上海市普陀区司法局", "司法调解", "绩效目标申报表"));
    assertEquals("2024-a_b_c-x", FileNames.stem("2024", "a/b\\c", null, " ", "x"));
    assertEquals("_-x", FileNames.stem("..", "..x"), "no leading dots, no path traversal");
  }

  @Test
  void duplicatesAreMadeDistinct(@TempDir Path dir) {
    Set<String> taken = new HashSet<>();
    assertEquals("a.xlsx", FileNames.unique(dir, "a", ".xlsx", taken).getFileName().toString());
    assertEquals("a(2).xlsx", FileNames.unique(dir, "a", ".xlsx", taken).getFileName().toString());
    assertEquals(
        "A(3).xlsx",
        FileNames.unique(dir, "A", ".xlsx", taken).getFileName().toString(),
        "names differing only in case collide on Windows");
  }

  @Test
  void noGeneratedNameEscapesItsFolderOrCarriesReservedCharacters() {
    Random random = new Random(7);
    String alphabet = "司法/\\:*?\"<>|. \t\n..a1-（）";
    for (int i = 0; i < 5000; i++) {
      StringBuilder sb = new StringBuilder();
      for (int k = random.nextInt(30); k > 0; k--) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String stem = FileNames.stem(sb.toString(), "申报表");
      assertFalse(stem.matches(".*[\\\\/:*?\"<>|\\p{Cntrl}].*"), stem);
      assertFalse(stem.startsWith(".") || stem.isBlank(), stem);
      assertEquals(Path.of(stem).getFileName().toString(), stem);
    }
  }

  /** Issue 12, item 2: a project name of some 66 Chinese characters made a name past 255 bytes. */
  @Test
  void aLongChineseProjectNameIsShortenedInTheNameOnly(@TempDir Path tmp) throws Exception {
    String project = "上海市普陀区司法局关于开展基层人民调解组织规范化建设暨社区矫正对象教育帮扶和公共法律服务体系示范点建设项目经费";
    project = project + project.substring(0, 66 - project.length());
    assertEquals(66, project.length());
    String stem = FileNames.stem("2024", "上海市普陀区司法局", project, "绩效目标申报表");
    assertTrue(stem.getBytes(StandardCharsets.UTF_8).length + "(99).xlsx".length() <= 255, stem);
    assertTrue(stem.startsWith("2024-上海市普陀区司法局-上海市普陀区") && stem.endsWith("-绩效目标申报表"), stem);

    Path list = tmp.resolve("项目清单.csv");
    Files.writeString(
        list,
        "项目名称,年度,实施单位,主管部门,当年财政拨款,计划开始日期,计划完成日期\n"
            + project
            + ",2024,上海市普陀区司法局,上海市普陀区司法局,100,2024-01-01,2024-12-31\n",
        StandardCharsets.UTF_8);
    StringWriter err = new StringWriter();
    picocli.CommandLine cl = new picocli.CommandLine(new TemplateCommand());
    cl.setOut(new PrintWriter(new StringWriter(), true));
    cl.setErr(new PrintWriter(err, true));
    int code =
        cl.execute(
            "declaration", "--projects", list.toString(), "--out", tmp.resolve("out").toString());
    assertEquals(0, code, err.toString());
    try (var files = Files.list(tmp.resolve("out"))) {
      assertEquals(List.of(stem + ".xlsx"), files.map(p -> p.getFileName().toString()).toList());
    }
  }
}
