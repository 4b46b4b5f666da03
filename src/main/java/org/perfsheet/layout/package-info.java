/**
 * Form layouts, learned from the template workbooks in {@code templates/}. A template marks each
 * field with a defined name ({@code ps_…}); the learner turns each mark into a {@link
 * org.perfsheet.layout.Locator} made of the labels around it, so the reader can find the same field
 * in workbooks that were not made from the template: exported by a finance system, typed by hand,
 * starting anywhere on the sheet.
 */
package org.perfsheet.layout;
