package io.monitoringascode.prometheus.promql;

import io.monitoringascode.core.finding.Span;
import io.monitoringascode.core.lang.GoStrings;

/**
 * One label matcher of a selector, such as {@code job=~"api|web"}.
 *
 * @param name the label name
 * @param op how the value is compared
 * @param value the value or regular expression, escapes resolved
 * @param span from the label name to the end of the value
 */
public record LabelMatcher(String name, Op op, String value, Span span) {
  /** The four ways a matcher compares a label's value. */
  public enum Op {
    /** {@code =}. */
    EQUAL("="),
    /** {@code !=}. */
    NOT_EQUAL("!="),
    /** {@code =~}, a fully anchored RE2 regular expression. */
    REGEX("=~"),
    /** {@code !~}. */
    NOT_REGEX("!~");

    private final String text;

    Op(String text) {
      this.text = text;
    }

    /**
     * The operator as written.
     *
     * @return {@code =}, {@code !=}, {@code =~} or {@code !~}
     */
    public String text() {
      return text;
    }
  }

  LabelMatcher withoutSpans() {
    return new LabelMatcher(name, op, value, Expr.NO_SPAN);
  }

  @Override
  public String toString() {
    return Printer.labelName(name) + op.text() + GoStrings.quote(value);
  }
}
