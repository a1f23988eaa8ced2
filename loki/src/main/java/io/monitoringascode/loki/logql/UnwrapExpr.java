package io.monitoringascode.loki.logql;

import io.monitoringascode.core.finding.Span;
import java.util.List;
import java.util.Optional;

/**
 * The {@code | unwrap} stage: the label whose value becomes the sample, its conversion and the label filters after it:
 * {@code | unwrap duration(latency) | __error__=""}.
 *
 * @param label the label
 * @param conversion {@code bytes}, {@code duration} or {@code duration_seconds}, when given
 * @param postFilters the label filters that follow
 * @param span the characters of the stage and its filters
 */
public record UnwrapExpr(String label, Optional<String> conversion, List<LabelFilter> postFilters, Span span) {
  /** Copies the list. */
  public UnwrapExpr {
    postFilters = List.copyOf(postFilters);
  }
}
