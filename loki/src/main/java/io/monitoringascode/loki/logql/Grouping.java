package io.monitoringascode.loki.logql;

import io.monitoringascode.core.finding.Span;
import java.util.List;

/**
 * A {@code by (...)} or {@code without (...)} clause.
 *
 * @param without true for {@code without}
 * @param labels the labels, possibly none
 * @param span the characters of the clause
 */
public record Grouping(boolean without, List<String> labels, Span span) {
  /** Copies the list. */
  public Grouping {
    labels = List.copyOf(labels);
  }
}
