package io.monitoringascode.loki.logql;

import io.monitoringascode.core.lang.GrafanaVariables;
import io.monitoringascode.core.lang.QueryProblem;
import io.monitoringascode.core.lang.Substitution;
import java.util.ArrayList;
import java.util.List;

/**
 * The LogQL language of Loki 3.5: parse a query into a tree with its problems, and print a tree in Loki's canonical
 * form.
 *
 * <pre>{@code
 * ParseResult result = Logql.parse("{app=\"api\"} |= ");
 * result.valid();                  // false
 * result.problems().get(0);        // 1:14 syntax error: unexpected $end, expecting STRING or ip
 * }</pre>
 */
public final class Logql {
  private Logql() {}

  /**
   * Parses a query. Never throws: every problem, from a syntax error to an invalid template in {@code line_format},
   * is in the result.
   *
   * @param query the query
   * @return the tree and the problems, with spans into {@code query}
   */
  public static ParseResult parse(String query) {
    return Parser.parse(query);
  }

  /**
   * Parses a query from a Grafana dashboard, whose Grafana variables ({@code $app}, {@code ${app:regex}},
   * {@code $__interval}, {@code [[app]]}) are first replaced by text LogQL accepts in their place.
   *
   * @param query the query as written in the dashboard
   * @return the tree of the substituted query, and the problems with spans into {@code query} as written
   */
  public static ParseResult parseDashboardQuery(String query) {
    Substitution substitution = GrafanaVariables.substitute(query);
    ParseResult result = Parser.parse(substitution.text());
    if (!substitution.changed()) {
      return result;
    }
    List<QueryProblem> problems = new ArrayList<>(result.problems().size());
    for (QueryProblem problem : result.problems()) {
      problems.add(problem.at(substitution.originalSpan(problem.span())));
    }
    return new ParseResult(result.expr(), problems);
  }

  /**
   * Prints a tree as Loki's {@code Expr.String()} does, so that parsing the text gives the same tree again.
   *
   * @param expr the tree
   * @return the canonical query text
   */
  public static String print(Expr expr) {
    return Printer.print(expr);
  }
}
