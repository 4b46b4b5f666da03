package org.perfsheet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfsheet.cli.CheckCommandTest.Run;

/** Mistakes on the command line: one line in Chinese and English, a pointer to --help, exit 2. */
class CliUsageTest {

  static final String CHECK_HELP = "用 perfsheet check --help 查看用法 / see perfsheet check --help\n";

  static Run run(String... args) {
    return CheckCommandTest.run(args);
  }

  static void assertUsage(String message, String help, Run r) {
    assertEquals(2, r.code(), r.out() + r.err());
    assertEquals(message + "\n" + help, r.err());
    assertEquals("", r.out());
  }

  @Test
  void aMissingRequiredOption() {
    assertUsage("perfsheet check: 缺少必需的选项 --out / missing required option --out=DIR", CHECK_HELP,
        run("check", "test-workbooks"));
  }

  @Test
  void anUnknownOption(@TempDir Path tmp) {
    assertUsage("perfsheet check: 未知的选项 --outt / unknown option --outt", CHECK_HELP,
        run("check", "test-workbooks", "--out", tmp.toString(), "--outt", "x"));
  }

  @Test
  void aMissingParameter(@TempDir Path tmp) {
    assertUsage("perfsheet check: 缺少参数 PATH / missing parameter PATH", CHECK_HELP,
        run("check", "--out", tmp.toString()));
  }

  @Test
  void anOptionWithoutItsValue() {
    assertUsage("perfsheet check: 选项 --out 后缺少值 DIR / option --out needs a value DIR", CHECK_HELP,
        run("check", "test-workbooks", "--out"));
  }

  @Test
  void aBadValue(@TempDir Path tmp) {
    assertUsage("perfsheet check: 选项 --jobs=N 的值无效：abc / invalid value for option --jobs=N: abc", CHECK_HELP,
        run("check", "test-workbooks", "--out", tmp.toString(), "--jobs", "abc"));
  }

  @Test
  void anOptionGivenTwice(@TempDir Path tmp) {
    assertUsage("perfsheet check: 选项 --out=DIR 只能给一次 / option --out=DIR may be given only once", CHECK_HELP,
        run("check", "test-workbooks", "--out", tmp.toString(), "--out", tmp.toString()));
  }

  @Test
  void anUnknownCommand() {
    assertUsage("perfsheet: 多余的参数或未知的命令 chek / unexpected argument or unknown command chek",
        "用 perfsheet --help 查看用法 / see perfsheet --help\n", run("chek", "test-workbooks"));
  }

  @Test
  void noArgumentsPrintsTheHelpAndExitsTwo() {
    Run r = run();
    assertEquals(2, r.code());
    assertTrue(r.err().startsWith("Usage: perfsheet [-hV] [COMMAND]"), r.err());
    assertTrue(r.err().contains("check") && r.err().contains("watch"), r.err());
  }
}
