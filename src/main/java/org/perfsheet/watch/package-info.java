/**
 * The watched folder service: polling with a quiet period, atomic claims, crash-resumable steps,
 * versioned returns, archive and failed folders, an append-only journal. {@link
 * org.perfsheet.watch.Watcher} is the loop and the order of a claim's steps; each claim's record
 * says its {@link org.perfsheet.watch.Stage}; {@link org.perfsheet.watch.Recovery} rebuilds what a
 * crash left, {@link org.perfsheet.watch.CheckStep} judges the file, {@link
 * org.perfsheet.watch.Outcomes} puts the results in place and {@link
 * org.perfsheet.watch.JournalEntry} records them.
 */
package org.perfsheet.watch;
