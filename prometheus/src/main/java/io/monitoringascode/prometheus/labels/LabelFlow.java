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

  /**
   * What is known about one label of an expression's result: the same as {@code of(expr).label(name)}, computed by
   * following that label alone, without building the label sets of the subexpressions. For checks that ask about a
   * few labels of many expressions.
   *
   * @param expr a parsed expression
   * @param name the label name, such as {@code instance} or {@code __name__}
   * @return its presence and value
   */
  public static Label label(Expr expr, String name) {
    Label named = named(expr, name);
    return named != null ? named : open(expr) ? Label.POSSIBLE : Label.ABSENT;
  }

  /** The entry {@link #of} gives a label in its map, or null when the map does not name it. */
  private static Label named(Expr expr, String name) {
    if (expr instanceof VectorSelector selector) {
      return namedBySelector(selector, name);
    } else if (expr instanceof MatrixSelector matrix) {
      return namedBySelector(matrix.selector(), name);
    } else if (expr instanceof SubqueryExpr subquery) {
      return named(subquery.expr(), name);
    } else if (expr instanceof ParenExpr paren) {
      return named(paren.expr(), name);
    } else if (expr instanceof UnaryExpr unary) {
      return unary.negative() ? namedWithoutName(unary.expr(), name) : named(unary.expr(), name);
    } else if (expr instanceof AggregateExpr aggregate) {
      return namedByAggregate(aggregate, name);
    } else if (expr instanceof Call call) {
      return namedByCall(call, name);
    } else if (expr instanceof BinaryExpr binary) {
      return namedByBinary(binary, name);
    }
    return null;
  }

  /** Whether {@link #of} lets labels it does not name be present ({@link LabelSet#othersPossible()}). */
  private static boolean open(Expr expr) {
    if (expr instanceof VectorSelector || expr instanceof MatrixSelector) {
      return true;
    } else if (expr instanceof SubqueryExpr subquery) {
      return open(subquery.expr());
    } else if (expr instanceof ParenExpr paren) {
      return open(paren.expr());
    } else if (expr instanceof UnaryExpr unary) {
      return open(unary.expr());
    } else if (expr instanceof AggregateExpr aggregate) {
      return switch (aggregate.op()) {
        case TOPK, BOTTOMK, LIMITK, LIMIT_RATIO -> open(aggregate.expr());
        default -> aggregate.without() && open(aggregate.expr());
      };
    } else if (expr instanceof Call call) {
      if (call.function().returnType() != ValueType.VECTOR) {
        return false;
      }
      return switch (call.function().name()) {
        case "absent", "absent_over_time", "vector" -> false;
        case "label_replace", "label_join" -> open(call.args().get(0));
        case "info" -> true;
        default -> {
          Expr arg = vectorArgument(call.args());
          yield arg != null && open(arg);
        }
      };
    } else if (expr instanceof BinaryExpr binary) {
      boolean lhsVector = binary.lhs().type() != ValueType.SCALAR;
      boolean rhsVector = binary.rhs().type() != ValueType.SCALAR;
      if (!lhsVector || !rhsVector) {
        return lhsVector ? open(binary.lhs()) : rhsVector && open(binary.rhs());
      }
      return switch (binary.op()) {
        case AND, UNLESS -> open(binary.lhs());
        case OR -> open(binary.lhs()) || open(binary.rhs());
        default -> {
          VectorMatching.Cardinality cardinality = cardinality(binary);
          boolean on = binary.matching().map(VectorMatching::on).orElse(false);
          yield !(cardinality == VectorMatching.Cardinality.ONE_TO_ONE && on)
              && open(cardinality == VectorMatching.Cardinality.ONE_TO_MANY ? binary.rhs() : binary.lhs());
        }
      };
    }
    return false;
  }

  private static Label namedBySelector(VectorSelector selector, String name) {
    Label label = name.equals(METRIC_NAME) && !selector.name().isEmpty() ? Label.fixed(selector.name()) : null;
    for (LabelMatcher matcher : selector.matchers()) {
      if (matcher.name().equals(name)) {
        Label matched = matched(matcher);
        if (label == null || label.presence() == Presence.POSSIBLE || matched.presence() == Presence.ABSENT) {
          label = label != null && label.value().isPresent() && matched.value().isEmpty() ? label : matched;
        }
      }
    }
    return label;
  }

  /** The entry of a label after the labels of an expression lose some names ({@link LabelSet#without}). */
  private static Label namedWithout(Expr expr, String name, boolean dropped) {
    if (dropped) {
      return open(expr) ? Label.ABSENT : null;
    }
    return named(expr, name);
  }

  private static Label namedWithoutName(Expr expr, String name) {
    return namedWithout(expr, name, name.equals(METRIC_NAME));
  }

  private static Label namedByAggregate(AggregateExpr aggregate, String name) {
    switch (aggregate.op()) {
      case TOPK, BOTTOMK, LIMITK, LIMIT_RATIO:
        return named(aggregate.expr(), name);
      case COUNT_VALUES:
        if (aggregate.param().map(LabelFlow::stringValue).orElse("").equals(name)) {
          return Label.PRESENT;
        }
        break;
      default:
        break;
    }
    if (aggregate.without()) {
      return namedWithout(aggregate.expr(), name, name.equals(METRIC_NAME) || aggregate.grouping().contains(name));
    }
    if (!aggregate.grouping().contains(name)) {
      return null;
    }
    Label kept = label(aggregate.expr(), name);
    return kept.presence() != Presence.ABSENT ? kept : null;
  }

  private static Label namedByCall(Call call, String name) {
    List<Expr> args = call.args();
    if (call.function().returnType() != ValueType.VECTOR) {
      return null;
    }
    String function = call.function().name();
    switch (function) {
      case "absent", "absent_over_time":
        return namedByAbsent(args.get(0), name);
      case "vector":
        return null;
      case "label_replace", "label_join":
        return stringValue(args.get(1)).equals(name) ? Label.PRESENT : named(args.get(0), name);
      default:
        break;
    }
    Expr arg = vectorArgument(args);
    if (arg == null) {
      return null;
    }
    if (function.equals("histogram_quantile") || function.equals("histogram_fraction")) {
      return namedWithout(arg, name, name.equals(METRIC_NAME) || name.equals("le"));
    }
    if (function.equals("info") || KEEP_NAME.contains(function)) {
      return named(arg, name);
    }
    return namedWithoutName(arg, name);
  }

  private static Label namedByAbsent(Expr arg, String name) {
    Expr inner = unwrap(arg);
    VectorSelector selector = inner instanceof VectorSelector vector ? vector
        : inner instanceof MatrixSelector matrix ? matrix.selector() : null;
    if (selector == null || name.equals(METRIC_NAME)) {
      return null;
    }
    Label label = null;
    boolean seen = false;
    for (LabelMatcher matcher : selector.matchers()) {
      if (matcher.name().equals(name)) {
        label = !seen && matcher.op() == LabelMatcher.Op.EQUAL && !matcher.value().isEmpty()
            ? Label.fixed(matcher.value()) : null;
        seen = true;
      }
    }
    return label;
  }

  private static Label namedByBinary(BinaryExpr binary, String name) {
    boolean lhsVector = binary.lhs().type() != ValueType.SCALAR;
    boolean rhsVector = binary.rhs().type() != ValueType.SCALAR;
    if (!lhsVector && !rhsVector) {
      return null;
    }
    boolean dropName = !binary.op().isComparison() || binary.returnBool();
    if (!lhsVector || !rhsVector) {
      Expr vector = lhsVector ? binary.lhs() : binary.rhs();
      return dropName ? namedWithoutName(vector, name) : named(vector, name);
    }
    switch (binary.op()) {
      case AND, UNLESS:
        return named(binary.lhs(), name);
      case OR:
        Label lhs = named(binary.lhs(), name);
        Label rhs = named(binary.rhs(), name);
        if (lhs == null && rhs == null) {
          return null;
        }
        boolean open = open(binary.lhs()) || open(binary.rhs());
        Label merged = label(binary.lhs(), name).or(label(binary.rhs(), name));
        return merged.presence() != Presence.ABSENT || open ? merged : null;
      default:
        break;
    }
    Optional<VectorMatching> matching = binary.matching();
    VectorMatching.Cardinality cardinality = cardinality(binary);
    List<String> matchingLabels = matching.map(VectorMatching::labels).orElse(List.of());
    boolean on = matching.map(VectorMatching::on).orElse(false);
    Expr many = cardinality == VectorMatching.Cardinality.ONE_TO_MANY ? binary.rhs() : binary.lhs();
    Expr one = cardinality == VectorMatching.Cardinality.ONE_TO_MANY ? binary.lhs() : binary.rhs();
    // Whether `many` is open is found out only where it matters: each walk of a subtree costs.
    Label label = dropName && name.equals(METRIC_NAME) ? (open(many) ? Label.ABSENT : null) : named(many, name);
    boolean matched = matchingLabels.contains(name);
    if (on && matched) {
      label = matched(label(many, name), label(one, name));
    }
    if (cardinality == VectorMatching.Cardinality.ONE_TO_ONE) {
      if (on) {
        Label kept = !matched ? null : label != null ? label : open(many) ? Label.POSSIBLE : Label.ABSENT;
        label = kept != null && kept.presence() != Presence.ABSENT ? kept : null;
      } else if (matched) {
        label = open(many) ? Label.ABSENT : null;
      }
    }
    if (matching.map(VectorMatching::include).orElse(List.of()).contains(name)) {
      label = label(one, name);
    }
    return label;
  }

  private static VectorMatching.Cardinality cardinality(BinaryExpr binary) {
    return binary.matching().map(VectorMatching::cardinality).orElse(VectorMatching.Cardinality.ONE_TO_ONE);
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
    if (isLiterals(regex)) {
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

  /** Whether a regex is a literal or alternatives of literals: word characters and {@code -/:|@ } only. */
  private static boolean isLiterals(String regex) {
    for (int i = 0; i < regex.length(); i++) {
      char c = regex.charAt(i);
      if (!(Character.isLetterOrDigit(c) || "_-/:|@ ".indexOf(c) >= 0)) {
        return false;
      }
    }
    return true;
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
        return dropName(vectorArgumentLabels(args)).without(List.of("le"));
      case "info":
        // info() adds the data labels of matching info metrics, which the expression does not name.
        LabelSet input = vectorArgumentLabels(args);
        return new LabelSet(new LinkedHashMap<>(input.labels()), true);
      default:
        LabelSet labels = vectorArgumentLabels(args);
        return KEEP_NAME.contains(name) ? labels : dropName(labels);
    }
  }

  /** The labels of the first vector or matrix argument; none for functions like {@code time()} or {@code year()}. */
  private static LabelSet vectorArgumentLabels(List<Expr> args) {
    Expr arg = vectorArgument(args);
    return arg == null ? LabelSet.NONE : of(arg);
  }

  /** The first vector or matrix argument, or null. */
  private static Expr vectorArgument(List<Expr> args) {
    for (Expr arg : args) {
      if (arg.type() == ValueType.VECTOR || arg.type() == ValueType.MATRIX) {
        return arg;
      }
    }
    return null;
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
