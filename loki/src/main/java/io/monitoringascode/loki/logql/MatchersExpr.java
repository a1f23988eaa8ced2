package io.monitoringascode.loki.logql;

import io.monitoringascode.core.finding.Span;
import java.util.List;

/**
 * A stream selector: {@code {app="api", env=~"prod|staging"}}.
 *
 * @param matchers the matchers, in the order written
 * @param span the characters from {@code {} to {@code }}
 */
public record MatchersExpr(List<Matcher> matchers, Span span) implements LogSelectorExpr {
  /** Copies the list. */
  public MatchersExpr {
    matchers = List.copyOf(matchers);
  }
}
