package io.monitoringascode.loki.check;

import io.monitoringascode.core.finding.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The alert labels a template prints unconditionally: {@code $labels.x}, {@code .Labels.x} and
 * {@code index $labels "x"} inside its actions. To stay certain, a template with any control structure ({@code if},
 * {@code with}, {@code range}, {@code define}, {@code block}) or that assigns {@code $labels} gives none: a reference
 * there may be guarded on purpose.
 */
final class TemplateReferences {
  private static final Pattern ACTION = Pattern.compile("\\{\\{(.*?)}}", Pattern.DOTALL);
  private static final Pattern CONTROL = Pattern.compile(
      "^-?\\s*(if|with|range|define|block|else)\\b|\\$labels\\s*:?=");
  private static final Pattern REFERENCE = Pattern.compile(
      "(?<![\\w.$)\\]])(?:\\$labels|\\.Labels)\\.([A-Za-z_][A-Za-z0-9_]*)"
          + "|\\bindex\\s+(?:\\$labels|\\.Labels)\\s+\"([A-Za-z_][A-Za-z0-9_]*)\"");

  private TemplateReferences() {}

  /**
   * One label a template prints.
   *
   * @param label the label name
   * @param span where the reference is in the template text
   */
  record Reference(String label, Span span) {}

  /** The labels a template prints, in text order; none when the template has a control structure. */
  static List<Reference> of(String text) {
    List<Reference> references = new ArrayList<>();
    if (!text.contains("abels")) {
      return references;
    }
    Matcher action = ACTION.matcher(text);
    while (action.find()) {
      String body = action.group(1);
      if (CONTROL.matcher(body.strip()).find()) {
        return List.of();
      }
      Matcher reference = REFERENCE.matcher(body);
      while (reference.find()) {
        String label = reference.group(1) != null ? reference.group(1) : reference.group(2);
        int start = action.start(1) + reference.start();
        references.add(new Reference(label, new Span(start, action.start(1) + reference.end())));
      }
    }
    return references;
  }
}
