package org.perfsheet.model;

/**
 * The project block of a form. A field is {@code null} when the layout has no such field, and a
 * blank {@link FieldValue} when the layout has it but the submitter left it empty.
 *
 * @param year the budget year read from the title area (2021 from "(2021 年度)"), or null
 */
public record ProjectInfo(FieldValue name, FieldValue department, FieldValue unit, Integer year) {}
