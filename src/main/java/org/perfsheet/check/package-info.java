/**
 * The check pipeline for one workbook ({@link org.perfsheet.check.Checker}): open, clean earlier
 * annotations, find forms, check, annotate, write safely. The command line, the watched folder and
 * the benchmarks all go through it.
 */
package org.perfsheet.check;
