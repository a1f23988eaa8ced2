package io.monitoringascode.prometheus.promql;

import io.monitoringascode.core.finding.Span;
import io.monitoringascode.core.lang.GoStrings;
import io.monitoringascode.core.lang.QueryProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Checks the types of a parsed tree as Prometheus' {@code checkAST} does: function arity and argument types,
 * aggregation parameters, operand types of unary and binary operators, {@code bool} and vector matching, and
 * subqueries. Experimental functions and aggregations are warnings, since Prometheus accepts them behind a feature
 * flag.
 */
final class TypeChecker {
  /** The feature flag that experimental functions need. */
  static final String EXPERIMENTAL_FLAG = "--enable-feature=promql-experimental-functions";

  private final String input;
  private final List<QueryProblem> problems = new ArrayList<>(0);

  private TypeChecker(String input) {
    this.input = input;
  }

  /** Every type problem of a tree parsed from a text, in the order Prometheus finds them. */
  static List<QueryProblem> check(Expr expr, String input) {
    TypeChecker checker = new TypeChecker(input);
    checker.visit(expr);
    return checker.problems;
  }

  private void visit(Expr expr) {
    if (expr instanceof ParenExpr p) {
      visit(p.expr());
    } else if (expr instanceof UnaryExpr u) {
      visit(u.expr());
      ValueType t = u.expr().type();
      if (t != ValueType.SCALAR && t != ValueType.VECTOR) {
        error(u.span(), "unary expression only allowed on expressions of type scalar or instant vector, got \""
            + t.documentedName() + "\"", null);
      }
    } else if (expr instanceof SubqueryExpr s) {
      visit(s.expr());
      if (s.expr().type() != ValueType.VECTOR) {
        error(s.span(), "subquery is only allowed on instant vector, got " + s.expr().type().goName()
            + " instead", null);
      }
    } else if (expr instanceof VectorSelector v) {
      checkSelector(v, false);
    } else if (expr instanceof MatrixSelector m) {
      checkSelector(m.selector(), false);
    } else if (expr instanceof Call c) {
      checkCall(c);
    } else if (expr instanceof AggregateExpr a) {
      checkAggregate(a);
    } else if (expr instanceof BinaryExpr b) {
      checkBinary(b);
    }
  }

  private void checkCall(Call call) {
    Function f = call.function();
    int count = call.args().size();
    if (f.experimental()) {
      Span name = new Span(call.span().start(), call.span().start() + f.name().length());
      problems.add(QueryProblem.warning(name, "function " + GoStrings.quote(f.name())
          + " is experimental and needs " + EXPERIMENTAL_FLAG).withHint(experimentalHint()));
    }
    String quoted = GoStrings.quote(f.name());
    if (f.variadic() == 0 && count != f.argTypes().size()) {
      error(call.span(), "expected " + f.argTypes().size() + " argument(s) in call to " + quoted + ", got " + count,
          null);
    } else if (count < f.minArgs()) {
      error(call.span(), "expected at least " + f.minArgs() + " argument(s) in call to " + quoted + ", got " + count,
          null);
    } else if (count > f.maxArgs()) {
      error(call.span(), "expected at most " + f.maxArgs() + " argument(s) in call to " + quoted + ", got " + count,
          null);
    }
    boolean infoSelector = f.name().equals("info") && count > 1 && checkInfoSelector(call);
    for (int i = 0; i < count; i++) {
      if (i >= f.argTypes().size() && f.variadic() == 0) {
        break;
      }
      Expr arg = call.args().get(i);
      ValueType wanted = f.argTypes().get(Math.min(i, f.argTypes().size() - 1));
      if (i == 1 && infoSelector) {
        // info()'s second argument selects by labels only, and may match the empty string.
        checkSelector((VectorSelector) arg, true);
      } else {
        visit(arg);
      }
      if (arg.type() != wanted) {
        error(arg.span(), "expected type " + wanted.documentedName() + " in call to function " + quoted + ", got "
            + arg.type().documentedName(), argumentHint(f, arg, wanted));
      }
    }
  }

  /** Prometheus' checks of {@code info()}'s second argument; whether it is a selector of labels only. */
  private boolean checkInfoSelector(Call call) {
    Expr selector = call.args().get(1);
    if (selector.type() != ValueType.VECTOR) {
      error(call.span(), "expected type instant vector in call to function \"info\", got "
          + selector.type().documentedName(), null);
    }
    if (selector instanceof VectorSelector v) {
      if (!v.name().isEmpty()) {
        error(selector.span(), "expected label selectors only, got vector selector instead", null);
        return false;
      }
      return true;
    }
    error(selector.span(), "expected label selectors only", null);
    return false;
  }

  /** Prometheus' checks of a selector: one metric name, and a matcher that does not match the empty string. */
  private void checkSelector(VectorSelector selector, boolean mayBeEmpty) {
    if (!selector.name().isEmpty()) {
      for (LabelMatcher m : selector.matchers()) {
        if (m.name().equals("__name__")) {
          error(selector.span(), "metric name must not be set twice: " + GoStrings.quote(selector.name()) + " or "
              + GoStrings.quote(m.value()), null);
        }
      }
      return;
    }
    if (mayBeEmpty) {
      return;
    }
    for (LabelMatcher m : selector.matchers()) {
      if (!matchesEmpty(m)) {
        return;
      }
    }
    error(selector.span(), "vector selector must contain at least one non-empty matcher",
        "Add a metric name or a matcher that needs a value, such as `job=\"api\"`.");
  }

  private static boolean matchesEmpty(LabelMatcher m) {
    switch (m.op()) {
      case EQUAL:
        return m.value().isEmpty();
      case NOT_EQUAL:
        return !m.value().isEmpty();
      default:
        if (Parser.regexProblem(m.value()).isPresent()) {
          return false;
        }
        boolean matches = Pattern.compile(m.value()).matcher("").matches();
        return m.op() == LabelMatcher.Op.REGEX ? matches : !matches;
    }
  }

  private static String argumentHint(Function f, Expr arg, ValueType wanted) {
    if (wanted == ValueType.MATRIX && arg instanceof VectorSelector) {
      return f.name() + "() needs a range vector: add a range such as `[5m]`: `" + f.name() + "(" + arg + "[5m])`.";
    }
    if (wanted == ValueType.MATRIX && arg.type() == ValueType.VECTOR) {
      return f.name() + "() needs a range vector: make the argument a subquery such as `" + arg + "[5m:]`.";
    }
    return null;
  }

  private void checkAggregate(AggregateExpr a) {
    if (a.op().experimental()) {
      problems.add(QueryProblem.warning(a.span(), "aggregation " + GoStrings.quote(a.op().text())
          + " is experimental and needs " + EXPERIMENTAL_FLAG).withHint(experimentalHint()));
    }
    visit(a.expr());
    if (a.expr().type() != ValueType.VECTOR) {
      error(a.expr().span(), "expected type instant vector in aggregation expression, got "
          + a.expr().type().documentedName(), null);
    }
    if (a.param().isPresent()) {
      Expr param = a.param().get();
      visit(param);
      ValueType wanted = a.op() == AggregateExpr.Op.COUNT_VALUES ? ValueType.STRING : ValueType.SCALAR;
      if (param.type() != wanted) {
        error(param.span(), "expected type " + wanted.documentedName() + " in aggregation parameter, got "
            + param.type().documentedName(), null);
      }
    }
  }

  /** Prometheus' order of checks, so that the first error is the one it reports. */
  private void checkBinary(BinaryExpr b) {
    visit(b.lhs());
    visit(b.rhs());
    ValueType lt = b.lhs().type();
    ValueType rt = b.rhs().type();
    if (b.returnBool() && !b.op().isComparison()) {
      error(opSpan(b), "bool modifier can only be used on comparison operators", null);
    }
    if (b.op().isComparison() && !b.returnBool() && lt == ValueType.SCALAR && rt == ValueType.SCALAR) {
      error(opSpan(b), "comparisons between scalars must use BOOL modifier",
          "Add `bool` after the operator: `" + b.lhs() + " " + b.op().text() + " bool " + b.rhs() + "`.");
    }
    VectorMatching vm = b.matching().orElse(null);
    if (vm != null && vm.on()) {
      for (String label : vm.labels()) {
        if (vm.include().contains(label)) {
          error(opSpan(b), "label " + GoStrings.quote(label) + " must not occur in ON and GROUP clause at once",
              null);
        }
      }
    }
    if (lt != ValueType.SCALAR && lt != ValueType.VECTOR) {
      error(b.lhs().span(), "binary expression must contain only scalar and instant vector types", null);
    }
    if (rt != ValueType.SCALAR && rt != ValueType.VECTOR) {
      error(b.rhs().span(), "binary expression must contain only scalar and instant vector types", null);
    }
    if (lt != ValueType.VECTOR || rt != ValueType.VECTOR) {
      if (vm != null && !vm.labels().isEmpty()) {
        error(b.span(), "vector matching only allowed between instant vectors", null);
      }
    } else if (vm != null && b.op().isSetOperator() && (vm.cardinality() == VectorMatching.Cardinality.MANY_TO_ONE
        || vm.cardinality() == VectorMatching.Cardinality.ONE_TO_MANY)) {
      error(b.span(), "no grouping allowed for \"" + b.op().text() + "\" operation", null);
    }
    if ((lt == ValueType.SCALAR || rt == ValueType.SCALAR) && b.op().isSetOperator()) {
      error(b.span(), "set operator \"" + b.op().text() + "\" not allowed in binary scalar expression", null);
    }
  }

  /** The operator and its modifiers: the text between the operands, without the spaces around it. */
  private Span opSpan(BinaryExpr b) {
    int start = b.lhs().span().end();
    int end = b.rhs().span().start();
    while (start < end && Character.isWhitespace(input.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(input.charAt(end - 1))) {
      end--;
    }
    return new Span(start, end);
  }

  private static String experimentalHint() {
    return "Start Prometheus with `" + EXPERIMENTAL_FLAG + "` (Prometheus-Operator: `spec.enableFeatures:"
        + " [promql-experimental-functions]`), or do without it.";
  }

  private void error(Span span, String message, String hint) {
    QueryProblem problem = QueryProblem.error(span, message);
    problems.add(hint == null ? problem : problem.withHint(hint));
  }
}
