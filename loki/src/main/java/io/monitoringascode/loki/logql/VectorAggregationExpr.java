package io.monitoringascode.loki.logql;

import io.monitoringascode.core.finding.Span;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A vector aggregation: {@code sum by (app) (rate({app=~"api|web"}[5m]))}, {@code topk(5, ...)}.
 *
 * @param operation the aggregation, such as {@code sum}
 * @param inner the aggregated expression
 * @param parameter the leading integer of {@code topk}, {@code bottomk} and {@code approx_topk}
 * @param grouping the {@code by}/{@code without} clause, before or after the arguments
 * @param span the characters from the name to the closing parenthesis or grouping
 */
public record VectorAggregationExpr(String operation, SampleExpr inner, OptionalInt parameter,
    Optional<Grouping> grouping, Span span) implements SampleExpr {
}
