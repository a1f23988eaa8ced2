package io.monitoringascode.prometheus.check;

import io.monitoringascode.prometheus.promql.AggregateExpr;
import io.monitoringascode.prometheus.promql.BinaryExpr;
import io.monitoringascode.prometheus.promql.Call;
import io.monitoringascode.prometheus.promql.Expr;
import io.monitoringascode.prometheus.promql.MatrixSelector;
import io.monitoringascode.prometheus.promql.ParenExpr;
import io.monitoringascode.prometheus.promql.SubqueryExpr;
import io.monitoringascode.prometheus.promql.UnaryExpr;
import java.util.ArrayList;
import java.util.List;

/** The nodes of a PromQL expression tree, for the checks that look for a pattern in an expression. */
final class Subexpressions {
  private Subexpressions() {}

  /** The expression and all its subexpressions, parents before children. */
  static List<Expr> of(Expr expr) {
    List<Expr> nodes = new ArrayList<>();
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

  private static void add(Expr expr, List<Expr> nodes) {
    nodes.add(expr);
    if (expr instanceof AggregateExpr aggregate) {
      aggregate.param().ifPresent(param -> add(param, nodes));
      add(aggregate.expr(), nodes);
    } else if (expr instanceof BinaryExpr binary) {
      add(binary.lhs(), nodes);
      add(binary.rhs(), nodes);
    } else if (expr instanceof Call call) {
      call.args().forEach(arg -> add(arg, nodes));
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
