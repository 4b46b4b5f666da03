/**
 * Annotation in place: fills and comments on the cells with findings, computed values where the
 * submitter left blanks, the findings sheet first, and the very hidden state that lets {@link
 * org.perfsheet.annotate.Annotator#clean} restore the submitter's workbook exactly.
 */
package org.perfsheet.annotate;
