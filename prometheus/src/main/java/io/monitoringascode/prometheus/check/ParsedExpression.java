package io.monitoringascode.prometheus.check;

import io.monitoringascode.prometheus.promql.BinaryExpr;
import io.monitoringascode.prometheus.promql.Call;
import io.monitoringascode.prometheus.promql.Expr;
import io.monitoringascode.prometheus.promql.ParseResult;
import io.monitoringascode.prometheus.promql.Promql;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * One rule expression with what the checks derive from it: the parse, and the calls and comparisons of its tree.
 * Immutable.
 */
final class ParsedExpression {
  private final String text;
  private final ParseResult result;
  private final List<Call> calls;
  private final List<BinaryExpr> comparisons;

  ParsedExpression(String text) {
    this.text = text;
    this.result = Promql.parse(text);
    // Listed at once, while the new tree is still in the processor's caches: a later walk would miss them on every
    // node, which costs more than the walk itself.
    List<Call> calls = new ArrayList<>(4);
    List<BinaryExpr> comparisons = new ArrayList<>(2);
    result.expr().ifPresent(tree -> Subexpressions.forEach(tree, node -> {
      if (node instanceof Call call) {
        calls.add(call);
      } else if (node instanceof BinaryExpr binary && binary.op().isComparison()) {
        comparisons.add(binary);
      }
    }));
    this.calls = Collections.unmodifiableList(calls);
    this.comparisons = Collections.unmodifiableList(comparisons);
  }

  /** The expression as written. */
  String text() {
    return text;
  }

  /** The parser's result: the tree and the problems. */
  ParseResult result() {
    return result;
  }

  /** The tree, empty after a syntax error. */
  Optional<Expr> tree() {
    return result.expr();
  }

  /** The function calls of the tree ({@link Subexpressions#forEach}), outermost first; none after a syntax error. */
  List<Call> calls() {
    return calls;
  }

  /** The comparisons of the tree ({@code ==}, {@code >}...), outermost first; none after a syntax error. */
  List<BinaryExpr> comparisons() {
    return comparisons;
  }
}
