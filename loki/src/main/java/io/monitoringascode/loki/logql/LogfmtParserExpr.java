package io.monitoringascode.loki.logql;

import io.monitoringascode.core.finding.Span;

/**
 * The {@code | logfmt} stage without parameters, with its flags: {@code | logfmt --strict}.
 *
 * @param strict {@code --strict}: stop at the first malformed pair
 * @param keepEmpty {@code --keep-empty}: keep standalone keys as empty labels
 * @param span the characters from {@code |} to the end of the stage
 */
public record LogfmtParserExpr(boolean strict, boolean keepEmpty, Span span) implements StageExpr {
}
