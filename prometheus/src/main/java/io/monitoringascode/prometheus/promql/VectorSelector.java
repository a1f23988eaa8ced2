package io.monitoringascode.prometheus.promql;

import io.monitoringascode.core.finding.Span;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * An instant vector selector such as {@code http_requests_total{job="api"} offset 5m}.
 *
 * @param name the metric name written before the braces, or empty
 * @param matchers the matchers inside the braces, in written order; a quoted metric name ({@code {"my.metric"}}) is a
 *     {@code __name__} matcher here
 * @param offsetMillis the {@code offset} in milliseconds, negative for a negative offset, 0 for none
 * @param at the {@code @} modifier
 * @param span the selector with its modifiers
 */
public record VectorSelector(String name, List<LabelMatcher> matchers, long offsetMillis, Optional<AtModifier> at,
    Span span) implements Expr {
  /** Copies the matchers. */
  public VectorSelector {
    matchers = List.copyOf(matchers);
  }

  @Override
  public ValueType type() {
    return ValueType.VECTOR;
  }

  @Override
  public VectorSelector withoutSpans() {
    // Matchers are a set to Prometheus, which prints them sorted: compare them in that order too.
    return new VectorSelector(name, matchers.stream().map(LabelMatcher::withoutSpans)
        .sorted(Comparator.comparing(LabelMatcher::toString)).toList(), offsetMillis, at, NO_SPAN);
  }

  @Override
  public String toString() {
    return Printer.print(this);
  }
}
