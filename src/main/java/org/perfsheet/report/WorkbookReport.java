package org.perfsheet.report;

import java.util.List;
import java.util.Locale;
import org.perfsheet.model.FormResult;
import org.perfsheet.model.Review;
import org.perfsheet.model.Severity;

/**
 * The outcome for one input workbook: checked (with its forms) or rejected (with an error that says
 * what is wrong and what to do, in Chinese and English).
 *
 * @param output the annotated copy, or null when none was written
 * @param review the review the annotated copy records (verdict, round, time), or null when none was
 *     written
 */
public record WorkbookReport(
    String input,
    String output,
    Status status,
    RejectReason error,
    List<FormResult> forms,
    Review review) {

  public enum Status {
    CHECKED,
    REJECTED;

    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public WorkbookReport {
    forms = List.copyOf(forms);
  }

  public WorkbookReport(
      String input, String output, Status status, RejectReason error, List<FormResult> forms) {
    this(input, output, status, error, forms, null);
  }

  public static WorkbookReport checked(String input, String output, List<FormResult> forms) {
    return new WorkbookReport(input, output, Status.CHECKED, null, forms, null);
  }

  public static WorkbookReport checked(
      String input, String output, List<FormResult> forms, Review review) {
    return new WorkbookReport(input, output, Status.CHECKED, null, forms, review);
  }

  public static WorkbookReport rejected(String input, RejectReason error) {
    return new WorkbookReport(input, null, Status.REJECTED, error, List.of(), null);
  }

  /** The findings of one severity in all the workbook's forms. */
  public long count(Severity severity) {
    return FormResult.count(forms, severity);
  }

  public boolean hasErrors() {
    return count(Severity.ERROR) > 0;
  }
}
