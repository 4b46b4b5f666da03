/**
 * All POI reading: opening a submitted file safely (rejecting what cannot be read with a reason),
 * learning layouts from the template workbooks, and finding forms on sheets by their labels ({@link
 * org.perfsheet.workbook.FormFinder}). Nothing outside this package and {@code annotate}, {@code
 * template} and {@code check} touches POI's reading API.
 *
 * <p>The forms are read from a grid ({@code GridBook}, {@code GridSheet}, {@code GridCell}) that
 * POI's object model answers, or, for the read-only uses ({@link
 * org.perfsheet.workbook.FormFinder#read}), a StAX pass over the .xlsx's XML that answers exactly
 * as POI would or passes the workbook on to POI ({@code StreamedWorkbook}, docs/streaming.md).
 */
package org.perfsheet.workbook;
