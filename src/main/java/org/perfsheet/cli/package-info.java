/**
 * The command line: {@code check}, {@code template}, {@code summary}, {@code watch}, each a small
 * picocli command returning an exit code ({@link org.perfsheet.report.ExitCode}), listed in {@link
 * org.perfsheet.cli.PerfsheetCommand} and made by {@link org.perfsheet.cli.Commands} with the
 * injected output writers.
 */
package org.perfsheet.cli;
