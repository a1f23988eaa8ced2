package io.monitoringascode.prometheus.check;

import io.monitoringascode.prometheus.labels.LabelFlow;
import io.monitoringascode.prometheus.labels.LabelSet;
import io.monitoringascode.prometheus.promql.Expr;
import io.monitoringascode.prometheus.promql.ParseResult;
import io.monitoringascode.prometheus.promql.Promql;
import java.util.List;
import java.util.Optional;

/**
 * One rule expression with what the checks derive from it, each computed on first use and then kept: the parse, the
 * nodes of its tree and the labels of its result. Every value is immutable, so a race computes one twice at worst.
 */
final class ParsedExpression {
  private final String text;
  private final ParseResult result;
  private volatile List<Expr> nodes;
  private volatile LabelSet labels;

  ParsedExpression(String text) {
    this.text = text;
    this.result = Promql.parse(text);
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

  /** The tree's nodes, parents before children ({@link Subexpressions#of}); none after a syntax error. */
  List<Expr> nodes() {
    List<Expr> known = nodes;
    if (known == null) {
      known = result.expr().map(Subexpressions::of).map(List::copyOf).orElse(List.of());
      nodes = known;
    }
    return known;
  }

  /** The labels of the result ({@link LabelFlow#of}); empty after a syntax error. */
  Optional<LabelSet> labels() {
    if (result.expr().isEmpty()) {
      return Optional.empty();
    }
    LabelSet known = labels;
    if (known == null) {
      known = LabelFlow.of(result.expr().get());
      labels = known;
    }
    return Optional.of(known);
  }
}
