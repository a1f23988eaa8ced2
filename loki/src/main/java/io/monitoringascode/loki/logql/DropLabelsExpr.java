package io.monitoringascode.loki.logql;

import io.monitoringascode.core.finding.Span;
import java.util.List;

/**
 * The {@code | drop} stage: {@code | drop level, method="GET"}.
 *
 * @param labels the labels to drop, each by name or by matcher
 * @param span the characters of the stage
 */
public record DropLabelsExpr(List<LabelRef> labels, Span span) implements StageExpr {
  /** Copies the list. */
  public DropLabelsExpr {
    labels = List.copyOf(labels);
  }
}
