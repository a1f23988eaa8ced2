package io.monitoringascode.prometheus.promql;

import io.monitoringascode.core.lang.GrafanaVariables;
import io.monitoringascode.core.lang.QueryProblem;
import io.monitoringascode.core.lang.Substitution;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * PromQL as Prometheus {@value Functions#PROMETHEUS_VERSION} reads it: parse an expression into an {@link Expr} with its
 * type checked, or print a tree in Prometheus' canonical form. Problems carry Prometheus' own message, the span they
 * are about, and a fix where one is likely. Nothing here throws on bad input.
 *
 * <pre>{@code
 * ParseResult result = Promql.parse("sum by (job) (rate(http_requests_total[5m]))");
 * result.valid();                       // true
 * Promql.print(result.expr().get());    // the canonical text
 * }</pre>
 */
public final class Promql {
  private Promql() {}

  /**
   * Parses and type-checks a PromQL expression.
   *
   * @param expr the expression, as in a rule's {@code expr}
   * @return the tree and the problems: the first syntax error as Prometheus reports it, or else every type error and
   *     every warning (experimental functions)
   */
  public static ParseResult parse(String expr) {
    Parser parser = new Parser(expr);
    Expr tree = parser.parse();
    if (tree == null) {
      List<QueryProblem> errors = parser.errors();
      return new ParseResult(Optional.empty(), errors.isEmpty() ? List.of() : List.of(errors.get(0)));
    }
    return new ParseResult(Optional.of(tree), TypeChecker.check(tree, expr));
  }

  /**
   * Parses a Grafana dashboard query: its template variables ({@code $job}, {@code $__rate_interval}…) are first
   * replaced by text PromQL accepts in their place, and every problem's span is mapped back to the query as written.
   *
   * @param query the query with Grafana variables
   * @return the result for the substituted query, with spans into {@code query}
   */
  public static ParseResult parseDashboardQuery(String query) {
    Substitution substitution = GrafanaVariables.substitute(query);
    ParseResult result = parse(substitution.text());
    if (!substitution.changed()) {
      return result;
    }
    List<QueryProblem> mapped = new ArrayList<>(result.problems().size());
    for (QueryProblem problem : result.problems()) {
      mapped.add(problem.at(substitution.originalSpan(problem.span())));
    }
    return new ParseResult(result.expr(), mapped);
  }

  /**
   * Prints a tree in the canonical form of Prometheus' {@code Node.String()}, which parses back to an equal tree.
   *
   * @param expr the tree
   * @return the canonical text
   */
  public static String print(Expr expr) {
    return Printer.print(expr);
  }

  /**
   * Visits an expression and all its subexpressions, parents before children, left to right.
   *
   * @param expr the tree
   * @param visitor called once per node
   */
  public static void forEachNode(Expr expr, Consumer<Expr> visitor) {
    visitor.accept(expr);
    if (expr instanceof VectorSelector || expr instanceof NumberLiteral) {
      return; // the commonest leaves
    }
    if (expr instanceof AggregateExpr aggregate) {
      aggregate.param().ifPresent(param -> forEachNode(param, visitor));
      forEachNode(aggregate.expr(), visitor);
    } else if (expr instanceof BinaryExpr binary) {
      forEachNode(binary.lhs(), visitor);
      forEachNode(binary.rhs(), visitor);
    } else if (expr instanceof Call call) {
      for (Expr arg : call.args()) {
        forEachNode(arg, visitor);
      }
    } else if (expr instanceof MatrixSelector matrix) {
      forEachNode(matrix.selector(), visitor);
    } else if (expr instanceof SubqueryExpr subquery) {
      forEachNode(subquery.expr(), visitor);
    } else if (expr instanceof ParenExpr paren) {
      forEachNode(paren.expr(), visitor);
    } else if (expr instanceof UnaryExpr unary) {
      forEachNode(unary.expr(), visitor);
    }
  }
}
