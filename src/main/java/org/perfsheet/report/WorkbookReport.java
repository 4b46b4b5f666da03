package org.perfsheet.report;

import java.util.List;
import org.perfsheet.model.FormResult;

/**
 * The outcome for one input workbook: checked (with its forms) or rejected (with an error that
 * says what is wrong and what to do, in Chinese and English).
 *
 * @param output the annotated copy, or null when none was written
 */
public record WorkbookReport(String input, String output, Status status, RejectReason error, List<FormResult> forms) {

  public enum Status {
    CHECKED, REJECTED;

    public String code() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public WorkbookReport {
    forms = List.copyOf(forms);
  }

  public static WorkbookReport checked(String input, String output, List<FormResult> forms) {
    return new WorkbookReport(input, output, Status.CHECKED, null, forms);
  }

  public static WorkbookReport rejected(String input, RejectReason error) {
    return new WorkbookReport(input, null, Status.REJECTED, error, List.of());
  }

  public boolean hasErrors() {
    return forms.stream().anyMatch(FormResult::hasErrors);
  }
}
