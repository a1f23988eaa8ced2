package io.monitoringascode.loki.logql;

import io.monitoringascode.core.finding.Span;
import java.util.List;

/**
 * The {@code | keep} stage: {@code | keep level, method="GET"}.
 *
 * @param labels the labels to keep, each by name or by matcher
 * @param span the characters of the stage
 */
public record KeepLabelsExpr(List<LabelRef> labels, Span span) implements StageExpr {
  /** Copies the list. */
  public KeepLabelsExpr {
    labels = List.copyOf(labels);
  }
}
