/**
 * What a check produces for machines ({@code report.json}, journal lines) and for people (the text
 * report beside a returned workbook).
 */
package org.perfsheet.report;
