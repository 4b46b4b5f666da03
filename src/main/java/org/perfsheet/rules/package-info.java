/**
 * Validation and scoring of whole forms: one small class per rule, each adding findings, none
 * stopping the others. {@link org.perfsheet.rules.SelfEvaluationChecker}, {@link
 * org.perfsheet.rules.DeclarationChecker} and {@link org.perfsheet.rules.DepartmentChecker} run
 * them for each form kind; {@link org.perfsheet.rules.RequiredFields} adds what the template's
 * legend marks required.
 */
package org.perfsheet.rules;
