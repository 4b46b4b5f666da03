/**
 * Blank workbooks per project made from the templates: declarations from a project list,
 * self-evaluations from declarations, with drop-downs, input help, protection, live formulas and
 * red-as-you-type formats that agree with the Java rules.
 */
package org.perfsheet.template;
