package io.monitoringascode.prometheus.check;

import io.monitoringascode.prometheus.promql.BinaryExpr;
import io.monitoringascode.prometheus.promql.Call;
import io.monitoringascode.prometheus.promql.Expr;
import io.monitoringascode.prometheus.promql.ParseResult;
import io.monitoringascode.prometheus.promql.Promql;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One rule expression with what the checks derive from it: the parse, and the calls and comparisons of its tree, each
 * made when a check first asks (most checks test the text first and never list the calls), so that a parser failure
 * is charged to the check that asked. Not shared between threads.
 */
final class ParsedExpression {
  private final String text;
  private ParseResult result;
  private List<Call> calls;
  private List<BinaryExpr> comparisons;

  ParsedExpression(String text) {
    this.text = text;
  }

  /** The expression as written. */
  String text() {
    return text;
  }

  /** The parser's result: the tree and the problems. */
  ParseResult result() {
    if (result == null) {
      result = Promql.parse(text);
    }
    return result;
  }

  /** The tree, empty after a syntax error. */
  Optional<Expr> tree() {
    return result().expr();
  }

  /**
   * Whether both expressions parse to the same tree, whatever their spacing and outer parentheses.
   *
   * @param other another rule's expression
   * @return false if either does not parse
   */
  boolean sameTree(ParsedExpression other) {
    Optional<Expr> a = tree();
    Optional<Expr> b = other.tree();
    return a.isPresent() && b.isPresent()
        && Subexpressions.unwrap(a.get()).withoutSpans().equals(Subexpressions.unwrap(b.get()).withoutSpans());
  }

  /**
   * The function calls of the tree ({@link Promql#forEachNode}), outermost first; none after a syntax error. The
   * list is shared: read it, do not change it.
   */
  List<Call> calls() {
    if (calls == null) {
      list();
    }
    return calls;
  }

  /** The comparisons of the tree ({@code ==}, {@code >}...), outermost first; none after a syntax error; shared. */
  List<BinaryExpr> comparisons() {
    if (comparisons == null) {
      list();
    }
    return comparisons;
  }

  private void list() {
    List<Call> foundCalls = new ArrayList<>(4);
    List<BinaryExpr> foundComparisons = new ArrayList<>(2);
    tree().ifPresent(tree -> Promql.forEachNode(tree, node -> {
      if (node instanceof Call call) {
        foundCalls.add(call);
      } else if (node instanceof BinaryExpr binary && binary.op().isComparison()) {
        foundComparisons.add(binary);
      }
    }));
    calls = foundCalls;
    comparisons = foundComparisons;
  }
}
