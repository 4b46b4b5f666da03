/**
 * The watched folder service: polling with a quiet period, atomic claims, crash-resumable steps,
 * versioned returns, archive and failed folders, an append-only journal.
 */
package org.perfsheet.watch;
