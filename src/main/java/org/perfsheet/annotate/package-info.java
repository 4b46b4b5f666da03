/**
 * Annotation in place: fills and comments on the cells with findings, computed values where the
 * submitter left blanks, the findings sheet first, and the very hidden state that lets {@link
 * org.perfsheet.annotate.Annotator#clean} restore the submitter's workbook exactly.
 *
 * <p>POI's object model does the structural work (sheet list, styles, merging into existing
 * comments); what perfsheet adds wholesale to an .xlsx, its own sheets ({@link
 * org.perfsheet.annotate.OwnSheet}) and the comments of a sheet that had none ({@link
 * org.perfsheet.annotate.NewComments}), is written as XML directly, and the parts it did not change
 * go back as they came ({@link org.perfsheet.annotate.UnchangedParts}).
 */
package org.perfsheet.annotate;
