package io.monitoringascode.prometheus.labels;

import io.monitoringascode.prometheus.promql.AggregateExpr;
import io.monitoringascode.prometheus.promql.BinaryExpr;
import io.monitoringascode.prometheus.promql.Call;
import io.monitoringascode.prometheus.promql.Expr;
import io.monitoringascode.prometheus.promql.LabelMatcher;
import io.monitoringascode.prometheus.promql.MatrixSelector;
import io.monitoringascode.prometheus.promql.ParenExpr;
import io.monitoringascode.prometheus.promql.StringLiteral;
import io.monitoringascode.prometheus.promql.SubqueryExpr;
import io.monitoringascode.prometheus.promql.UnaryExpr;
import io.monitoringascode.prometheus.promql.ValueType;
import io.monitoringascode.prometheus.promql.VectorMatching;
import io.monitoringascode.prometheus.promql.VectorSelector;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The labels an expression's result series can carry, following Prometheus 3.5's evaluation: a selector fixes the
 * labels of its equality matchers and passes on any other; aggregations keep their {@code by} labels or drop their
 * {@code without} labels; {@code absent()} keeps only equality-matched labels; {@code label_replace} and
 * {@code label_join} add their target; binary operations follow the vector-matching rules of {@code on},
 * {@code ignoring}, {@code group_left} and {@code group_right}; and {@code __name__} is dropped where Prometheus drops
 * it (arithmetic, comparisons with {@code bool}, unary minus, and every function but the few that keep it).
 */
public final class LabelFlow {
  /** The label that holds the metric name. */
  public static final String METRIC_NAME = "__name__";

  /** The functions after which the result series keep their metric name. */
  private static final Set<String> KEEP_NAME = Set.of(
      "label_replace", "label_join", "sort", "sort_desc", "sort_by_label", "sort_by_label_desc", "last_over_time",
      "info");

  /** Regexes that are literals or alternatives of literals. */
  private static final Pattern LITERALS = Pattern.compile("[\\w\\-/:|@ ]*");

  private LabelFlow() {}

  /**
   * The labels of an expression's result.
   *
   * @param expr a parsed expression
   * @return its labels; {@link LabelSet#NONE} for scalars and strings
   */
  public static LabelSet of(Expr expr) {
    if (expr instanceof VectorSelector selector) {
      return selector(selector);
    } else if (expr instanceof MatrixSelector matrix) {
      return selector(matrix.selector());
    } else if (expr instanceof SubqueryExpr subquery) {
      return of(subquery.expr());
    } else if (expr instanceof ParenExpr paren) {
      return of(paren.expr());
    } else if (expr instanceof UnaryExpr unary) {
      return unary.negative() ? dropName(of(unary.expr())) : of(unary.expr());
    } else if (expr instanceof AggregateExpr aggregate) {
      return aggregate(aggregate);
    } else if (expr instanceof Call call) {
      return call(call);
    } else if (expr instanceof BinaryExpr binary) {
      return binary(binary);
    }
    return LabelSet.NONE; // numbers and strings
  }

  private static LabelSet selector(VectorSelector selector) {
    LinkedHashMap<String, Label> labels = new LinkedHashMap<>();
    if (!selector.name().isEmpty()) {
      labels.put(METRIC_NAME, Label.fixed(selector.name()));
    }
    for (LabelMatcher matcher : selector.matchers()) {
      Label label = matched(matcher);
      Label earlier = labels.get(matcher.name());
      // Several matchers on one label all hold: keep the most definite.
      if (earlier == null || earlier.presence() == Presence.POSSIBLE || label.presence() == Presence.ABSENT) {
        labels.put(matcher.name(), earlier != null && earlier.value().isPresent() && label.value().isEmpty()
            ? earlier : label);
      }
    }
    return new LabelSet(labels, true);
  }

  /** What one matcher says about its label: a label with an empty value is a missing label. */
  private static Label matched(LabelMatcher matcher) {
    return switch (matcher.op()) {
      case EQUAL -> matcher.value().isEmpty() ? Label.ABSENT : Label.fixed(matcher.value());
      case NOT_EQUAL -> matcher.value().isEmpty() ? Label.PRESENT : Label.POSSIBLE;
      case REGEX -> matchesEmpty(matcher.value()).map(empty -> empty ? Label.POSSIBLE : Label.PRESENT)
          .orElse(Label.POSSIBLE);
      case NOT_REGEX -> matchesEmpty(matcher.value()).map(empty -> empty ? Label.PRESENT : Label.POSSIBLE)
          .orElse(Label.POSSIBLE);
    };
  }

  /**
   * Whether a (fully anchored) matcher regex matches the empty string; empty when Java cannot compile it. Literals and
   * alternatives of literals, the usual matcher values, are answered without compiling.
   */
  private static Optional<Boolean> matchesEmpty(String regex) {
    if (regex.equals(".*") || regex.equals(".+")) {
      return Optional.of(regex.equals(".*"));
    }
    if (LITERALS.matcher(regex).matches()) {
      return Optional.of(regex.isEmpty() || regex.startsWith("|") || regex.endsWith("|") || regex.contains("||"));
    }
    if (startsWithRequiredCharacter(regex)) {
      return Optional.of(false);
    }
    try {
      return Optional.of(Pattern.compile(regex, Pattern.DOTALL).matcher("").matches());
    } catch (PatternSyntaxException e) {
      return Optional.empty();
    }
  }

  /**
   * Whether every match of a regex starts with a character it requires: it opens with a letter, digit or {@code -}
   * that no quantifier makes optional, and has no alternation outside parentheses, as in {@code 5..} or
   * {@code api-.*}.
   */
  private static boolean startsWithRequiredCharacter(String regex) {
    if (regex.length() < 2 || !(Character.isLetterOrDigit(regex.charAt(0)) || regex.charAt(0) == '-')
        || "*?{".indexOf(regex.charAt(1)) >= 0) {
      return false;
    }
    int depth = 0;
    for (int i = 0; i < regex.length(); i++) {
      char c = regex.charAt(i);
      if (c == '\\' || c == '[') {
        return false;
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (c == '|' && depth == 0) {
        return false;
      }
    }
    return true;
  }

  private static LabelSet aggregate(AggregateExpr aggregate) {
    LabelSet input = of(aggregate.expr());
    return switch (aggregate.op()) {
      // These select or limit series and keep every label, the metric name included.
      case TOPK, BOTTOMK, LIMITK, LIMIT_RATIO -> input;
      case COUNT_VALUES -> grouped(aggregate, input).with(
          aggregate.param().map(LabelFlow::stringValue).orElse(""), Label.PRESENT);
      default -> grouped(aggregate, input);
    };
  }

  private static LabelSet grouped(AggregateExpr aggregate, LabelSet input) {
    if (aggregate.without()) {
      List<String> dropped = new ArrayList<>(aggregate.grouping());
      dropped.add(METRIC_NAME);
      return input.without(dropped);
    }
    return input.keeping(aggregate.grouping());
  }

  private static String stringValue(Expr expr) {
    Expr inner = unwrap(expr);
    return inner instanceof StringLiteral string ? string.value() : "";
  }

  private static Expr unwrap(Expr expr) {
    Expr inner = expr;
    while (inner instanceof ParenExpr paren) {
      inner = paren.expr();
    }
    return inner;
  }

  private static LabelSet call(Call call) {
    String name = call.function().name();
    List<Expr> args = call.args();
    if (call.function().returnType() != ValueType.VECTOR) {
      return LabelSet.NONE;
    }
    switch (name) {
      case "absent", "absent_over_time":
        return absent(args.get(0));
      case "vector":
        return LabelSet.NONE;
      case "label_replace", "label_join":
        return of(args.get(0)).with(stringValue(args.get(1)), Label.PRESENT);
      case "histogram_quantile", "histogram_fraction":
        return dropName(vectorArgument(args)).without(List.of("le"));
      case "info":
        // info() adds the data labels of matching info metrics, which the expression does not name.
        LabelSet input = vectorArgument(args);
        return new LabelSet(new LinkedHashMap<>(input.labels()), true);
      default:
        LabelSet labels = vectorArgument(args);
        return KEEP_NAME.contains(name) ? labels : dropName(labels);
    }
  }

  /** The labels of the first vector or matrix argument; none for functions like {@code time()} or {@code year()}. */
  private static LabelSet vectorArgument(List<Expr> args) {
    for (Expr arg : args) {
      if (arg.type() == ValueType.VECTOR || arg.type() == ValueType.MATRIX) {
        return of(arg);
      }
    }
    return LabelSet.NONE;
  }

  /**
   * The labels of {@code absent()}: the equality matchers of a selector argument, except the metric name and any
   * label matched more than once; none for any other argument.
   */
  private static LabelSet absent(Expr arg) {
    Expr inner = unwrap(arg);
    VectorSelector selector;
    if (inner instanceof VectorSelector vector) {
      selector = vector;
    } else if (inner instanceof MatrixSelector matrix) {
      selector = matrix.selector();
    } else {
      return LabelSet.NONE;
    }
    LinkedHashMap<String, Label> labels = new LinkedHashMap<>();
    Set<String> seen = new HashSet<>();
    for (LabelMatcher matcher : selector.matchers()) {
      if (matcher.name().equals(METRIC_NAME)) {
        continue;
      }
      if (matcher.op() == LabelMatcher.Op.EQUAL && seen.add(matcher.name()) && !matcher.value().isEmpty()) {
        labels.put(matcher.name(), Label.fixed(matcher.value()));
      } else {
        seen.add(matcher.name());
        labels.remove(matcher.name());
      }
    }
    return new LabelSet(labels, false);
  }

  private static LabelSet binary(BinaryExpr binary) {
    boolean lhsVector = binary.lhs().type() != ValueType.SCALAR;
    boolean rhsVector = binary.rhs().type() != ValueType.SCALAR;
    if (!lhsVector && !rhsVector) {
      return LabelSet.NONE;
    }
    LabelSet lhs = of(binary.lhs());
    LabelSet rhs = of(binary.rhs());
    boolean dropName = !binary.op().isComparison() || binary.returnBool();
    if (!lhsVector || !rhsVector) {
      LabelSet vector = lhsVector ? lhs : rhs;
      return dropName ? dropName(vector) : vector;
    }
    Optional<VectorMatching> matching = binary.matching();
    switch (binary.op()) {
      case AND, UNLESS:
        return lhs;
      case OR:
        return lhs.or(rhs);
      default:
        break;
    }
    VectorMatching.Cardinality cardinality =
        matching.map(VectorMatching::cardinality).orElse(VectorMatching.Cardinality.ONE_TO_ONE);
    List<String> matchingLabels = matching.map(VectorMatching::labels).orElse(List.of());
    boolean on = matching.map(VectorMatching::on).orElse(false);
    LabelSet many = cardinality == VectorMatching.Cardinality.ONE_TO_MANY ? rhs : lhs;
    LabelSet one = cardinality == VectorMatching.Cardinality.ONE_TO_MANY ? lhs : rhs;
    LabelSet result = dropName ? dropName(many) : many;
    if (on) {
      // Matched series agree on the `on` labels, so what either side knows about them holds for both.
      for (String name : matchingLabels) {
        result = result.with(name, matched(many.label(name), one.label(name)));
      }
    }
    if (cardinality == VectorMatching.Cardinality.ONE_TO_ONE) {
      result = on ? result.keeping(matchingLabels) : result.without(matchingLabels);
    }
    for (String name : matching.map(VectorMatching::include).orElse(List.of())) {
      result = result.with(name, one.label(name));
    }
    return result;
  }

  /** A matching label: both sides have the same value in every matched pair. */
  private static Label matched(Label many, Label one) {
    if (many.presence() == Presence.PRESENT || one.presence() == Presence.PRESENT) {
      return many.value().isPresent() || one.presence() != Presence.PRESENT ? many
          : one.value().isPresent() ? one : Label.PRESENT;
    }
    return many.presence() == Presence.ABSENT ? many : one;
  }

  private static LabelSet dropName(LabelSet labels) {
    return labels.without(List.of(METRIC_NAME));
  }
}
