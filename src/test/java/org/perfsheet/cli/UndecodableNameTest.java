package org.perfsheet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.InvalidPathException;
import org.junit.jupiter.api.Test;

/** A file name the JVM cannot decode is said in both languages, with what to do. */
class UndecodableNameTest {

  @Test
  void saysWhichCharsetAndHowToRunInstead() {
    String charset = System.getProperty("sun.jnu.encoding", "?");
    assertEquals(
        "文件名“a?.xlsx”无法按系统区域设置的字符集（"
            + charset
            + "）读取。请在 UTF-8 区域设置下运行，例如先执行 export LANG=C.UTF-8"
            + " / a file name cannot be decoded in the locale's charset ("
            + charset
            + "): run perfsheet under a UTF-8 locale, e.g. export LANG=C.UTF-8",
        Environment.undecodableName(
            new InvalidPathException(
                "a?.xlsx", "Malformed input or input contains unmappable characters")));
  }
}
