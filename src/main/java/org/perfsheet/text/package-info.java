/**
 * Text as clerks write it in cells, below every stage (it imports nothing of perfsheet): the one
 * definition of white space that labels, keys and notation ignore ({@link
 * org.perfsheet.text.Text}), and of a written date ({@link org.perfsheet.text.Dates}).
 */
package org.perfsheet.text;
