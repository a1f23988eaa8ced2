package io.monitoringascode.loki.logql;

import io.monitoringascode.core.finding.Span;
import java.time.Duration;
import java.util.Optional;

/**
 * The logs of a range aggregation: a log query, an optional {@code unwrap}, the range and an offset.
 *
 * @param selector the log query
 * @param unwrap the unwrapped label, for aggregations over sample values
 * @param range the range, such as {@code [5m]}
 * @param offset the offset; zero when absent
 * @param span the characters of all parts
 */
public record LogRange(LogSelectorExpr selector, Optional<UnwrapExpr> unwrap, Duration range, Duration offset,
    Span span) {
}
