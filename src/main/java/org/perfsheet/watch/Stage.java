package org.perfsheet.watch;

/**
 * How far a claim has got, as its record ({@code claim.json}) says. Each stage's word is what the
 * record holds, so records written by earlier versions resume unchanged.
 *
 * <pre>
 * claimed → returned → archiving → archived     (checked: the results are in the outbox)
 * claimed → failing → failed                    (rejected: the reason is in the outbox)
 * claimed → lost → failed                       (the input vanished from the work folder)
 * claimed → unmoved                             (killed before the move: the file is still in the inbox)
 * </pre>
 */
enum Stage {
  /**
   * Taken from the inbox, not yet checked (or checked, but killed before the results were placed).
   */
  CLAIMED("claimed"),
  /**
   * A record of a file that was never moved out of the inbox: nothing to do, the file waits there.
   */
  UNMOVED("unmoved"),
  /** The input vanished before it was checked: the submitter is told to resubmit. */
  LOST("lost"),
  /**
   * The annotated workbook and its report are in the outbox; the original is still to be archived.
   */
  RETURNED("returned"),
  /** The original's archive name is chosen; it is still to be moved there. */
  ARCHIVING("archiving"),
  /** The original's failed/ name is chosen; it is still to be moved there. */
  FAILING("failing"),
  /** Done: returned and archived; to be journaled. */
  ARCHIVED("archived"),
  /** Done: failed, the reason told; to be journaled. */
  FAILED("failed");

  private final String word;

  Stage(String word) {
    this.word = word;
  }

  /** The word in the claim's record. */
  String word() {
    return word;
  }

  /**
   * The stage a record's word names; null for a word no stage has (the claim is then only cleared).
   */
  static Stage of(String word) {
    for (Stage s : values()) {
      if (s.word.equals(word)) {
        return s;
      }
    }
    return null;
  }

  /** Archived or failed: the claim's outcome is settled and only journaling and clearing remain. */
  boolean done() {
    return this == ARCHIVED || this == FAILED;
  }
}
