package io.monitoringascode.loki.logql;

import io.monitoringascode.core.finding.Span;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A range aggregation over logs: {@code rate({app="api"}[5m])}, {@code quantile_over_time(0.99, {app="api"} | json |
 * unwrap latency [5m]) by (route)}.
 *
 * @param operation the function name, such as {@code rate}
 * @param range the logs and the range it aggregates
 * @param parameter the leading number of {@code quantile_over_time}
 * @param grouping the {@code by}/{@code without} clause after it
 * @param span the characters from the function name to the end of the grouping
 */
public record RangeAggregationExpr(String operation, LogRange range, OptionalDouble parameter,
    Optional<Grouping> grouping, Span span) implements SampleExpr {
}
