package io.monitoringascode.core.lang;

import io.monitoringascode.core.finding.Span;
import java.util.List;

/**
 * A query with its template variables replaced, and the way back from offsets in the substituted text to offsets in
 * the text the user wrote, so that a problem found after substitution points at the user's characters.
 */
public final class Substitution {
  private final String original;
  private final String text;
  private final List<Replacement> replacements;

  Substitution(String original, String text, List<Replacement> replacements) {
    this.original = original;
    this.text = text;
    this.replacements = List.copyOf(replacements);
  }

  /**
   * The text as the user wrote it.
   *
   * @return the original text
   */
  public String original() {
    return original;
  }

  /**
   * The text with every variable replaced.
   *
   * @return the text to parse
   */
  public String text() {
    return text;
  }

  /**
   * Whether any variable was replaced.
   *
   * @return true when {@link #text()} differs from {@link #original()}
   */
  public boolean changed() {
    return !replacements.isEmpty();
  }

  /**
   * The offset in the user's text that an offset in the substituted text stands for. An offset inside a placeholder
   * maps to the start of the variable it replaced.
   *
   * @param offset an offset into {@link #text()}
   * @return the offset into {@link #original()}
   */
  public int originalOffset(int offset) {
    int shift = 0;
    for (Replacement replacement : replacements) {
      if (offset < replacement.textStart()) {
        break;
      }
      if (offset < replacement.textEnd()) {
        return replacement.originalStart();
      }
      shift = replacement.originalEnd() - replacement.textEnd();
    }
    return offset + shift;
  }

  /**
   * The span of the user's text that a span of the substituted text stands for; a span covering part of a
   * placeholder covers the whole variable.
   *
   * @param span a span of {@link #text()}
   * @return the span of {@link #original()}
   */
  public Span originalSpan(Span span) {
    int start = originalOffset(span.start());
    int end = span.end() == span.start() ? start : originalEnd(span.end());
    return new Span(start, Math.max(start, end));
  }

  private int originalEnd(int end) {
    for (Replacement replacement : replacements) {
      if (end > replacement.textStart() && end <= replacement.textEnd()) {
        return replacement.originalEnd();
      }
    }
    return originalOffset(end);
  }

  /** One replaced variable: its offsets in the user's text and of its placeholder in the substituted text. */
  record Replacement(int originalStart, int originalEnd, int textStart, int textEnd) {}
}
