package io.monitoringascode.prometheus.check;

import io.monitoringascode.core.check.FindingSink;
import io.monitoringascode.core.check.RuleInfo;
import io.monitoringascode.core.finding.Severity;
import io.monitoringascode.prometheus.promql.BinaryExpr;
import io.monitoringascode.prometheus.promql.Expr;
import io.monitoringascode.prometheus.promql.VectorSelector;
import java.util.Optional;

/**
 * {@code promql/comparison-range}: a filtering comparison between {@code up}, whose samples are only ever 0 or 1, and a
 * number, that can never be true ({@code up > 1}, {@code up == 2}) or is always true ({@code up >= 0}): the alert
 * never fires, or fires for every target. Other metrics are left alone: their range is not known.
 */
final class PromqlComparisonRangeCheck extends RuleCheck {
  private static final RuleInfo INFO = RuleInfo.of("promql/comparison-range", Severity.WARNING,
      "Comparisons must be able to be both true and false for the metric's values.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  RuleWalk start(FindingSink sink) {
    return (site, expression) -> {
      if (!expression.text().contains("up")) {
        return;
      }
      for (BinaryExpr comparison : expression.comparisons()) {
        if (!comparison.returnBool()) {
          check(sink, site, expression.text(), comparison);
        }
      }
    };
  }

  private static void check(FindingSink sink, RuleSite site, String text, BinaryExpr binary) {
    BinaryExpr.Op op = binary.op();
    Optional<Double> number = Subexpressions.number(binary.rhs());
    if (!isUp(binary.lhs())) {
      if (!isUp(binary.rhs())) {
        return;
      }
      number = Subexpressions.number(binary.lhs());
      op = switch (op) {
        case LSS -> BinaryExpr.Op.GTR;
        case GTR -> BinaryExpr.Op.LSS;
        case LTE -> BinaryExpr.Op.GTE;
        case GTE -> BinaryExpr.Op.LTE;
        default -> op;
      };
    }
    if (number.isEmpty()) {
      return;
    }
    boolean trueForZero = holds(op, 0, number.get());
    boolean trueForOne = holds(op, 1, number.get());
    if (trueForZero != trueForOne || binary.span().end() > text.length()) {
      return;
    }
    String comparison = text.substring(binary.span().start(), binary.span().end());
    String outcome = trueForZero ? "is true for every target, so the alert fires for all of them"
        : "is never true, so the alert never fires";
    sink.at(site.pointer("expr"), binary.span())
        .warning("`" + comparison + "` " + outcome + ": `up` is only ever 0 (the scrape failed) or 1.")
        .hint("Compare with `== 0` for targets that are down, or `== 1` for targets that are up.");
  }

  private static boolean holds(BinaryExpr.Op op, double value, double number) {
    return switch (op) {
      case EQL -> value == number;
      case NEQ -> value != number;
      case LSS -> value < number;
      case LTE -> value <= number;
      case GTR -> value > number;
      case GTE -> value >= number;
      default -> false;
    };
  }

  private static boolean isUp(Expr expr) {
    return Subexpressions.unwrap(expr) instanceof VectorSelector selector && selector.name().equals("up");
  }
}
