package org.perfsheet.workbook;

import org.perfsheet.report.RejectReason;

/** A workbook that cannot be checked, with the reason a submitter can act on. */
public final class RejectedWorkbookException extends Exception {

  private static final long serialVersionUID = 1L;

  private final transient RejectReason reason;

  public RejectedWorkbookException(String code, String chinese, String english, Throwable cause) {
    super(chinese + " / " + english, cause);
    this.reason = new RejectReason(code, chinese + " / " + english);
  }

  public RejectReason reason() {
    return reason;
  }
}
