package org.perfsheet.report;

/**
 * Every command's exit codes, in one place: what a script or the Task Scheduler sees. The help of
 * {@code perfsheet} lists them.
 */
public enum ExitCode {
  /** Done, and no error findings. */
  OK(0, "no error findings / 未发现错误"),
  /** Error findings ({@code check}), or rows and templates with mistakes ({@code template}). */
  FINDINGS(1, "error findings / 发现错误"),
  /**
   * A mistake on the command line: a wrong or missing option, an input that does not exist, a bad
   * --out.
   */
  USAGE(2, "usage mistake / 命令用法有误"),
  /**
   * An input could not be read: a rejected workbook, an unreadable report or list; an internal
   * error.
   */
  UNREADABLE(3, "an input could not be read / 有文件无法读取"),
  /**
   * {@code watch}: files left unfinished, to be tried again (an outbox that cannot be written, a
   * full disk).
   */
  UNFINISHED(4, "watch: files left unfinished / 监控文件夹：有文件未能完成");

  private final int code;
  private final String meaning;

  ExitCode(int code, String meaning) {
    this.code = code;
    this.meaning = meaning;
  }

  /** The number the process exits with. */
  public int code() {
    return code;
  }

  /** What it means, in English and Chinese, as the help lists it. */
  public String meaning() {
    return meaning;
  }
}
