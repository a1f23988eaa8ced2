package io.monitoringascode.loki.logql;

import io.monitoringascode.core.finding.Span;
import io.monitoringascode.core.lang.ClosestNames;
import io.monitoringascode.core.lang.GoStrings;
import io.monitoringascode.core.lang.QueryProblem;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;

/**
 * A recursive-descent parser for the LogQL of Loki 3.5, following the grammar of Loki's {@code syntax.y} and the checks
 * its node constructors and {@code validateExpr} make. It never throws: every failure method records a problem and
 * returns null, and callers pass the null on. Like Loki, it stops at the first syntax error; the checks that follow a
 * successful parse report every problem they find.
 */
final class Parser {
  /** Loki refuses longer queries ({@code maxInputSize} in {@code parser.go}). */
  static final int MAX_INPUT_BYTES = 5120;
  /**
   * Deeper nesting than this is refused rather than risking the Java stack. Loki has no such limit, but its input
   * limit allows at most a few thousand levels, and real queries nest a handful.
   */
  static final int MAX_DEPTH = 100;
  private static final Set<TokenKind> LINE_FILTERS = EnumSet.of(TokenKind.PIPE_EXACT, TokenKind.PIPE_MATCH,
      TokenKind.PIPE_PATTERN, TokenKind.NEQ, TokenKind.NRE, TokenKind.NPA);
  /** The keywords that may follow {@code |}, for did-you-mean hints. */
  private static final List<String> STAGES = List.of("json", "logfmt", "regexp", "pattern", "unpack", "line_format",
      "label_format", "decolorize", "drop", "keep", "unwrap");
  private static final Set<TokenKind> COMPARISONS = EnumSet.of(TokenKind.CMP_EQ, TokenKind.NEQ, TokenKind.LT,
      TokenKind.LTE, TokenKind.GT, TokenKind.GTE);

  private final String input;
  private final List<Token> tokens;
  private final Lexer.Lexed lexed;
  private final List<QueryProblem> problems = new ArrayList<>();
  private final Checks checks;
  private QueryProblem syntaxError;
  private boolean broken;
  private int index;
  private int depth;

  private Parser(String input, Lexer.Lexed lexed) {
    this.input = input;
    this.lexed = lexed;
    this.tokens = lexed.tokens();
    this.checks = new Checks(input, problems);
  }

  static ParseResult parse(String input) {
    int size = input.length() * 3 < MAX_INPUT_BYTES ? input.length() : input.getBytes(StandardCharsets.UTF_8).length;
    if (size >= MAX_INPUT_BYTES) {
      return new ParseResult(Optional.empty(), List.of(QueryProblem.error(new Span(0, input.length()),
          "input size too long (" + size + " > " + MAX_INPUT_BYTES + ")")
          .withHint("Shorten the query below " + MAX_INPUT_BYTES + " bytes, as Loki refuses longer ones.")));
    }
    Parser parser = new Parser(input, Lexer.lex(input));
    return parser.run();
  }

  private ParseResult run() {
    Expr expr = parseExpr(0);
    if (expr != null && kind() != TokenKind.EOF) {
      expr = unexpected(trailingHint());
    }
    if (expr != null && lexed.error() != null) {
      expr = unexpected(null);
    }
    if (syntaxError != null) {
      // The problems found before the syntax error stay: Loki's node constructors report them as the parser reduces,
      // before it reaches the token it cannot take.
      problems.add(syntaxError);
      return new ParseResult(Optional.empty(), problems);
    }
    checks.expr(expr);
    return new ParseResult(broken ? Optional.empty() : Optional.ofNullable(expr), problems);
  }

  // ---------------------------------------------------------------- expressions

  private static int precedence(TokenKind kind) {
    return switch (kind) {
      case OR -> 1;
      case AND, UNLESS -> 2;
      case CMP_EQ, NEQ, LT, LTE, GT, GTE -> 3;
      case ADD, SUB -> 4;
      case MUL, DIV, MOD -> 5;
      case POW -> 6;
      default -> -1;
    };
  }

  private Expr parseExpr(int minPrecedence) {
    if (++depth > MAX_DEPTH) {
      return tooDeep();
    }
    Expr left = parsePrimary();
    while (left != null) {
      TokenKind op = kind();
      int precedence = precedence(op);
      if (precedence < 0 || precedence < minPrecedence) {
        break;
      }
      advance();
      BinOpModifier modifier = parseModifier();
      if (modifier == null) {
        return null;
      }
      // `^` is right-associative; every other operator is left-associative.
      Expr right = parseExpr(op == TokenKind.POW ? precedence : precedence + 1);
      if (right == null) {
        return null;
      }
      left = binOp(op.display(), modifier, left, right);
    }
    depth--;
    return left;
  }

  private Expr parsePrimary() {
    Token token = peek();
    TokenKind kind = token.kind();
    if (kind == TokenKind.OPEN_BRACE) {
      return parseLogExpr();
    }
    if (kind == TokenKind.OPEN_PARENTHESIS) {
      advance();
      Expr inner = parseExpr(0);
      if (inner == null || closeAfterExpression() == null) {
        return null;
      }
      return inner;
    }
    if (kind == TokenKind.NUMBER || kind == TokenKind.ADD || kind == TokenKind.SUB) {
      return parseLiteral();
    }
    if (kind.isRangeOp()) {
      return parseRangeAggregation();
    }
    if (kind.isVectorOp()) {
      return parseVectorAggregation();
    }
    if (kind == TokenKind.LABEL_REPLACE) {
      return parseLabelReplace();
    }
    if (kind == TokenKind.VECTOR) {
      return parseVector();
    }
    TokenKind next = peek(1).kind();
    if (kind == TokenKind.IDENTIFIER
        && (next == TokenKind.OPEN_PARENTHESIS || next == TokenKind.BY || next == TokenKind.WITHOUT)) {
      String hint = ClosestNames.closest(token.text(), Functions.callableNames())
          .map(name -> "Use `" + name + "`: `" + token.text() + "` is not a LogQL function.")
          .orElse("Start the query with a stream selector such as `{app=\"api\"}` or a function such as `rate(...)`.");
      return unexpected(hint);
    }
    if (kind == TokenKind.IDENTIFIER && token.text().startsWith("'")) {
      return unexpected("Quote strings with double quotes or backticks, not single quotes.");
    }
    return unexpected(kind == TokenKind.EOF
        ? "Write a stream selector such as `{app=\"api\"}` or a metric query such as `rate({app=\"api\"}[5m])`."
        : null);
  }

  private LiteralExpr parseLiteral() {
    Token first = peek();
    boolean negative = false;
    if (first.kind() == TokenKind.ADD || first.kind() == TokenKind.SUB) {
      negative = first.kind() == TokenKind.SUB;
      advance();
    }
    Token number = expect(TokenKind.NUMBER);
    if (number == null) {
      return null;
    }
    double value = number(number, "unable to parse literal as a float");
    return new LiteralExpr(negative ? -value : value, new Span(first.start(), number.end()));
  }

  private double number(Token token, String what) {
    Double value = Literals.parseNumber(token.text());
    if (value == null) {
      problems.add(QueryProblem.error(token.span(), what + ": strconv.ParseFloat: parsing "
          + GoStrings.quote(token.text()) + ": invalid syntax"));
      return 0;
    }
    return value;
  }

  private BinOpModifier parseModifier() {
    boolean returnBool = accept(TokenKind.BOOL);
    boolean on = false;
    List<String> matching = List.of();
    Cardinality cardinality = Cardinality.ONE_TO_ONE;
    List<String> include = List.of();
    if (kind() == TokenKind.ON || kind() == TokenKind.IGNORING) {
      on = advance().kind() == TokenKind.ON;
      if (expect(TokenKind.OPEN_PARENTHESIS) == null || (matching = parseLabels()) == null) {
        return null;
      }
      if (kind() == TokenKind.GROUP_LEFT || kind() == TokenKind.GROUP_RIGHT) {
        cardinality = advance().kind() == TokenKind.GROUP_LEFT ? Cardinality.MANY_TO_ONE : Cardinality.ONE_TO_MANY;
        // As in Loki's grammar, a `(` right after group_left opens its label list, never the right operand.
        if (accept(TokenKind.OPEN_PARENTHESIS) && (include = parseLabels()) == null) {
          return null;
        }
      }
    }
    return new BinOpModifier(returnBool, on, matching, cardinality, include);
  }

  /** The labels of a grouping or matching clause after its {@code (}, through the {@code )}; null on error. */
  private List<String> parseLabels() {
    List<String> labels = new ArrayList<>();
    if (accept(TokenKind.CLOSE_PARENTHESIS)) {
      return labels;
    }
    while (true) {
      Token label = expect(TokenKind.IDENTIFIER);
      if (label == null) {
        return null;
      }
      labels.add(label.text());
      if (accept(TokenKind.CLOSE_PARENTHESIS)) {
        return labels;
      }
      if (kind() != TokenKind.COMMA) {
        return unexpected(null, TokenKind.COMMA, TokenKind.CLOSE_PARENTHESIS);
      }
      advance();
    }
  }

  private Expr binOp(String operator, BinOpModifier modifier, Expr left, Expr right) {
    Span span = new Span(left.span().start(), right.span().end());
    if (!(left instanceof SampleExpr leftSample)) {
      return legError("left", operator, left, right);
    }
    if (!(right instanceof SampleExpr rightSample)) {
      return legError("right", operator, right, left);
    }
    boolean logical = operator.equals("and") || operator.equals("or") || operator.equals("unless");
    if (logical && (left instanceof LiteralExpr || right instanceof LiteralExpr)) {
      LiteralExpr literal = left instanceof LiteralExpr l ? l : (LiteralExpr) right;
      problems.add(QueryProblem.error(literal.span(), "unexpected literal for " + (literal == left ? "left" : "right")
          + " leg of logical/set binary operation (" + operator + "): " + Literals.formatSixDecimals(literal.value()))
          .withHint("Use `and`, `or` and `unless` between two metric queries; compare with a number using `>`,"
              + " `==`..."));
      broken = true;
      return left;
    }
    if (left instanceof LiteralExpr l && right instanceof LiteralExpr r) {
      // Loki folds an operation between two numbers into one number (`reduceBinOp`).
      return new LiteralExpr(fold(operator, l.value(), r.value()), span);
    }
    return new BinOpExpr(operator, leftSample, rightSample, modifier, span);
  }

  private Expr legError(String leg, String operator, Expr log, Expr other) {
    String type = log instanceof PipelineExpr ? "*syntax.PipelineExpr" : "*syntax.MatchersExpr";
    problems.add(QueryProblem.error(log.span(), "unexpected type for " + leg + " leg of binary operation ("
        + operator + "): " + type).withHint("Turn the log query into a metric query first, such as `count_over_time("
        + Printer.print(log) + "[5m])`."));
    broken = true;
    return other;
  }

  private static double fold(String operator, double left, double right) {
    return switch (operator) {
      case "+" -> left + right;
      case "-" -> left - right;
      case "*" -> left * right;
      case "/" -> right == 0 ? Double.NaN : left / right;
      case "%" -> right == 0 ? Double.NaN : left % right;
      case "^" -> Math.pow(left, right);
      case "==" -> left == right ? 1 : 0;
      case "!=" -> left != right ? 1 : 0;
      case ">" -> left > right ? 1 : 0;
      case ">=" -> left >= right ? 1 : 0;
      case "<" -> left < right ? 1 : 0;
      default -> left <= right ? 1 : 0;
    };
  }

  // ---------------------------------------------------------------- metric functions

  private Expr parseRangeAggregation() {
    Token name = advance();
    Functions.RangeAggregation function = Functions.rangeAggregation(name.kind());
    if (expect(TokenKind.OPEN_PARENTHESIS) == null) {
      return null;
    }
    Token parameter = null;
    if (kind() == TokenKind.NUMBER && peek(1).kind() == TokenKind.COMMA) {
      parameter = advance();
      advance();
    }
    if (kind() != TokenKind.OPEN_BRACE && kind() != TokenKind.OPEN_PARENTHESIS) {
      return unexpected(kind() == TokenKind.RANGE ? "Put the range after a stream selector: `" + function.name()
          + "({app=\"api\"}" + "[" + peek().text() + "]" + ")`." : null,
          parameter == null ? new TokenKind[] {TokenKind.NUMBER, TokenKind.OPEN_BRACE, TokenKind.OPEN_PARENTHESIS}
              : new TokenKind[] {TokenKind.OPEN_BRACE, TokenKind.OPEN_PARENTHESIS});
    }
    LogRange range = parseLogRange(function.name());
    if (range == null) {
      return null;
    }
    Token close = expect(TokenKind.CLOSE_PARENTHESIS);
    if (close == null) {
      return null;
    }
    Grouping grouping = null;
    if (kind() == TokenKind.BY || kind() == TokenKind.WITHOUT) {
      grouping = parseGrouping();
      if (grouping == null) {
        return null;
      }
    }
    Span span = new Span(name.start(), grouping == null ? close.end() : grouping.span().end());
    OptionalDouble value = OptionalDouble.empty();
    String op = function.name();
    if (parameter != null && !function.parameter()) {
      problems.add(QueryProblem.error(parameter.span(), "parameter " + parameter.text()
          + " not supported for operation " + op).withHint("Remove the number: only `quantile_over_time` takes one."));
    } else if (parameter != null) {
      Double number = Literals.parseNumber(parameter.text());
      if (number == null) {
        problems.add(QueryProblem.error(parameter.span(), "invalid parameter for operation " + op
            + ": strconv.ParseFloat: parsing " + GoStrings.quote(parameter.text()) + ": invalid syntax"));
      } else {
        value = OptionalDouble.of(number);
      }
    } else if (function.parameter()) {
      problems.add(QueryProblem.error(name.span(), "parameter required for operation " + op)
          .withHint("Give the quantile first: `" + op + "(0.99, ...)`."));
    }
    if (grouping != null && !function.grouping()) {
      problems.add(QueryProblem.error(grouping.span(), "grouping not allowed for " + op + " aggregation")
          .withHint("Move the grouping to an enclosing aggregation: `sum by (...) (" + op + "(...))`."));
    }
    if (range.unwrap().isPresent() && function.unwrap() == Functions.Unwrap.FORBIDDEN) {
      problems.add(QueryProblem.error(range.unwrap().get().span(), "invalid aggregation " + op + " with unwrap")
          .withHint("Remove `| unwrap`, or use an aggregation of values such as `sum_over_time`."));
    } else if (range.unwrap().isEmpty() && function.unwrap() == Functions.Unwrap.REQUIRED) {
      problems.add(QueryProblem.error(name.span(), "invalid aggregation " + op + " without unwrap")
          .withHint("Add `| unwrap <label>` before the range, such as `" + op + "({app=\"api\"} | json | unwrap"
              + " latency [5m])`."));
    }
    return new RangeAggregationExpr(op, range, value, Optional.ofNullable(grouping), span);
  }

  /** The logs of a range aggregation, in every order Loki's grammar allows ({@code logRangeExpr}). */
  private LogRange parseLogRange(String function) {
    if (++depth > MAX_DEPTH) {
      return tooDeep();
    }
    Token first = peek();
    LogRange range;
    if (first.kind() == TokenKind.OPEN_PARENTHESIS) {
      advance();
      if (kind() == TokenKind.OPEN_PARENTHESIS) {
        range = parseLogRange(function);
        if (range == null || expect(TokenKind.CLOSE_PARENTHESIS) == null) {
          return null;
        }
      } else {
        range = parseRangeBody(first.start(), function, true);
      }
    } else {
      range = parseRangeBody(first.start(), function, false);
    }
    depth--;
    return range;
  }

  private LogRange parseRangeBody(int start, String function, boolean parenthesized) {
    MatchersExpr selector = parseSelector();
    if (selector == null) {
      return null;
    }
    Token rangeToken = null;
    Token offset = null;
    if (kind() == TokenKind.RANGE) {
      rangeToken = advance();
      if (kind() == TokenKind.OFFSET && (offset = parseOffset()) == null) {
        return null;
      }
    }
    List<StageExpr> stages = parsePipeline();
    if (stages == null) {
      return null;
    }
    UnwrapExpr unwrap = null;
    if (kind() == TokenKind.PIPE && peek(1).kind() == TokenKind.UNWRAP && (unwrap = parseUnwrap()) == null) {
      return null;
    }
    if (rangeToken == null) {
      if (parenthesized && kind() == TokenKind.CLOSE_PARENTHESIS) {
        advance();
      }
      if (kind() != TokenKind.RANGE) {
        String hint = "Add a range such as `[5m]` after the log query: `" + function + "({app=\"api\"}[5m])`.";
        return unwrap == null ? unexpected(hint) : unexpected(hint, TokenKind.RANGE, TokenKind.PIPE);
      }
      rangeToken = advance();
      if (kind() == TokenKind.OFFSET && (offset = parseOffset()) == null) {
        return null;
      }
    } else if (parenthesized && expect(TokenKind.CLOSE_PARENTHESIS) == null) {
      return null;
    }
    LogSelectorExpr logs = stages.isEmpty() ? selector
        : new PipelineExpr(selector, stages,
            new Span(selector.span().start(), stages.get(stages.size() - 1).span().end()));
    Duration interval = Durations.parseProm(rangeToken.text(), new String[1]);
    Duration shift = offset == null ? Duration.ZERO : Durations.parseLoki(offset.text());
    int end = tokens.get(index - 1).end();
    return new LogRange(logs, Optional.ofNullable(unwrap), interval, shift, new Span(start, end));
  }

  private Token parseOffset() {
    advance();
    return expect(TokenKind.DURATION);
  }

  private UnwrapExpr parseUnwrap() {
    Token pipe = advance();
    advance();
    String label;
    Optional<String> conversion = Optional.empty();
    TokenKind kind = kind();
    if (kind == TokenKind.IDENTIFIER) {
      label = advance().text();
    } else if (kind == TokenKind.BYTES_CONV || kind == TokenKind.DURATION_CONV
        || kind == TokenKind.DURATION_SECONDS_CONV) {
      conversion = Optional.of(advance().text().toLowerCase(java.util.Locale.ROOT));
      Token name;
      if (expect(TokenKind.OPEN_PARENTHESIS) == null || (name = expect(TokenKind.IDENTIFIER)) == null
          || expect(TokenKind.CLOSE_PARENTHESIS) == null) {
        return null;
      }
      label = name.text();
    } else {
      return unexpected("Name the label to unwrap: `| unwrap latency`.", TokenKind.IDENTIFIER,
          TokenKind.BYTES_CONV, TokenKind.DURATION_CONV, TokenKind.DURATION_SECONDS_CONV);
    }
    List<LabelFilter> filters = new ArrayList<>();
    while (kind() == TokenKind.PIPE) {
      advance();
      LabelFilter filter = parseLabelFilter(0);
      if (filter == null) {
        return null;
      }
      filters.add(filter);
    }
    return new UnwrapExpr(label, conversion, filters, new Span(pipe.start(), tokens.get(index - 1).end()));
  }

  private Expr parseVectorAggregation() {
    Token name = advance();
    Functions.VectorAggregation function = Functions.vectorAggregation(name.kind());
    Grouping grouping = null;
    if (kind() == TokenKind.BY || kind() == TokenKind.WITHOUT) {
      if ((grouping = parseGrouping()) == null) {
        return null;
      }
    }
    if (expect(TokenKind.OPEN_PARENTHESIS) == null) {
      return null;
    }
    Token parameter = null;
    if (kind() == TokenKind.NUMBER && peek(1).kind() == TokenKind.COMMA) {
      parameter = advance();
      advance();
    }
    SampleExpr inner = parseSampleArgument();
    if (inner == null) {
      return null;
    }
    Token close = closeAfterExpression();
    if (close == null) {
      return null;
    }
    if (grouping == null && (kind() == TokenKind.BY || kind() == TokenKind.WITHOUT)) {
      if ((grouping = parseGrouping()) == null) {
        return null;
      }
    }
    int end = Math.max(close.end(), grouping == null ? 0 : grouping.span().end());
    // Loki builds the same node for `sum by () (...)` and `sum(...)`.
    if (grouping != null && !grouping.without() && grouping.labels().isEmpty()) {
      grouping = null;
    }
    String op = function.name();
    OptionalInt value = OptionalInt.empty();
    if (function.parameter()) {
      if (parameter == null) {
        problems.add(QueryProblem.error(name.span(), "parameter required for operation " + op)
            .withHint("Give the number of series first: `" + op + "(10, ...)`."));
      } else {
        Integer number = Literals.parseInteger(parameter.text());
        if (number == null) {
          problems.add(QueryProblem.error(parameter.span(), "invalid parameter " + op + "(" + parameter.text() + ",")
              .withHint("Use a whole number of series, such as `" + op + "(10, ...)`."));
        } else if (number <= 0) {
          problems.add(QueryProblem.error(parameter.span(), "invalid parameter (must be greater than 0) " + op + "("
              + parameter.text()));
        } else {
          value = OptionalInt.of(number);
        }
      }
      if (!function.grouping() && grouping != null) {
        problems.add(QueryProblem.error(grouping.span(), "grouping not allowed for " + op + " aggregation"));
      }
    } else if (parameter != null) {
      problems.add(QueryProblem.error(parameter.span(), "unsupported parameter for operation " + op + "("
          + parameter.text() + ",").withHint("Remove the number: only `topk`, `bottomk` and `approx_topk` take one."));
    }
    return new VectorAggregationExpr(op, inner, value, Optional.ofNullable(grouping), new Span(name.start(), end));
  }

  /** An argument that must be a metric query: a log query there is a syntax error in Loki's grammar. */
  private SampleExpr parseSampleArgument() {
    Expr inner = parseExpr(0);
    if (inner == null) {
      return null;
    }
    if (inner instanceof SampleExpr sample) {
      return sample;
    }
    return unexpected("Aggregate a metric query: turn the logs into samples first, such as `count_over_time("
        + Printer.print(inner) + "[5m])`.");
  }

  private Expr parseLabelReplace() {
    Token name = advance();
    if (expect(TokenKind.OPEN_PARENTHESIS) == null) {
      return null;
    }
    SampleExpr inner = parseSampleArgument();
    if (inner == null) {
      return null;
    }
    Token[] strings = new Token[4];
    for (int i = 0; i < 4; i++) {
      if (expect(TokenKind.COMMA) == null || (strings[i] = expect(TokenKind.STRING)) == null) {
        return null;
      }
    }
    Token close = expect(TokenKind.CLOSE_PARENTHESIS);
    if (close == null) {
      return null;
    }
    // Loki compiles the regex anchored, and Go's message quotes the anchored form.
    checks.regex(strings[3].text(), strings[3].span(), "invalid regex in label_replace: ", true,
        "^(?:" + strings[3].text() + ")$");
    return new LabelReplaceExpr(inner, strings[0].text(), strings[1].text(), strings[2].text(), strings[3].text(),
        new Span(name.start(), close.end()));
  }

  private Expr parseVector() {
    Token name = advance();
    Token number;
    Token close;
    if (expect(TokenKind.OPEN_PARENTHESIS) == null || (number = expect(TokenKind.NUMBER)) == null
        || (close = expect(TokenKind.CLOSE_PARENTHESIS)) == null) {
      return null;
    }
    return new VectorExpr(number(number, "unable to parse vectorExpr as a float"), new Span(name.start(), close.end()));
  }

  private Grouping parseGrouping() {
    Token keyword = advance();
    List<String> labels;
    if (expect(TokenKind.OPEN_PARENTHESIS) == null || (labels = parseLabels()) == null) {
      return null;
    }
    return new Grouping(keyword.kind() == TokenKind.WITHOUT, labels,
        new Span(keyword.start(), tokens.get(index - 1).end()));
  }

  // ---------------------------------------------------------------- log queries

  private Expr parseLogExpr() {
    MatchersExpr selector = parseSelector();
    if (selector == null) {
      return null;
    }
    List<StageExpr> stages = parsePipeline();
    if (stages == null) {
      return null;
    }
    if (kind() == TokenKind.RANGE) {
      return unexpected("A range such as `[5m]` belongs inside a range aggregation: `count_over_time("
          + input.substring(selector.span().start(), peek().start()).trim() + "[" + peek().text() + "])`.");
    }
    if (kind() == TokenKind.PIPE && peek(1).kind() == TokenKind.UNWRAP) {
      advance();
      return unexpected("`unwrap` belongs inside a range aggregation over values, such as `sum_over_time(... |"
          + " unwrap latency [5m])`.");
    }
    if (stages.isEmpty()) {
      return selector;
    }
    return new PipelineExpr(selector, stages,
        new Span(selector.span().start(), stages.get(stages.size() - 1).span().end()));
  }

  private MatchersExpr parseSelector() {
    Token open = expect(TokenKind.OPEN_BRACE);
    if (open == null) {
      return null;
    }
    List<Matcher> matchers = new ArrayList<>();
    if (kind() != TokenKind.CLOSE_BRACE) {
      while (true) {
        if (kind() != TokenKind.IDENTIFIER) {
          String hint = kind() == TokenKind.STRING ? "Write label names without quotes: `{app=\"api\"}`."
              : kind() == TokenKind.CLOSE_BRACE ? "Remove the trailing comma." : null;
          return matchers.isEmpty() ? unexpected(hint, TokenKind.IDENTIFIER, TokenKind.CLOSE_BRACE)
              : unexpected(hint, TokenKind.IDENTIFIER);
        }
        Matcher matcher = parseMatcher();
        if (matcher == null) {
          return null;
        }
        matchers.add(matcher);
        if (kind() == TokenKind.CLOSE_BRACE) {
          break;
        }
        if (kind() != TokenKind.COMMA) {
          return unexpected(null, TokenKind.CLOSE_BRACE, TokenKind.COMMA);
        }
        advance();
      }
    }
    Token close = advance();
    return new MatchersExpr(matchers, new Span(open.start(), close.end()));
  }

  /** A matcher, from its label name: {@code name op "value"}. */
  private Matcher parseMatcher() {
    Token name = advance();
    MatchType type = switch (kind()) {
      case EQ -> MatchType.EQUAL;
      case NEQ -> MatchType.NOT_EQUAL;
      case RE -> MatchType.REGEX;
      case NRE -> MatchType.NOT_REGEX;
      default -> null;
    };
    if (type == null) {
      return unexpected(kind() == TokenKind.CMP_EQ ? "Compare labels with a single `=`." : null,
          TokenKind.EQ, TokenKind.RE, TokenKind.NRE, TokenKind.NEQ);
    }
    advance();
    Token value = peek();
    if (value.kind() != TokenKind.STRING) {
      String hint = value.kind() == TokenKind.IDENTIFIER || value.kind() == TokenKind.NUMBER
          ? "Quote the value: `" + name.text() + type.operator() + "\"" + value.text() + "\"`." : null;
      return unexpected(hint, TokenKind.STRING);
    }
    advance();
    if (type == MatchType.REGEX || type == MatchType.NOT_REGEX) {
      checks.regex(value.text(), value.span(), "", true, value.text());
    }
    return new Matcher(name.text(), type, value.text(), new Span(name.start(), value.end()));
  }

  /** The pipeline stages after a selector, up to a range or an {@code unwrap}; empty when none; null on error. */
  private List<StageExpr> parsePipeline() {
    List<StageExpr> stages = new ArrayList<>();
    while (true) {
      TokenKind kind = kind();
      if (LINE_FILTERS.contains(kind)) {
        if (!parseLineFilter(stages)) {
          return null;
        }
      } else if (kind == TokenKind.PIPE && peek(1).kind() != TokenKind.UNWRAP) {
        StageExpr stage = parseStage();
        if (stage == null) {
          return null;
        }
        stages.add(stage);
      } else {
        return stages;
      }
    }
  }

  private boolean parseLineFilter(List<StageExpr> stages) {
    Token operator = advance();
    LineMatchType type = switch (operator.kind()) {
      case PIPE_EXACT -> LineMatchType.EQUAL;
      case PIPE_MATCH -> LineMatchType.REGEX;
      case PIPE_PATTERN -> LineMatchType.PATTERN;
      case NEQ -> LineMatchType.NOT_EQUAL;
      case NRE -> LineMatchType.NOT_REGEX;
      default -> LineMatchType.NOT_PATTERN;
    };
    List<LineFilterValue> values = new ArrayList<>();
    do {
      LineFilterValue value = parseLineFilterValue(operator.text());
      if (value == null) {
        return false;
      }
      if (type == LineMatchType.REGEX || type == LineMatchType.NOT_REGEX) {
        // Loki compiles line filter regexes only when the query runs: the parser accepts a broken one.
        checks.regex(value.match(), value.span(), "", false, value.match());
      }
      values.add(value);
    } while (accept(TokenKind.OR));
    if (type.positive()) {
      Span span = new Span(operator.start(), values.get(values.size() - 1).span().end());
      stages.add(new LineFilterExpr(type, values, span));
    } else {
      // Loki turns `!= "a" or "b"` into `!= "a" != "b"`: a negated filter drops the lines that match any value.
      for (int i = 0; i < values.size(); i++) {
        int start = i == 0 ? operator.start() : values.get(i).span().start();
        stages.add(new LineFilterExpr(type, List.of(values.get(i)), new Span(start, values.get(i).span().end())));
      }
    }
    return true;
  }

  private LineFilterValue parseLineFilterValue(String operator) {
    Token token = peek();
    if (token.kind() == TokenKind.STRING) {
      advance();
      return new LineFilterValue(token.text(), false, token.span());
    }
    if (token.kind() == TokenKind.IP) {
      advance();
      Token value;
      Token close;
      if (expect(TokenKind.OPEN_PARENTHESIS) == null || (value = expect(TokenKind.STRING)) == null
          || (close = expect(TokenKind.CLOSE_PARENTHESIS)) == null) {
        return null;
      }
      return new LineFilterValue(value.text(), true, new Span(token.start(), close.end()));
    }
    return unexpected("A line filter needs a string: `" + operator + " \"text\"`", TokenKind.STRING, TokenKind.IP);
  }

  /** One stage after its {@code |}. */
  private StageExpr parseStage() {
    Token pipe = advance();
    Token keyword = peek();
    switch (keyword.kind()) {
      case LOGFMT -> {
        advance();
        boolean strict = false;
        boolean keepEmpty = false;
        while (kind() == TokenKind.PARSER_FLAG) {
          String flag = advance().text();
          strict |= flag.equals("--strict");
          keepEmpty |= flag.equals("--keep-empty");
        }
        if (kind() == TokenKind.IDENTIFIER) {
          List<LabelExtraction> extractions = parseExtractions();
          return extractions == null ? null
              : new LogfmtExpressionParser(extractions, strict, keepEmpty, spanFrom(pipe));
        }
        return new LogfmtParserExpr(strict, keepEmpty, spanFrom(pipe));
      }
      case JSON -> {
        advance();
        if (kind() == TokenKind.IDENTIFIER) {
          List<LabelExtraction> extractions = parseExtractions();
          return extractions == null ? null : new JsonExpressionParser(extractions, spanFrom(pipe));
        }
        return new LabelParserExpr(ParserType.JSON, "", spanFrom(pipe));
      }
      case UNPACK -> {
        advance();
        return new LabelParserExpr(ParserType.UNPACK, "", spanFrom(pipe));
      }
      case REGEXP, PATTERN -> {
        advance();
        boolean regexp = keyword.kind() == TokenKind.REGEXP;
        Token value = peek();
        if (value.kind() != TokenKind.STRING) {
          return unexpected(regexp ? "Give the regular expression with named groups: `| regexp \"(?P<status>\\\\d+)\"`."
              : "Give the pattern: `| pattern \"<ip> - - <_>\"`.", TokenKind.STRING);
        }
        advance();
        if (regexp) {
          checks.regexpParser(value);
        } else {
          checks.patternParser(value);
        }
        return new LabelParserExpr(regexp ? ParserType.REGEXP : ParserType.PATTERN, value.text(), spanFrom(pipe));
      }
      case LINE_FMT -> {
        advance();
        Token template = peek();
        if (template.kind() != TokenKind.STRING) {
          return unexpected("Give the template as a string: `| line_format \"{{.msg}}\"`.", TokenKind.STRING);
        }
        advance();
        checks.template(template, "invalid line template: ");
        return new LineFmtExpr(template.text(), spanFrom(pipe));
      }
      case DECOLORIZE -> {
        advance();
        return new DecolorizeExpr(spanFrom(pipe));
      }
      case LABEL_FMT -> {
        advance();
        return parseLabelFormat(pipe);
      }
      case DROP, KEEP -> {
        advance();
        List<LabelRef> labels = parseLabelRefs();
        if (labels == null) {
          return null;
        }
        return keyword.kind() == TokenKind.DROP ? new DropLabelsExpr(labels, spanFrom(pipe))
            : new KeepLabelsExpr(labels, spanFrom(pipe));
      }
      case IDENTIFIER, OPEN_PARENTHESIS -> {
        LabelFilter filter = parseLabelFilter(0);
        return filter == null ? null : new LabelFilterExpr(filter, spanFrom(pipe));
      }
      default -> {
        return unexpected(keyword.kind() == TokenKind.EOF
            ? "Add a stage after `|`: a parser such as `json` or `logfmt`, or a label filter such as"
                + " `level=\"error\"`." : null);
      }
    }
  }

  private List<LabelExtraction> parseExtractions() {
    List<LabelExtraction> extractions = new ArrayList<>();
    while (true) {
      Token label = expect(TokenKind.IDENTIFIER);
      if (label == null) {
        return null;
      }
      String expression = label.text();
      if (accept(TokenKind.EQ)) {
        Token value = expect(TokenKind.STRING);
        if (value == null) {
          return null;
        }
        expression = value.text();
      }
      extractions.add(new LabelExtraction(label.text(), expression, spanFrom(label)));
      if (!accept(TokenKind.COMMA)) {
        return extractions;
      }
    }
  }

  private StageExpr parseLabelFormat(Token pipe) {
    List<LabelFmt> formats = new ArrayList<>();
    while (true) {
      Token name = expect(TokenKind.IDENTIFIER);
      if (name == null || expect(TokenKind.EQ) == null) {
        return null;
      }
      Token value = peek();
      if (value.kind() != TokenKind.IDENTIFIER && value.kind() != TokenKind.STRING) {
        return unexpected(null, TokenKind.IDENTIFIER, TokenKind.STRING);
      }
      advance();
      boolean rename = value.kind() == TokenKind.IDENTIFIER;
      if (!rename) {
        checks.template(value, "invalid template for label '" + name.text() + "': ");
      }
      formats.add(new LabelFmt(name.text(), value.text(), rename, spanFrom(name)));
      if (!accept(TokenKind.COMMA)) {
        break;
      }
    }
    checks.labelFormats(formats);
    return new LabelFmtExpr(formats, spanFrom(pipe));
  }

  private List<LabelRef> parseLabelRefs() {
    List<LabelRef> labels = new ArrayList<>();
    while (true) {
      if (kind() != TokenKind.IDENTIFIER) {
        return unexpected(null, TokenKind.IDENTIFIER);
      }
      TokenKind next = peek(1).kind();
      if (next == TokenKind.EQ || next == TokenKind.NEQ || next == TokenKind.RE || next == TokenKind.NRE) {
        Matcher matcher = parseMatcher();
        if (matcher == null) {
          return null;
        }
        labels.add(new LabelRef(matcher.name(), Optional.of(matcher), matcher.span()));
      } else {
        Token name = advance();
        labels.add(new LabelRef(name.text(), Optional.empty(), name.span()));
      }
      if (!accept(TokenKind.COMMA)) {
        return labels;
      }
    }
  }

  /**
   * Label filters joined by {@code or}, {@code and}, {@code ,} or juxtaposition, resolved as Loki's yacc grammar does:
   * {@code or} binds looser than {@code and}, both associate to the left, and the operators without a declared
   * precedence ({@code ,} and juxtaposition) always shift, so they bind everything after them.
   *
   * @param context the precedence of the operator on the left: 0 for none, 1 for {@code or}, 2 for {@code and}, 3 for
   *     {@code ,} or juxtaposition
   */
  private LabelFilter parseLabelFilter(int context) {
    if (++depth > MAX_DEPTH) {
      return tooDeep();
    }
    LabelFilter left = parseLabelFilterPrimary();
    while (left != null) {
      TokenKind kind = kind();
      int precedence;
      if (kind == TokenKind.OR) {
        precedence = 1;
      } else if (kind == TokenKind.AND) {
        precedence = 2;
      } else if (kind == TokenKind.COMMA || kind == TokenKind.IDENTIFIER || kind == TokenKind.OPEN_PARENTHESIS) {
        precedence = 3;
      } else {
        break;
      }
      if ((context == 1 || context == 2) && precedence <= context) {
        break;
      }
      if (kind == TokenKind.OR || kind == TokenKind.AND || kind == TokenKind.COMMA) {
        advance();
      }
      LabelFilter right = parseLabelFilter(precedence);
      if (right == null) {
        return null;
      }
      left = new BinaryLabelFilter(left, right, kind != TokenKind.OR,
          new Span(left.span().start(), right.span().end()));
    }
    depth--;
    return left;
  }

  private LabelFilter parseLabelFilterPrimary() {
    if (accept(TokenKind.OPEN_PARENTHESIS)) {
      LabelFilter inner = parseLabelFilter(0);
      if (inner == null || closeAfterExpression() == null) {
        return null;
      }
      return inner;
    }
    if (kind() != TokenKind.IDENTIFIER) {
      return unexpected(null, TokenKind.IDENTIFIER, TokenKind.OPEN_PARENTHESIS);
    }
    Token name = peek();
    TokenKind op = peek(1).kind();
    TokenKind valueKind = peek(2).kind();
    if ((op == TokenKind.EQ || op == TokenKind.NEQ || op == TokenKind.RE || op == TokenKind.NRE)
        && valueKind == TokenKind.STRING) {
      Matcher matcher = parseMatcher();
      return matcher == null ? null : new StringLabelFilter(matcher, matcher.span());
    }
    advance();
    if (op == TokenKind.RE || op == TokenKind.NRE) {
      advance();
      return unexpected(null, TokenKind.STRING);
    }
    ComparisonType type = switch (op) {
      case EQ, CMP_EQ -> ComparisonType.EQUAL;
      case NEQ -> ComparisonType.NOT_EQUAL;
      case GT -> ComparisonType.GREATER;
      case GTE -> ComparisonType.GREATER_OR_EQUAL;
      case LT -> ComparisonType.LESS;
      case LTE -> ComparisonType.LESS_OR_EQUAL;
      default -> null;
    };
    if (type == null) {
      Optional<String> stage = ClosestNames.closest(name.text(), STAGES);
      if (stage.isPresent() || (op != TokenKind.EOF && op != TokenKind.PIPE)) {
        return unexpected(stage.map(keyword -> "Use `" + keyword + "`: `" + name.text() + "` is not a pipeline stage.")
            .orElse(null));
      }
      return unexpected("`" + name.text() + "` is not a pipeline stage; compare the label with a value, such as `"
          + name.text() + "=\"value\"` or `" + name.text() + " > 10`, or use a parser: `json`, `logfmt`, `regexp`,"
          + " `pattern`, `unpack`.");
    }
    advance();
    Token value = peek();
    if ((op == TokenKind.EQ || op == TokenKind.NEQ) && value.kind() == TokenKind.IP) {
      advance();
      Token pattern;
      if (expect(TokenKind.OPEN_PARENTHESIS) == null || (pattern = expect(TokenKind.STRING)) == null
          || expect(TokenKind.CLOSE_PARENTHESIS) == null) {
        return null;
      }
      return new IpLabelFilter(name.text(), op == TokenKind.NEQ, pattern.text(), spanFrom(name));
    }
    switch (value.kind()) {
      case DURATION -> {
        advance();
        return new DurationLabelFilter(name.text(), type, Durations.parseLoki(value.text()), spanFrom(name));
      }
      case BYTES -> {
        advance();
        return new BytesLabelFilter(name.text(), type, Literals.parseBytes(value.text()), spanFrom(name));
      }
      case NUMBER, ADD, SUB -> {
        LiteralExpr literal = parseLiteral();
        return literal == null ? null : new NumericLabelFilter(name.text(), type, literal.value(), spanFrom(name));
      }
      default -> {
        if (value.kind() == TokenKind.STRING) {
          return unexpected("Match strings with `=`, `!=`, `=~` or `!~`: `" + name.text() + "=\"" + value.text()
              + "\"`.");
        }
        return unexpected(value.kind() == TokenKind.IDENTIFIER && COMPARISONS.contains(op)
            ? "Compare with a number, a duration or a byte size, such as `" + name.text() + " " + op.display()
                + " 10`; quote strings and match them with `=`: `" + name.text() + "=\"" + value.text() + "\"`."
            : null);
      }
    }
  }

  // ---------------------------------------------------------------- tokens and errors

  private Token peek() {
    return tokens.get(index);
  }

  private Token peek(int ahead) {
    return tokens.get(Math.min(index + ahead, tokens.size() - 1));
  }

  private TokenKind kind() {
    return tokens.get(index).kind();
  }

  private Token advance() {
    Token token = tokens.get(index);
    if (index < tokens.size() - 1) {
      index++;
    }
    return token;
  }

  private boolean accept(TokenKind kind) {
    if (kind() == kind) {
      advance();
      return true;
    }
    return false;
  }

  private Token expect(TokenKind kind) {
    if (kind() == kind) {
      return advance();
    }
    String hint = null;
    if (kind == TokenKind.CLOSE_PARENTHESIS && kind() == TokenKind.EOF) {
      hint = "Close the parenthesis.";
    }
    return unexpected(hint, kind);
  }

  /**
   * The {@code )} after an expression or a label filter, where Loki's parser could also take an operator, so that its
   * syntax error lists no expected tokens.
   */
  private Token closeAfterExpression() {
    if (kind() == TokenKind.CLOSE_PARENTHESIS) {
      return advance();
    }
    return unexpected(kind() == TokenKind.EOF ? "Close the parenthesis." : null);
  }

  private Span spanFrom(Token first) {
    return new Span(first.start(), tokens.get(Math.max(index - 1, 0)).end());
  }

  /**
   * Records Loki's syntax error for the current token: {@code syntax error: unexpected X, expecting A or B}, listing
   * the expected tokens only when there are at most four, as goyacc does. At the end of a query cut short by a
   * lexical error, the lexical error is reported instead, since Loki's lexer reports it first.
   */
  private <T> T unexpected(String hint, TokenKind... expected) {
    if (syntaxError != null) {
      return null;
    }
    Token token = peek();
    if (token.kind() == TokenKind.EOF && lexed.error() != null) {
      int offset = lexed.errorOffset();
      syntaxError = QueryProblem.error(new Span(offset, offset), lexed.error());
      String lexHint = lexicalHint(lexed.error());
      if (lexHint != null) {
        syntaxError = syntaxError.withHint(lexHint);
      }
      return null;
    }
    StringBuilder message = new StringBuilder("syntax error: unexpected ").append(token.kind().display());
    if (expected.length > 0 && expected.length <= 4) {
      TokenKind[] sorted = expected.clone();
      java.util.Arrays.sort(sorted);
      for (int i = 0; i < sorted.length; i++) {
        message.append(i == 0 ? ", expecting " : " or ").append(sorted[i].display());
      }
    }
    syntaxError = QueryProblem.error(token.span(), message.toString());
    if (hint != null) {
      syntaxError = syntaxError.withHint(hint);
    }
    return null;
  }

  private static String lexicalHint(String error) {
    return switch (error) {
      case "literal not terminated" -> "Close the string with the quote that opened it.";
      case "missing closing ']' in duration" -> "Close the range: `[5m]`.";
      case "invalid char escape" -> "Escape backslashes in double-quoted strings (`\\\\`), or use backticks.";
      default -> error.startsWith("not a valid duration string")
          ? "Write the range with whole numbers and units from `y` to `ms`, largest first: `[1h30m]`." : null;
    };
  }

  private String trailingHint() {
    return kind() == TokenKind.CLOSE_PARENTHESIS ? "Remove the `)` that closes nothing." : null;
  }

  private <T> T tooDeep() {
    if (syntaxError == null) {
      syntaxError = QueryProblem.error(peek().span(), "expression nested deeper than " + MAX_DEPTH + " levels")
          .withHint("Simplify the query: Loki accepts it, but no real query nests this deep.");
    }
    return null;
  }
}
