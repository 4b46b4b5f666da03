/**
 * Target and actual notation of the forms (docs/domain.md §3): comparators, numbers, units, 万
 * multipliers, ranges, month windows, quarters and qualitative words, parsed into {@link
 * org.perfsheet.notation.Measure}. Never throws: what cannot be read is a value the rules report.
 */
package org.perfsheet.notation;
