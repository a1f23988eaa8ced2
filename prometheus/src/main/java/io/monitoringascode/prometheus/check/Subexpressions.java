package io.monitoringascode.prometheus.check;

import io.monitoringascode.prometheus.promql.AggregateExpr;
import io.monitoringascode.prometheus.promql.BinaryExpr;
import io.monitoringascode.prometheus.promql.Call;
import io.monitoringascode.prometheus.promql.Expr;
import io.monitoringascode.prometheus.promql.LabelMatcher;
import io.monitoringascode.prometheus.promql.MatrixSelector;
import io.monitoringascode.prometheus.promql.NumberLiteral;
import io.monitoringascode.prometheus.promql.ParenExpr;
import io.monitoringascode.prometheus.promql.SubqueryExpr;
import io.monitoringascode.prometheus.promql.UnaryExpr;
import io.monitoringascode.prometheus.promql.VectorSelector;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The nodes of a PromQL expression tree, for the checks that look for a pattern in an expression. */
final class Subexpressions {
  private Subexpressions() {}

  /** The expression and all its subexpressions, parents before children. */
  static List<Expr> of(Expr expr) {
    List<Expr> nodes = new ArrayList<>(32);
    add(expr, nodes);
    return nodes;
  }

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

  private static void add(Expr expr, List<Expr> nodes) {
    nodes.add(expr);
    if (expr instanceof VectorSelector || expr instanceof NumberLiteral) {
      return; // the commonest leaves
    }
    if (expr instanceof AggregateExpr aggregate) {
      if (aggregate.param().isPresent()) {
        add(aggregate.param().get(), nodes);
      }
      add(aggregate.expr(), nodes);
    } else if (expr instanceof BinaryExpr binary) {
      add(binary.lhs(), nodes);
      add(binary.rhs(), nodes);
    } else if (expr instanceof Call call) {
      for (Expr arg : call.args()) {
        add(arg, nodes);
      }
    } else if (expr instanceof MatrixSelector matrix) {
      add(matrix.selector(), nodes);
    } else if (expr instanceof SubqueryExpr subquery) {
      add(subquery.expr(), nodes);
    } else if (expr instanceof ParenExpr paren) {
      add(paren.expr(), nodes);
    } else if (expr instanceof UnaryExpr unary) {
      add(unary.expr(), nodes);
    }
  }
}
