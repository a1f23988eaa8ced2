package io.monitoringascode.loki.logql;

import io.monitoringascode.core.finding.Span;

/**
 * A binary operation between metric queries: {@code sum(rate(...)) / on (app) group_left sum(...)}.
 *
 * @param operator the operator as written: {@code +}, {@code ==}, {@code and}...
 * @param left the left operand
 * @param right the right operand
 * @param modifier {@code bool} and the vector matching
 * @param span the characters of both operands
 */
public record BinOpExpr(String operator, SampleExpr left, SampleExpr right, BinOpModifier modifier, Span span)
    implements SampleExpr {
}
