package io.monitoringascode.core.lang;

import io.monitoringascode.core.finding.Span;
import java.util.Objects;

/**
 * A reason why Go's {@code text/template} would refuse a template, with the characters it is about.
 *
 * @param kind whether the structure is broken or a name is unknown
 * @param span the offending characters, as offsets into the template text; for an unknown name, exactly the name
 * @param message Go's wording, such as {@code unexpected {{end}}} or {@code function "humanise" not defined}
 */
public record GoTemplateError(Kind kind, Span span, String message) {
  /** What is wrong. */
  public enum Kind {
    /** The template's structure is broken: an unclosed action, a missing {@code {{end}}}, a bad literal. */
    SYNTAX,
    /** A function is called that the template engine does not define. */
    UNDEFINED_FUNCTION,
    /** A variable is used that is not declared in scope. */
    UNDEFINED_VARIABLE
  }

  /** Requires every part. */
  public GoTemplateError {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return span.start() + ".." + span.end() + ": " + message;
  }
}
