/**
 * The official scoring rules (docs/domain.md §4) and the {@link
 * org.perfsheet.scoring.ScoringProfile} that holds the settings where practice differs.
 */
package org.perfsheet.scoring;
