/**
 * Files on disk, shared by every command: which files are workbooks ({@link
 * org.perfsheet.files.WorkbookFiles}) and how a file is written so that no reader sees half of it
 * ({@link org.perfsheet.files.SafeWrite}).
 */
package org.perfsheet.files;
