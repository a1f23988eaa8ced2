package io.monitoringascode.prometheus.promql;

import static org.assertj.core.api.Assertions.assertThat;

import io.monitoringascode.core.finding.Span;
import io.monitoringascode.core.lang.QueryProblem;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Precedence, associativity, modifiers and the errors with their hints. */
class ParserTest {
  /** The tree with every binary and unary operation in brackets, to show its shape. */
  static String shape(Expr e) {
    if (e instanceof BinaryExpr b) {
      return "[" + shape(b.lhs()) + " " + b.op().text() + " " + shape(b.rhs()) + "]";
    }
    if (e instanceof UnaryExpr u) {
      return "[" + (u.negative() ? "-" : "+") + shape(u.expr()) + "]";
    }
    if (e instanceof ParenExpr p) {
      return "(" + shape(p.expr()) + ")";
    }
    if (e instanceof AggregateExpr a) {
      return a.op().text() + "(" + shape(a.expr()) + ")";
    }
    if (e instanceof Call c) {
      return c.function().name() + "(" + c.args().stream().map(ParserTest::shape).collect(Collectors.joining(", "))
          + ")";
    }
    return e.toString();
  }

  private static Expr parse(String expr) {
    ParseResult result = Promql.parse(expr);
    assertThat(result.problems()).as(expr).isEmpty();
    return result.expr().orElseThrow();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      a + b * c              | [a + [b * c]]
      a * b + c              | [[a * b] + c]
      a - b - c              | [[a - b] - c]
      a ^ b ^ c              | [a ^ [b ^ c]]
      a / b ^ c              | [a / [b ^ c]]
      -a ^ b                 | [-[a ^ b]]
      -a * b                 | [[-a] * b]
      a or b and c           | [a or [b and c]]
      a and b unless c       | [[a and b] unless c]
      a or b or c            | [[a or b] or c]
      a == b + c             | [a == [b + c]]
      a > b and c < d        | [[a > b] and [c < d]]
      a atan2 b * c          | [[a atan2 b] * c]
      a % b * c              | [[a % b] * c]
      a + -b                 | [a + [-b]]
      2 ^ -1                 | [2 ^ -1]
      -1 ^ 2                 | [-[1 ^ 2]]
      --1                    | 1
      - - x                  | [-[-x]]
      sum(a) by (job) / b    | [sum(a) / b]
      rate(x[5m]) * 60 > 1   | [[rate(x[5m]) * 60] > 1]
      """)
  void parse_operators_followPrometheusPrecedence(String expr, String shape) {
    assertThat(shape(parse(expr))).isEqualTo(shape);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      x offset 5m @ 100               | x @ 100.000 offset 5m
      x @ 100 offset 5m               | x @ 100.000 offset 5m
      x offset -5m                    | x offset -5m
      x[5m] @ end() offset 1h         | x[5m] @ end() offset 1h
      rate(x[5m])[30m:1m] @ start()   | rate(x[5m])[30m:1m] @ start()
      rate(x[5m])[30m:]               | rate(x[5m])[30m:]
      x[300]                          | x[5m]
      x offset 90                     | x offset 1m30s
      x offset 5m + 1                 | x offset 5m + 1
      5m                              | 5m
      sum without (a) (x)             | sum without (a) (x)
      sum by () (x)                   | sum(x)
      topk by (job) (3, x)            | topk by (job) (3, x)
      count_values("v", x)            | count_values("v", x)
      a > bool on (b) group_right (c) d | a > bool on (b) group_right (c) d
      {"my.metric", "other.label"="x"} | {"other.label"="x",__name__="my.metric"}
      sum by ("a.b") (x)              | sum by ("a.b") (x)
      """)
  void parse_modifiers_printCanonically(String expr, String printed) {
    assertThat(Promql.print(parse(expr))).isEqualTo(printed);
  }

  @Test
  void parse_nodes_carryTheirSpans() {
    BinaryExpr b = (BinaryExpr) parse("rate(x[5m]) > 0");
    assertThat(b.span()).isEqualTo(new Span(0, 15));
    Call call = (Call) b.lhs();
    assertThat(call.span()).isEqualTo(new Span(0, 11));
    assertThat(((MatrixSelector) call.args().get(0)).span()).isEqualTo(new Span(5, 10));
    assertThat(b.rhs().span()).isEqualTo(new Span(14, 15));
  }

  @Test
  void withoutSpans_ignoresSpansAndMatcherOrder() {
    assertThat(parse("up{b=\"1\", a=\"2\"}  +  1").withoutSpans()).isEqualTo(parse("up{a=\"2\",b=\"1\"} + 1")
        .withoutSpans());
    assertThat(parse("up + 1").withoutSpans()).isNotEqualTo(parse("up + 2").withoutSpans());
  }

  private static QueryProblem firstProblem(String expr) {
    return Promql.parse(expr).problems().get(0);
  }

  @Test
  void error_unknownFunction_suggestsTheNearest() {
    QueryProblem problem = firstProblem("rat(x[5m])");
    assertThat(problem.message()).isEqualTo("unknown function with name \"rat\"");
    assertThat(problem.span()).isEqualTo(new Span(0, 3));
    assertThat(problem.hint()).contains("Did you mean `rate(`?");
    assertThat(firstProblem("histogram_quantil(0.9, x)").hint()).contains("Did you mean `histogram_quantile(`?");
    assertThat(firstProblem("frobnicate(x)").hint()).isEmpty();
  }

  @Test
  void bracketErrors_sayWhichBracketToAddOrRemove() {
    assertThat(firstProblem("sum(rate(x[5m])))").hint()).contains("Remove the `)`, or add the `(` it closes.");
    assertThat(firstProblem("sum(rate(x[5m])").hint()).contains("Add the missing `)`.");
  }

  @Test
  void error_removedFunction_namesTheReplacement() {
    QueryProblem problem = firstProblem("holt_winters(x[1h], 0.5, 0.5)");
    assertThat(problem.message()).isEqualTo("unknown function with name \"holt_winters\"");
    assertThat(problem.hint()).get().asString().contains("`double_exponential_smoothing(`");
  }

  @Test
  void error_instantVectorForRange_hintsTheRange() {
    QueryProblem problem = firstProblem("rate(http_requests_total)");
    assertThat(problem.message())
        .isEqualTo("expected type range vector in call to function \"rate\", got instant vector");
    assertThat(problem.position("rate(http_requests_total)").toString()).isEqualTo("1:6");
    assertThat(problem.hint()).contains(
        "rate() needs a range vector: add a range such as `[5m]`: `rate(http_requests_total[5m])`.");
  }

  @Test
  void error_aggregationWithoutParentheses_hintsThem() {
    QueryProblem problem = firstProblem("sum by (job) rate(x[5m])");
    assertThat(problem.message()).isEqualTo("unexpected identifier \"rate\" in aggregation");
    assertThat(problem.span()).isEqualTo(new Span(13, 17));
    assertThat(problem.hint()).contains("Wrap the aggregated expression in parentheses: `sum by (job) (rate(x[5m]))`.");
  }

  @Test
  void error_comparisonOfScalars_hintsBool() {
    QueryProblem problem = firstProblem("1 > 2");
    assertThat(problem.message()).isEqualTo("comparisons between scalars must use BOOL modifier");
    assertThat(problem.span()).isEqualTo(new Span(2, 3));
    assertThat(problem.hint()).contains("Add `bool` after the operator: `1 > bool 2`.");
  }

  @Test
  void error_syntax_reportsOnlyTheFirstAndNoTree() {
    ParseResult result = Promql.parse("sum(x) by (job) by (pod) +");
    assertThat(result.expr()).isEmpty();
    assertThat(result.problems()).extracting(QueryProblem::message).containsExactly("unexpected <by>");
  }

  @Test
  void error_typeProblems_areAllReportedWithTheTree() {
    ParseResult result = Promql.parse("rate(x) + abs(y[5m])");
    assertThat(result.expr()).isPresent();
    assertThat(result.valid()).isFalse();
    assertThat(result.problems()).hasSize(2);
  }

  @Test
  void error_deepNesting_isAnErrorNotAStackOverflow() {
    String deep = "(".repeat(5000) + "x" + ")".repeat(5000);
    assertThat(Promql.parse(deep).problems()).extracting(QueryProblem::message)
        .containsExactly("expression is nested more than " + Parser.MAX_DEPTH + " levels deep");
    String longChain = "x" + " + x".repeat(5000);
    assertThat(Promql.parse(longChain).valid()).isFalse();
    assertThat(Promql.parse("x" + " + x".repeat(100)).valid()).isTrue();
  }

  @Test
  void error_numberOutOfRange_reportsGoMessage() {
    assertThat(firstProblem("x > 1e400").message())
        .isEqualTo("error parsing number: strconv.ParseFloat: parsing \"1e400\": value out of range");
  }

  @Test
  void error_multiLineExpression_reportsLineAndColumn() {
    String expr = "sum by (job) (\n  rate(x)\n)";
    assertThat(firstProblem(expr).position(expr).toString()).isEqualTo("2:8");
  }
}
