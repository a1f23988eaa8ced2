package io.monitoringascode.prometheus.check;

import io.monitoringascode.prometheus.promql.Expr;
import io.monitoringascode.prometheus.promql.LabelMatcher;
import io.monitoringascode.prometheus.promql.NumberLiteral;
import io.monitoringascode.prometheus.promql.ParenExpr;
import io.monitoringascode.prometheus.promql.UnaryExpr;
import io.monitoringascode.prometheus.promql.VectorSelector;
import java.util.Optional;

/** The nodes of a PromQL expression tree, for the checks that look for a pattern in an expression. */
final class Subexpressions {
  private Subexpressions() {}

  /** The expression inside any number of parentheses. */
  static Expr unwrap(Expr expr) {
    Expr inner = expr;
    while (inner instanceof ParenExpr paren) {
      inner = paren.expr();
    }
    return inner;
  }

  /** The metric name a selector fixes, written before the braces or as {@code __name__="..."}; empty if none. */
  static String metricName(VectorSelector selector) {
    if (!selector.name().isEmpty()) {
      return selector.name();
    }
    for (LabelMatcher matcher : selector.matchers()) {
      if (matcher.name().equals("__name__") && matcher.op() == LabelMatcher.Op.EQUAL) {
        return matcher.value();
      }
    }
    return "";
  }

  /** The value of a number, inside any parentheses and signs; empty for anything else. */
  static Optional<Double> number(Expr expr) {
    Expr inner = unwrap(expr);
    if (inner instanceof NumberLiteral number) {
      return Optional.of(number.value());
    }
    if (inner instanceof UnaryExpr unary) {
      return number(unary.expr()).map(value -> unary.negative() ? -value : value);
    }
    return Optional.empty();
  }

}
