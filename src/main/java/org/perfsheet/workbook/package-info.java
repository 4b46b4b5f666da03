/**
 * All POI reading: opening a submitted file safely (rejecting what cannot be read with a reason),
 * learning layouts from the template workbooks, and finding forms on sheets by their labels ({@link
 * org.perfsheet.workbook.FormFinder}). Nothing outside this package and {@code annotate}, {@code
 * template} and {@code check} touches POI's reading API.
 */
package org.perfsheet.workbook;
