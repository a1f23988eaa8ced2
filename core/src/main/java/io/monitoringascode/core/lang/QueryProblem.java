package io.monitoringascode.core.lang;

import io.monitoringascode.core.finding.Severity;
import io.monitoringascode.core.finding.Span;
import java.util.Objects;
import java.util.Optional;

/**
 * A problem that a query-language parser or checker (PromQL, LogQL) found in an expression: how bad it is, the
 * characters it is about, a message a Prometheus or Loki user recognises, and a fix where one is likely.
 *
 * @param severity error when the server refuses the query, warning when it runs but likely not as meant
 * @param span the characters concerned, as offsets into the expression the user wrote
 * @param message what is wrong, as one sentence
 * @param hint how to fix it, when a fix is likely
 */
public record QueryProblem(Severity severity, Span span, String message, Optional<String> hint) {
  /** Checks that every part is present. */
  public QueryProblem {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(hint, "hint");
  }

  /**
   * An error without a hint.
   *
   * @param span the characters concerned
   * @param message what is wrong
   * @return the problem
   */
  public static QueryProblem error(Span span, String message) {
    return new QueryProblem(Severity.ERROR, span, message, Optional.empty());
  }

  /**
   * A warning without a hint.
   *
   * @param span the characters concerned
   * @param message what is likely wrong
   * @return the problem
   */
  public static QueryProblem warning(Span span, String message) {
    return new QueryProblem(Severity.WARNING, span, message, Optional.empty());
  }

  /**
   * This problem with a fix hint.
   *
   * @param fix how to fix it
   * @return a copy carrying the hint
   */
  public QueryProblem withHint(String fix) {
    return new QueryProblem(severity, span, message, Optional.of(fix));
  }

  /**
   * This problem with its span moved, for a problem found in a substituted text.
   *
   * @param moved the span in the user's text
   * @return a copy at the new span
   */
  public QueryProblem at(Span moved) {
    return new QueryProblem(severity, moved, message, hint);
  }

  /**
   * Where the problem starts in the expression.
   *
   * @param expression the expression the span refers to
   * @return the line and column of the span's start
   */
  public TextPosition position(String expression) {
    return TextPosition.of(expression, span.start());
  }
}
