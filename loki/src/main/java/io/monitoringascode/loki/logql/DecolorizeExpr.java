package io.monitoringascode.loki.logql;

import io.monitoringascode.core.finding.Span;

/**
 * The {@code | decolorize} stage, which strips ANSI colour codes from the line.
 *
 * @param span the characters of the stage
 */
public record DecolorizeExpr(Span span) implements StageExpr {
}
