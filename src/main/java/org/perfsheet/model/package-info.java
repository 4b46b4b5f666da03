/**
 * The form model: what the reader produces and the rules, scoring, annotator and report consume.
 * Immutable records, no POI. A {@link org.perfsheet.model.FieldValue} always knows its cell, so
 * every {@link org.perfsheet.model.Finding} has a place.
 */
package org.perfsheet.model;
