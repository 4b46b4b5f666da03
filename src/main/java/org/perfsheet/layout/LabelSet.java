package org.perfsheet.layout;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A label as the template writes it plus its aliases, all normalised. {@link #name} is the
 * template's own wording, used in messages.
 */
public record LabelSet(String name, Set<String> forms) {

  public LabelSet {
    forms = Set.copyOf(forms);
  }

  public static LabelSet of(String templateText, Set<String> aliases) {
    Set<String> all = new LinkedHashSet<>();
    all.add(Labels.normalize(templateText));
    aliases.forEach(a -> all.add(Labels.normalize(a)));
    all.remove("");
    return new LabelSet(Labels.normalize(templateText), all);
  }

  public boolean matches(String normalizedText) {
    return forms.contains(normalizedText);
  }
}
