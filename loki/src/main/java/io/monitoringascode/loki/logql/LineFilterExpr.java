package io.monitoringascode.loki.logql;

import io.monitoringascode.core.finding.Span;
import java.util.List;

/**
 * A line filter stage: {@code |= "error"}, {@code !~ "debug|trace"}, {@code |> "<_> 500 <_>"}, {@code |=
 * ip("10.0.0.0/8")}; several values joined by {@code or} keep a line that any of them matches.
 *
 * @param type the operator
 * @param values the values joined by {@code or}; one for most filters
 * @param span the characters from the operator to the last value
 */
public record LineFilterExpr(LineMatchType type, List<LineFilterValue> values, Span span) implements StageExpr {
  /** Copies the list. */
  public LineFilterExpr {
    values = List.copyOf(values);
  }
}
