package org.perfsheet.model;

import java.math.BigDecimal;
import java.util.Objects;
import org.perfsheet.text.Text;

/**
 * What one form cell holds, as the reader found it. POI stays in the reader: rules and scoring see
 * only this.
 *
 * @param ref where the value is (or, when blank, where it should be)
 * @param text the text as a person sees it, trimmed; empty when blank
 * @param number the numeric value when the cell stores a number (or a formula with a numeric
 *     result); {@code null} for text cells, which the notation parser reads
 * @param percent whether a stored number is formatted as a percentage (0.9985 shown as 99.85%)
 */
public record FieldValue(CellRef ref, String text, Double number, boolean percent) {

  public FieldValue {
    Objects.requireNonNull(ref, "ref");
    text = text == null ? "" : text.strip();
  }

  public static FieldValue blank(CellRef ref) {
    return new FieldValue(ref, "", null, false);
  }

  public static FieldValue text(CellRef ref, String text) {
    return new FieldValue(ref, text, null, false);
  }

  public static FieldValue number(CellRef ref, double number, String shown, boolean percent) {
    return new FieldValue(ref, shown, number, percent);
  }

  /**
   * Nothing a person sees: no number and no text but spaces (a cell of NBSP or U+3000 reads blank).
   */
  public boolean isBlank() {
    return number == null
        && (text.isEmpty()
            || text.chars().noneMatch(Character::isLetterOrDigit) && Text.compact(text).isEmpty());
  }

  @Override
  public String toString() {
    return ref.a1()
        + "="
        + (number != null
            ? BigDecimal.valueOf(number).stripTrailingZeros().toPlainString()
            : "\"" + text + "\"");
  }
}
