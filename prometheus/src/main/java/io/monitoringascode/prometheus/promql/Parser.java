package io.monitoringascode.prometheus.promql;

import io.monitoringascode.core.finding.Span;
import io.monitoringascode.core.lang.ClosestNames;
import io.monitoringascode.core.lang.GoRegex;
import io.monitoringascode.core.lang.GoStrings;
import io.monitoringascode.core.lang.QueryProblem;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Builds the tree of a PromQL expression by recursive descent over Prometheus' grammar
 * ({@code generated_parser.y}), with its messages: a syntax error is reported as {@code unexpected <token> in
 * <context>, expected <what>}, at the token, and stops the parse; the checks Prometheus makes while parsing
 * (selectors, ranges, modifiers, unknown functions) are reported where it reports them. Nesting deeper than
 * {@link #MAX_DEPTH} is an error rather than a stack overflow.
 */
final class Parser {
  /** The deepest nesting accepted; no real expression comes near it. */
  static final int MAX_DEPTH = 200;

  /** Binary operator of each token; the precedence lives in {@link BinaryExpr.Op}. */
  private static final Map<TokenKind, BinaryExpr.Op> BINARY = new EnumMap<>(TokenKind.class);
  /** Keywords that Prometheus also accepts as a metric name ({@code metric_identifier}). */
  private static final Set<TokenKind> METRIC_KEYWORDS = EnumSet.of(TokenKind.BY, TokenKind.WITHOUT,
      TokenKind.OFFSET, TokenKind.LAND, TokenKind.LOR, TokenKind.LUNLESS, TokenKind.START, TokenKind.END);
  private static final Map<String, Optional<GoRegex.Problem>> REGEX_PROBLEMS = new ConcurrentHashMap<>();

  static {
    BINARY.put(TokenKind.LOR, BinaryExpr.Op.OR);
    BINARY.put(TokenKind.LAND, BinaryExpr.Op.AND);
    BINARY.put(TokenKind.LUNLESS, BinaryExpr.Op.UNLESS);
    BINARY.put(TokenKind.EQLC, BinaryExpr.Op.EQL);
    BINARY.put(TokenKind.NEQ, BinaryExpr.Op.NEQ);
    BINARY.put(TokenKind.LSS, BinaryExpr.Op.LSS);
    BINARY.put(TokenKind.LTE, BinaryExpr.Op.LTE);
    BINARY.put(TokenKind.GTR, BinaryExpr.Op.GTR);
    BINARY.put(TokenKind.GTE, BinaryExpr.Op.GTE);
    BINARY.put(TokenKind.ADD, BinaryExpr.Op.ADD);
    BINARY.put(TokenKind.SUB, BinaryExpr.Op.SUB);
    BINARY.put(TokenKind.MUL, BinaryExpr.Op.MUL);
    BINARY.put(TokenKind.DIV, BinaryExpr.Op.DIV);
    BINARY.put(TokenKind.MOD, BinaryExpr.Op.MOD);
    BINARY.put(TokenKind.ATAN2, BinaryExpr.Op.ATAN2);
    BINARY.put(TokenKind.POW, BinaryExpr.Op.POW);
  }

  private final String input;
  private final Lexer lexer;
  private Token token;
  private Token lookahead;
  private int lastEnd;
  private int depth;
  /** The production whose error rule reports a syntax error here, as yacc's recovery finds it. */
  private String context;
  private boolean failed;
  private final List<QueryProblem> errors = new ArrayList<>(1);

  Parser(String input) {
    this.input = input;
    this.lexer = new Lexer(input);
    this.token = lexer.next();
  }

  /** The tree, or {@code null} when there is an error; the errors are then in {@link #errors()}. */
  Expr parse() {
    if (token.kind() == TokenKind.EOF) {
      errors.add(QueryProblem.error(new Span(0, 0), "no expression found in input"));
      return null;
    }
    Expr expr = parseExpr(1);
    if (!failed && token.kind() != TokenKind.EOF) {
      unexpected(null, null);
    }
    return errors.isEmpty() ? expr : null;
  }

  /** Every error found, the first being the one Prometheus reports. */
  List<QueryProblem> errors() {
    return errors;
  }

  // ---------------------------------------------------------------------------------------------- tokens

  private void advance() {
    lastEnd = token.end();
    if (lookahead != null) {
      token = lookahead;
      lookahead = null;
    } else {
      token = lexer.next();
    }
  }

  private Token peek() {
    if (lookahead == null) {
      lookahead = lexer.next();
    }
    return lookahead;
  }

  private boolean at(TokenKind kind) {
    return token.kind() == kind;
  }

  // ---------------------------------------------------------------------------------------------- errors

  /** Reports a syntax error at the current token and stops the parse; a lexer error wins, as in Prometheus. */
  private void unexpected(String where, String expected) {
    if (failed) {
      return;
    }
    if (token.kind() == TokenKind.ERROR) {
      fail(new Span(token.start(), token.end()), token.text(), lexerHint(token.text()));
      return;
    }
    String inContext = where != null ? where : context;
    StringBuilder message = new StringBuilder("unexpected ").append(token.describe());
    if (inContext != null) {
      message.append(" in ").append(inContext);
    }
    if (expected != null) {
      message.append(", expected ").append(expected);
    }
    fail(new Span(token.start(), token.end()), message.toString(), null);
  }

  /** A fix for the lexer's bracket errors, where one is plain. */
  private static String lexerHint(String message) {
    return switch (message) {
      case "unexpected right parenthesis ')'" -> "Remove the `)`, or add the `(` it closes.";
      case "unclosed left parenthesis" -> "Add the missing `)`.";
      case "unclosed left bracket" -> "Add the missing `]`.";
      default -> null;
    };
  }

  private void fail(Span span, String message, String hint) {
    failed = true;
    error(span, message, hint);
  }

  /** Records an error Prometheus finds while parsing, without stopping. */
  private void error(Span span, String message, String hint) {
    QueryProblem problem = QueryProblem.error(span, message);
    errors.add(hint == null ? problem : problem.withHint(hint));
  }

  private Span spanFrom(int start) {
    return new Span(start, Math.max(start, lastEnd));
  }

  // ---------------------------------------------------------------------------------------------- expressions

  /** Binary operations of at least the given precedence, left-associative except {@code ^}. */
  private Expr parseExpr(int minPrecedence) {
    if (++depth > MAX_DEPTH) {
      tooDeep();
      depth--;
      return null;
    }
    Expr lhs = parseUnary();
    int chain = 0;
    while (lhs != null && !failed) {
      BinaryExpr.Op op = BINARY.get(token.kind());
      if (op == null || op.precedence < minPrecedence) {
        break;
      }
      if (depth + ++chain > MAX_DEPTH) {
        tooDeep();
        break;
      }
      advance();
      boolean returnBool = false;
      if (at(TokenKind.BOOL)) {
        returnBool = true;
        advance();
      }
      VectorMatching matching = parseMatching();
      if (failed) {
        break;
      }
      Expr rhs = parseExpr(op == BinaryExpr.Op.POW ? op.precedence : op.precedence + 1);
      if (rhs == null) {
        lhs = null;
        break;
      }
      lhs = binary(op, lhs, rhs, returnBool, matching);
    }
    depth--;
    return failed ? null : lhs;
  }

  private void tooDeep() {
    fail(new Span(token.start(), token.end()), "expression is nested more than " + MAX_DEPTH + " levels deep",
        "Split the expression, for example into recording rules.");
  }

  /** {@code on}/{@code ignoring} and {@code group_left}/{@code group_right} after a binary operator. */
  private VectorMatching parseMatching() {
    if (!at(TokenKind.ON) && !at(TokenKind.IGNORING)) {
      return null;
    }
    boolean on = at(TokenKind.ON);
    advance();
    List<String> labels = parseGroupingLabels();
    if (failed) {
      return null;
    }
    VectorMatching.Cardinality card = VectorMatching.Cardinality.ONE_TO_ONE;
    List<String> include = List.of();
    if (at(TokenKind.GROUP_LEFT) || at(TokenKind.GROUP_RIGHT)) {
      card = at(TokenKind.GROUP_LEFT) ? VectorMatching.Cardinality.MANY_TO_ONE
          : VectorMatching.Cardinality.ONE_TO_MANY;
      advance();
      if (at(TokenKind.LEFT_PAREN)) {
        include = parseGroupingLabels();
      } else if (!startsExpression(token.kind())) {
        unexpected("grouping opts", "\"(\"");
      }
    }
    return new VectorMatching(card, labels, on, include);
  }

  private static boolean startsExpression(TokenKind kind) {
    switch (kind) {
      case NUMBER, DURATION, STRING, IDENTIFIER, METRIC_IDENTIFIER, LEFT_PAREN, LEFT_BRACE, ADD, SUB:
        return true;
      default:
        return kind.isAggregator() || METRIC_KEYWORDS.contains(kind);
    }
  }

  /**
   * A binary expression with Prometheus' normalisation of its matching: set operators match many-to-many, and
   * matching without labels is dropped when an operand is not an instant vector.
   */
  private BinaryExpr binary(BinaryExpr.Op op, Expr lhs, Expr rhs, boolean returnBool, VectorMatching written) {
    VectorMatching matching = written != null ? written
        : new VectorMatching(VectorMatching.Cardinality.ONE_TO_ONE, List.of(), false, List.of());
    if (op.isSetOperator() && matching.cardinality() == VectorMatching.Cardinality.ONE_TO_ONE) {
      matching = new VectorMatching(VectorMatching.Cardinality.MANY_TO_MANY, matching.labels(), matching.on(),
          matching.include());
    }
    boolean bothVectors = lhs.type() == ValueType.VECTOR && rhs.type() == ValueType.VECTOR;
    Optional<VectorMatching> kept = bothVectors || !matching.labels().isEmpty() ? Optional.of(matching)
        : Optional.empty();
    return new BinaryExpr(op, lhs, rhs, returnBool, kept, new Span(lhs.span().start(), rhs.span().end()));
  }

  /** A sign and its operand, which extends over {@code ^} only; a sign on a number literal is folded into it. */
  private Expr parseUnary() {
    if (!at(TokenKind.ADD) && !at(TokenKind.SUB)) {
      return parsePostfix(parsePrimary());
    }
    Token sign = token;
    advance();
    Expr operand = parseExpr(BinaryExpr.Op.POW.precedence);
    if (operand == null) {
      return null;
    }
    boolean negative = sign.kind() == TokenKind.SUB;
    Span span = new Span(sign.start(), operand.span().end());
    if (operand instanceof NumberLiteral n) {
      return new NumberLiteral(negative ? -n.value() : n.value(), n.duration(), span);
    }
    return new UnaryExpr(negative, operand, span);
  }

  /** Ranges, subqueries, {@code offset} and {@code @} after an expression. */
  private Expr parsePostfix(Expr expr) {
    while (expr != null && !failed) {
      if (at(TokenKind.LEFT_BRACKET)) {
        expr = parseRange(expr);
      } else if (at(TokenKind.OFFSET)) {
        expr = parseOffset(expr);
      } else if (at(TokenKind.AT)) {
        expr = parseAt(expr);
      } else {
        break;
      }
    }
    return failed ? null : expr;
  }

  private Expr parsePrimary() {
    Token first = token;
    switch (first.kind()) {
      case NUMBER: {
        advance();
        Double value = Literals.number(first.text());
        if (value == null) {
          error(new Span(first.start(), first.end()), Literals.numberError(first.text()), null);
          value = 0.0;
        }
        return new NumberLiteral(value, false, new Span(first.start(), first.end()));
      }
      case DURATION: {
        advance();
        long millis = durationOf(first, false);
        return new NumberLiteral(millis / 1000.0, true, new Span(first.start(), first.end()));
      }
      case STRING:
        advance();
        return new StringLiteral(GoStrings.unquote(first.text()), new Span(first.start(), first.end()));
      case LEFT_PAREN: {
        advance();
        Expr inner = parseExpr(1);
        if (inner == null) {
          return null;
        }
        if (!at(TokenKind.RIGHT_PAREN)) {
          unexpected(null, null);
          return null;
        }
        advance();
        return new ParenExpr(inner, spanFrom(first.start()));
      }
      case LEFT_BRACE:
        return parseSelector(first.start(), "");
      case IDENTIFIER:
        if (peek().kind() == TokenKind.LEFT_PAREN) {
          return parseCall();
        }
        advance();
        return parseSelector(first.start(), first.text());
      case METRIC_IDENTIFIER:
        advance();
        return parseSelector(first.start(), first.text());
      default:
        if (first.kind().isAggregator()) {
          TokenKind next = peek().kind();
          if (next == TokenKind.LEFT_PAREN || next == TokenKind.BY || next == TokenKind.WITHOUT) {
            return parseAggregation();
          }
          advance();
          return parseSelector(first.start(), first.text());
        }
        if (METRIC_KEYWORDS.contains(first.kind())) {
          advance();
          return parseSelector(first.start(), first.text());
        }
        unexpected(null, null);
        return null;
    }
  }

  // ---------------------------------------------------------------------------------------------- selectors

  /** The optional braces after a metric name, or the braces alone. */
  private Expr parseSelector(int start, String name) {
    List<LabelMatcher> matchers = new ArrayList<>(2);
    String quotedName = null;
    if (at(TokenKind.LEFT_BRACE)) {
      advance();
      while (!failed) {
        if (at(TokenKind.RIGHT_BRACE)) {
          break;
        }
        Token label = token;
        if (!at(TokenKind.IDENTIFIER) && !at(TokenKind.STRING)) {
          unexpected("label matching", "identifier or \"}\"");
          return null;
        }
        advance();
        LabelMatcher.Op op = matchOp(token.kind());
        if (op == null && label.kind() == TokenKind.STRING && (at(TokenKind.COMMA) || at(TokenKind.RIGHT_BRACE))) {
          // A quoted name alone is the metric name (Prometheus 3).
          String metric = GoStrings.unquote(label.text());
          if (quotedName != null) {
            error(new Span(label.start(), label.end()), "metric name must not be set twice: "
                + GoStrings.quote(quotedName) + " or " + GoStrings.quote(metric), null);
          }
          quotedName = metric;
          matchers.add(new LabelMatcher("__name__", LabelMatcher.Op.EQUAL, metric, spanFrom(label.start())));
        } else {
          if (op == null) {
            unexpected("label matching", label.kind() == TokenKind.STRING ? "\",\" or \"}\""
                : "label matching operator");
            return null;
          }
          advance();
          if (!at(TokenKind.STRING)) {
            unexpected("label matching", "string");
            return null;
          }
          Token value = token;
          advance();
          String labelName = label.kind() == TokenKind.STRING ? GoStrings.unquote(label.text()) : label.text();
          LabelMatcher matcher = new LabelMatcher(labelName, op, GoStrings.unquote(value.text()),
              spanFrom(label.start()));
          checkRegex(matcher);
          matchers.add(matcher);
        }
        if (at(TokenKind.COMMA)) {
          advance();
        } else if (!at(TokenKind.RIGHT_BRACE)) {
          unexpected("label matching", "\",\" or \"}\"");
          return null;
        }
      }
      if (failed) {
        return null;
      }
      advance();
    }
    return new VectorSelector(name, matchers, 0, Optional.empty(), spanFrom(start));
  }

  private static LabelMatcher.Op matchOp(TokenKind kind) {
    switch (kind) {
      case EQL:
        return LabelMatcher.Op.EQUAL;
      case NEQ:
        return LabelMatcher.Op.NOT_EQUAL;
      case EQL_REGEX:
        return LabelMatcher.Op.REGEX;
      case NEQ_REGEX:
        return LabelMatcher.Op.NOT_REGEX;
      default:
        return null;
    }
  }

  private void checkRegex(LabelMatcher matcher) {
    if (matcher.op() != LabelMatcher.Op.REGEX && matcher.op() != LabelMatcher.Op.NOT_REGEX) {
      return;
    }
    Optional<GoRegex.Problem> problem = regexProblem(matcher.value());
    // Only a regex Go certainly rejects is an error: the JVM's engine is stricter than RE2 in places.
    if (problem.isPresent() && problem.get().certain()) {
      error(matcher.span(), "error parsing regexp: " + goRegexWording(problem.get().description()), null);
    }
  }

  /** Go's {@code regexp/syntax} wording for the problems Java's engine names differently. */
  private static String goRegexWording(String description) {
    String[][] wordings = {{"unclosed group", "missing closing )"},
        {"unclosed character class", "missing closing ]"}, {"dangling meta character", "missing argument to"
        + " repetition operator"}, {"illegal repetition range", "invalid repeat count"},
        {"illegal character range", "invalid character class range"},
        {"unexpected internal error", "missing closing )"}};
    for (String[] wording : wordings) {
      if (description.startsWith(wording[0])) {
        return wording[1] + description.substring(wording[0].length());
      }
    }
    return description;
  }

  static Optional<GoRegex.Problem> regexProblem(String regex) {
    Optional<GoRegex.Problem> known = REGEX_PROBLEMS.get(regex);
    if (known == null) {
      known = GoRegex.problem(regex);
      if (REGEX_PROBLEMS.size() > 10_000) {
        REGEX_PROBLEMS.clear();
      }
      REGEX_PROBLEMS.put(regex, known);
    }
    return known;
  }

  // ---------------------------------------------------------------------------------------------- modifiers

  /** A range or subquery after an expression, with the error rules of Prometheus' grammar. */
  private Expr parseRange(Expr expr) {
    Token open = token;
    advance();
    long range = bracketDuration("subquery selector", "number or duration");
    if (failed) {
      return null;
    }
    if (at(TokenKind.RIGHT_BRACKET)) {
      advance();
      String problem = null;
      if (!(expr instanceof VectorSelector)) {
        problem = "ranges only allowed for vector selectors";
      } else if (((VectorSelector) expr).offsetMillis() != 0) {
        problem = "no offset modifiers allowed before range";
      } else if (((VectorSelector) expr).at().isPresent()) {
        problem = "no @ modifiers allowed before range";
      }
      if (problem != null) {
        error(spanFrom(open.start()), problem, null);
        return expr;
      }
      return new MatrixSelector((VectorSelector) expr, range, new Span(expr.span().start(), lastEnd));
    }
    if (!at(TokenKind.COLON)) {
      unexpected("subquery or range", "\":\" or \"]\"");
      return null;
    }
    advance();
    long step = 0;
    if (!at(TokenKind.RIGHT_BRACKET)) {
      step = bracketDuration("subquery selector", "number or duration or \"]\"");
      if (failed) {
        return null;
      }
      if (!at(TokenKind.RIGHT_BRACKET)) {
        unexpected("subquery selector", "\"]\"");
        return null;
      }
    }
    advance();
    return new SubqueryExpr(expr, range, step, 0, Optional.empty(), new Span(expr.span().start(), lastEnd));
  }

  /** A range or step: a duration, or a number of seconds; it must be positive. */
  private long bracketDuration(String where, String expected) {
    Token literal = token;
    if (!at(TokenKind.DURATION) && !at(TokenKind.NUMBER)) {
      unexpected(where, expected);
      return 0;
    }
    advance();
    long millis = durationOf(literal, true);
    if (millis == 0) {
      error(new Span(literal.start(), literal.end()), "duration must be greater than 0", null);
    }
    return millis;
  }

  /** The milliseconds of a duration or number token, reporting a malformed one. */
  private long durationOf(Token literal, boolean positive) {
    if (literal.kind() == TokenKind.NUMBER) {
      Double seconds = Literals.number(literal.text());
      if (seconds == null || seconds.isNaN() || seconds.isInfinite() || Math.abs(seconds) > 9.2e9) {
        error(new Span(literal.start(), literal.end()), seconds == null ? Literals.numberError(literal.text())
            : "duration out of range", null);
        return 1;
      }
      // Go converts with time.Duration(seconds * 1000) * time.Millisecond, which truncates.
      long millis = (long) (seconds * 1000);
      if (positive && millis < 0) {
        error(new Span(literal.start(), literal.end()), "duration must be greater than 0", null);
      }
      return millis;
    }
    long millis = Literals.durationMillis(literal.text());
    if (millis == -1) {
      error(new Span(literal.start(), literal.end()), "not a valid duration string: " + GoStrings.quote(
          literal.text()), null);
      return 1;
    }
    if (millis == -2) {
      error(new Span(literal.start(), literal.end()), "duration out of range", null);
      return 1;
    }
    return millis;
  }

  private Expr parseOffset(Expr expr) {
    advance();
    boolean negative = false;
    if (at(TokenKind.SUB) || at(TokenKind.ADD)) {
      negative = at(TokenKind.SUB);
      advance();
    }
    if (!at(TokenKind.DURATION) && !at(TokenKind.NUMBER)) {
      unexpected("offset", "number or duration");
      return null;
    }
    Token literal = token;
    advance();
    long millis = durationOf(literal, false);
    long offset = negative ? -millis : millis;
    String problem = null;
    if (expr instanceof VectorSelector v) {
      if (v.offsetMillis() != 0) {
        problem = "offset may not be set multiple times";
      } else {
        return new VectorSelector(v.name(), v.matchers(), offset, v.at(), spanFrom(v.span().start()));
      }
    } else if (expr instanceof MatrixSelector m) {
      if (m.selector().offsetMillis() != 0) {
        problem = "offset may not be set multiple times";
      } else {
        VectorSelector v = m.selector();
        return new MatrixSelector(new VectorSelector(v.name(), v.matchers(), offset, v.at(), v.span()),
            m.rangeMillis(), spanFrom(m.span().start()));
      }
    } else if (expr instanceof SubqueryExpr s) {
      if (s.offsetMillis() != 0) {
        problem = "offset may not be set multiple times";
      } else {
        return new SubqueryExpr(s.expr(), s.rangeMillis(), s.stepMillis(), offset, s.at(),
            spanFrom(s.span().start()));
      }
    } else {
      problem = "offset modifier must be preceded by an instant vector selector or range vector selector or a"
          + " subquery";
    }
    error(expr.span(), problem, null);
    return expr;
  }

  private Expr parseAt(Expr expr) {
    advance();
    AtModifier at;
    if (at(TokenKind.START) || at(TokenKind.END)) {
      AtModifier.Kind kind = at(TokenKind.START) ? AtModifier.Kind.START : AtModifier.Kind.END;
      advance();
      if (!at(TokenKind.LEFT_PAREN)) {
        unexpected("@", "timestamp");
        return null;
      }
      advance();
      if (!at(TokenKind.RIGHT_PAREN)) {
        unexpected("@", "timestamp");
        return null;
      }
      advance();
      at = new AtModifier(kind, 0);
    } else {
      boolean negative = false;
      if (at(TokenKind.SUB) || at(TokenKind.ADD)) {
        negative = at(TokenKind.SUB);
        advance();
      }
      if (!at(TokenKind.NUMBER) && !at(TokenKind.DURATION)) {
        unexpected("@", "timestamp");
        return null;
      }
      Token literal = token;
      advance();
      Double value;
      if (literal.kind() == TokenKind.DURATION) {
        value = durationOf(literal, false) / 1000.0;
      } else {
        value = Literals.number(literal.text());
      }
      if (value == null) {
        error(new Span(literal.start(), literal.end()), Literals.numberError(literal.text()), null);
        value = 0.0;
      }
      double seconds = negative ? -value : value;
      if (Double.isNaN(seconds) || Double.isInfinite(seconds) || Math.abs(seconds * 1000) >= 9.2e18) {
        error(expr.span(), "timestamp out of bounds for @ modifier: " + Printer.formatNumber(seconds), null);
        return expr;
      }
      at = new AtModifier(AtModifier.Kind.TIMESTAMP, Math.round(seconds * 1000));
    }
    String problem = null;
    if (expr instanceof VectorSelector v) {
      if (v.at().isPresent()) {
        problem = "@ <timestamp> may not be set multiple times";
      } else {
        return new VectorSelector(v.name(), v.matchers(), v.offsetMillis(), Optional.of(at),
            spanFrom(v.span().start()));
      }
    } else if (expr instanceof MatrixSelector m) {
      VectorSelector v = m.selector();
      if (v.at().isPresent()) {
        problem = "@ <timestamp> may not be set multiple times";
      } else {
        return new MatrixSelector(new VectorSelector(v.name(), v.matchers(), v.offsetMillis(), Optional.of(at),
            v.span()), m.rangeMillis(), spanFrom(m.span().start()));
      }
    } else if (expr instanceof SubqueryExpr s) {
      if (s.at().isPresent()) {
        problem = "@ <timestamp> may not be set multiple times";
      } else {
        return new SubqueryExpr(s.expr(), s.rangeMillis(), s.stepMillis(), s.offsetMillis(), Optional.of(at),
            spanFrom(s.span().start()));
      }
    } else {
      problem = "@ modifier must be preceded by an instant vector selector or range vector selector or a subquery";
    }
    error(expr.span(), problem, null);
    return expr;
  }

  // ---------------------------------------------------------------------------------------------- calls

  private Expr parseCall() {
    Token name = token;
    advance();
    List<Expr> args = parseArgs();
    if (args == null) {
      return null;
    }
    Span span = spanFrom(name.start());
    Optional<Function> known = Functions.get(name.text());
    if (known.isEmpty() || known.get().removed()) {
      unknownFunction(name, known);
      return new Call(new Function(name.text(), List.of(), -1, ValueType.VECTOR, false, Optional.empty()), args,
          span);
    }
    return new Call(known.get(), args, span);
  }

  private void unknownFunction(Token name, Optional<Function> removed) {
    String hint;
    if (removed.isPresent()) {
      String replacement = removed.get().replacedBy().orElseThrow();
      hint = "Prometheus 3 removed `" + name.text() + "`: use `" + replacement + "(`, which needs"
          + " --enable-feature=promql-experimental-functions.";
    } else {
      hint = closestFunction(name.text()).map(n -> "Did you mean `" + n + "(`?").orElse(null);
    }
    error(new Span(name.start(), name.end()), "unknown function with name " + GoStrings.quote(name.text()), hint);
  }

  /**
   * The function a misspelt name most likely means: the nearest by edit distance, and among equally near ones a
   * function whose name starts with what was typed ({@code rat} is {@code rate} rather than {@code rad}).
   */
  private static Optional<String> closestFunction(String name) {
    Optional<String> closest = ClosestNames.closest(name, Functions.callableNames());
    if (closest.isEmpty()) {
      return closest;
    }
    int best = ClosestNames.distance(name, closest.get());
    return Functions.callableNames().stream()
        .filter(f -> ClosestNames.distance(name, f) == best && f.startsWith(name)).findFirst().or(() -> closest);
  }

  /** The parenthesised arguments of a call or an aggregation; {@code null} after a syntax error. */
  private List<Expr> parseArgs() {
    advance();
    List<Expr> args = new ArrayList<>(3);
    if (at(TokenKind.RIGHT_PAREN)) {
      advance();
      return args;
    }
    while (true) {
      Expr arg = parseExpr(1);
      if (arg == null) {
        return null;
      }
      args.add(arg);
      if (at(TokenKind.COMMA)) {
        Token comma = token;
        advance();
        if (at(TokenKind.RIGHT_PAREN)) {
          error(new Span(comma.start(), comma.end()), "trailing commas not allowed in function call args", null);
          advance();
          return args;
        }
      } else if (at(TokenKind.RIGHT_PAREN)) {
        advance();
        return args;
      } else {
        unexpected(null, null);
        return null;
      }
    }
  }

  private Expr parseAggregation() {
    Token opToken = token;
    AggregateExpr.Op op = AggregateExpr.Op.valueOf(opToken.kind().name());
    advance();
    List<String> grouping = List.of();
    boolean without = false;
    boolean grouped = false;
    if (at(TokenKind.BY) || at(TokenKind.WITHOUT)) {
      without = at(TokenKind.WITHOUT);
      advance();
      grouping = parseGroupingLabels();
      grouped = true;
      if (failed) {
        return null;
      }
    }
    String saved = context;
    context = "aggregation";
    if (!at(TokenKind.LEFT_PAREN)) {
      String hint = grouped && token.kind() != TokenKind.EOF && token.kind() != TokenKind.ERROR
          ? "Wrap the aggregated expression in parentheses: `" + input.substring(opToken.start(), token.start())
              + "(" + input.substring(token.start()).strip() + ")`."
          : null;
      if (token.kind() == TokenKind.ERROR) {
        unexpected(null, null);
      } else {
        fail(new Span(token.start(), token.end()), "unexpected " + token.describe() + " in aggregation", hint);
      }
      return null;
    }
    List<Expr> args = parseArgs();
    if (args == null) {
      return null;
    }
    context = saved;
    if (!grouped && (at(TokenKind.BY) || at(TokenKind.WITHOUT))) {
      without = at(TokenKind.WITHOUT);
      advance();
      grouping = parseGroupingLabels();
      if (failed) {
        return null;
      }
    }
    Span span = spanFrom(opToken.start());
    if (args.isEmpty()) {
      error(span, "no arguments for aggregate expression provided", null);
      return null;
    }
    int wanted = op.takesParameter() ? 2 : 1;
    if (args.size() != wanted) {
      error(span, "wrong number of arguments for aggregate expression provided, expected " + wanted + ", got "
          + args.size(), null);
      return new AggregateExpr(op, Optional.empty(), args.get(0), grouping, without, span);
    }
    return new AggregateExpr(op, wanted == 2 ? Optional.of(args.get(0)) : Optional.empty(), args.get(wanted - 1),
        grouping, without, span);
  }

  /** {@code (label, …)} after {@code by}, {@code without}, {@code on}, {@code ignoring} or {@code group_x}. */
  private List<String> parseGroupingLabels() {
    if (!at(TokenKind.LEFT_PAREN)) {
      unexpected("grouping opts", "\"(\"");
      return List.of();
    }
    advance();
    List<String> labels = new ArrayList<>(2);
    while (!at(TokenKind.RIGHT_PAREN)) {
      if (at(TokenKind.STRING)) {
        String label = GoStrings.unquote(token.text());
        if (label.isEmpty()) {
          error(new Span(token.start(), token.end()), "invalid label name for grouping: \"\"", null);
        }
        labels.add(label);
      } else if (at(TokenKind.IDENTIFIER) || at(TokenKind.METRIC_IDENTIFIER) || token.kind().category != TokenKind.Category.OTHER
          && Lexer.isAlpha(token.text().charAt(0)) && !at(TokenKind.WITHOUT) || at(TokenKind.START)
          || at(TokenKind.END)) {
        labels.add(token.text());
      } else {
        unexpected("grouping opts", "label");
        return List.of();
      }
      advance();
      if (at(TokenKind.COMMA)) {
        advance();
      } else if (!at(TokenKind.RIGHT_PAREN)) {
        unexpected("grouping opts", "\",\" or \")\"");
        return List.of();
      }
    }
    advance();
    return labels;
  }
}
