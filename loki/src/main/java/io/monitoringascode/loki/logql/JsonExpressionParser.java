package io.monitoringascode.loki.logql;

import io.monitoringascode.core.finding.Span;
import java.util.List;

/**
 * The {@code | json} stage with parameters: {@code | json status="response.status", method}.
 *
 * @param extractions the labels to extract
 * @param span the characters from {@code |} to the end of the stage
 */
public record JsonExpressionParser(List<LabelExtraction> extractions, Span span) implements StageExpr {
  /** Copies the list. */
  public JsonExpressionParser {
    extractions = List.copyOf(extractions);
  }
}
