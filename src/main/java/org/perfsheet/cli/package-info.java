/**
 * The command line: {@code check}, {@code template}, {@code summary}, {@code watch}, each a small
 * picocli command returning an exit code; output through injected writers.
 */
package org.perfsheet.cli;
