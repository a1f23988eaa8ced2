package io.monitoringascode.loki.logql;

import static org.assertj.core.api.Assertions.assertThat;

import io.monitoringascode.core.finding.Severity;
import io.monitoringascode.core.finding.Span;
import io.monitoringascode.core.lang.QueryProblem;
import io.monitoringascode.core.lang.TextPosition;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LogqlTest {
  private static final Span S = new Span(0, 0);

  @Test
  void parse_lineFilterWithoutString_flagsColumnAndHint() {
    ParseResult result = Logql.parse("{app=\"x\"} |= ");

    assertThat(result.valid()).isFalse();
    assertThat(result.expr()).isEmpty();
    assertThat(result.problems()).hasSize(1);
    QueryProblem problem = result.problems().get(0);
    assertThat(problem.severity()).isEqualTo(Severity.ERROR);
    assertThat(problem.position("{app=\"x\"} |= ")).isEqualTo(new TextPosition(1, 14));
    assertThat(problem.message()).isEqualTo("syntax error: unexpected $end, expecting STRING or ip");
    assertThat(problem.hint()).contains("A line filter needs a string: `|= \"text\"`");
  }

  @Test
  void parse_pipeline_buildsLokiTree() {
    Expr expr = Logql.parse("{app=\"api\"} |= \"err\" | json | status >= 500").expr().orElseThrow();

    Expr expected = new PipelineExpr(
        new MatchersExpr(List.of(new Matcher("app", MatchType.EQUAL, "api", S)), S),
        List.of(new LineFilterExpr(LineMatchType.EQUAL, List.of(new LineFilterValue("err", false, S)), S),
            new LabelParserExpr(ParserType.JSON, "", S),
            new LabelFilterExpr(new NumericLabelFilter("status", ComparisonType.GREATER_OR_EQUAL, 500, S), S)),
        S);
    assertThat(expr.equalsIgnoringSpans(expected)).isTrue();
    assertThat(expr.type()).isEqualTo(ExprType.LOG);
    assertThat(expr.span()).isEqualTo(new Span(0, 43));
  }

  @Test
  void parse_metricQuery_buildsLokiTree() {
    Expr expr = Logql.parse("sum by (app) (quantile_over_time(0.9, {app=\"a\"} | unwrap bytes(size) [1m] offset 1h))")
        .expr().orElseThrow();

    MatchersExpr selector = new MatchersExpr(List.of(new Matcher("app", MatchType.EQUAL, "a", S)), S);
    LogRange range = new LogRange(selector, Optional.of(new UnwrapExpr("size", Optional.of("bytes"), List.of(), S)),
        Duration.ofMinutes(1), Duration.ofHours(1), S);
    Expr expected = new VectorAggregationExpr("sum",
        new RangeAggregationExpr("quantile_over_time", range, OptionalDouble.of(0.9), Optional.empty(), S),
        OptionalInt.empty(), Optional.of(new Grouping(false, List.of("app"), S)), S);
    assertThat(expr.equalsIgnoringSpans(expected)).isTrue();
    assertThat(expr.type()).isEqualTo(ExprType.METRIC);
  }

  @Test
  void parse_binaryOperators_followLokiPrecedence() {
    Expr expr = Logql.parse("rate({a=\"b\"}[1m]) + rate({a=\"b\"}[1m]) * 2 > bool 1").expr().orElseThrow();

    assertThat(Logql.print(expr)).isEqualTo("((rate({a=\"b\"}[1m]) + (rate({a=\"b\"}[1m]) * 2)) > bool 1)");
    BinOpExpr comparison = (BinOpExpr) expr;
    assertThat(comparison.modifier().returnBool()).isTrue();
    assertThat(comparison.right()).isEqualTo(new LiteralExpr(1, new Span(49, 50)));
  }

  @Test
  void parse_labelFilters_groupAsLokiGrammar() {
    assertThat(print("{a=\"b\"} | x=\"1\" or y=\"2\" and z=\"3\"")).isEqualTo("{a=\"b\"} | ( x=\"1\" or ( y=\"2\" , z=\"3\" ) )");
    assertThat(print("{a=\"b\"} | x=\"1\" and y=\"2\" or z=\"3\"")).isEqualTo("{a=\"b\"} | ( ( x=\"1\" , y=\"2\" ) or z=\"3\" )");
    assertThat(print("{a=\"b\"} | x=\"1\", y=\"2\", z=\"3\"")).isEqualTo("{a=\"b\"} | ( x=\"1\" , ( y=\"2\" , z=\"3\" ) )");
    assertThat(print("{a=\"b\"} | (x=\"1\" or y=\"2\") z=\"3\"")).isEqualTo("{a=\"b\"} | ( ( x=\"1\" or y=\"2\" ) , z=\"3\" )");
  }

  static Stream<Arguments> canonical() {
    return Stream.of(
        Arguments.of("{app=\"a\"} != \"x\" or \"y\"", "{app=\"a\"} != \"x\" != \"y\""),
        Arguments.of("{app=\"a\"} |~ `\\d+` |> \"<_> a\" or \"b\"", "{app=\"a\"} |~ \"\\\\d+\" |> \"<_> a\" or \"b\""),
        Arguments.of("{app=\"a\"} | LOGFMT --keep-empty --strict", "{app=\"a\"} | logfmt --strict --keep-empty"),
        Arguments.of("{app=\"a\"} | json a, b=\"c.d\"", "{app=\"a\"} | json a=\"a\",b=\"c.d\""),
        Arguments.of("{app=\"a\"} | d > 90s | s < 1KiB | n = 1e3", "{app=\"a\"} | d>1m30s | s<1.0kB | n==1000"),
        Arguments.of("{app=\"a\"} | addr != ip(\"10.0.0.0/8\")", "{app=\"a\"} | addr!=ip(\"10.0.0.0/8\")"),
        Arguments.of("{app=\"a\"} | drop a, b=\"c\" | keep d | decolorize", "{app=\"a\"} | drop a,b=\"c\" | keep d | decolorize"),
        Arguments.of("{app=\"a\"} | label_format x=y, z=\"{{.q}}\"", "{app=\"a\"} | label_format x=y,z=\"{{.q}}\""),
        Arguments.of("rate({app=\"a\"}[90s] offset 1d)", "rate({app=\"a\"}[1m30s] offset 24h0m0s)"),
        Arguments.of("count_over_time({app=\"a\"}[5m] |= \"x\")", "count_over_time({app=\"a\"} |= \"x\"[5m])"),
        Arguments.of("sum(rate({app=\"a\"}[7d])) without ()", "sum without ()(rate({app=\"a\"}[1w]))"),
        Arguments.of("topk by (ns) (5, rate({app=\"a\"}[1m]))", "topk by (ns)(5,rate({app=\"a\"}[1m]))"),
        Arguments.of("rate({app=\"a\"}[1m]) * on (app) rate({app=\"a\"}[1m])",
            "(rate({app=\"a\"}[1m]) * on (app)  rate({app=\"a\"}[1m]))"),
        Arguments.of("rate({app=\"a\"}[1m]) / ignoring () rate({app=\"a\"}[1m])",
            "(rate({app=\"a\"}[1m]) / rate({app=\"a\"}[1m]))"),
        Arguments.of("rate({app=\"a\"}[1m]) / on () group_right (x) rate({app=\"a\"}[1m])",
            "(rate({app=\"a\"}[1m]) / on () group_right (x) rate({app=\"a\"}[1m]))"),
        Arguments.of("2 ^ 3 ^ 2", "512"),
        Arguments.of("SUM BY (a) (RATE({a=\"b\"}[1m])) AND Rate({a=\"b\"}[1m])",
            "(sum by (a)(rate({a=\"b\"}[1m])) and rate({a=\"b\"}[1m]))"),
        Arguments.of("1000000", "1e+06"),
        Arguments.of("-0.00001", "-1e-05"),
        Arguments.of("vector(0)", "vector(0.000000)"),
        Arguments.of("label_replace(rate({app=\"a\"}[1m]), \"a\", \"$1\", \"b\", \"(.*)\")",
            "label_replace(rate({app=\"a\"}[1m]),\"a\",\"$1\",\"b\",\"(.*)\")"),
        Arguments.of("({app=\"a\"}) # comment", "{app=\"a\"}"),
        Arguments.of("{app=\"\\u00e9\\t\"} | line_format \"\\x01\"", "{app=\"é\\t\"} | line_format \"\\x01\""));
  }

  @ParameterizedTest
  @MethodSource("canonical")
  void print_query_givesLokiCanonicalForm(String query, String printed) {
    assertThat(print(query)).isEqualTo(printed);
    if (!printed.contains("kB")) {
      assertThat(Logql.parse(printed).expr().orElseThrow().equalsIgnoringSpans(Logql.parse(query).expr().orElseThrow()))
          .isTrue();
    }
  }

  static Stream<Arguments> hints() {
    return Stream.of(
        Arguments.of("rate({app=\"x\"})", "1:15", "syntax error: unexpected )", "Add a range such as `[5m]`"),
        Arguments.of("sum_over_time({app=\"x\"}[5m])", "1:1", "invalid aggregation sum_over_time without unwrap",
            "Add `| unwrap <label>`"),
        Arguments.of("{app!=\"x\"}", "1:1", Checks.EMPTY_COMPATIBLE, "`app=~\".+\"`"),
        Arguments.of("{}", "1:1", Checks.EMPTY_COMPATIBLE, "{app=\"api\"}"),
        Arguments.of("rat({app=\"x\"}[5m])", "1:1", "syntax error: unexpected IDENTIFIER", "Use `rate`"),
        Arguments.of("{app=\"x\"} | ", "1:13", "syntax error: unexpected $end", "Add a stage after `|`"),
        Arguments.of("{app=x}", "1:6", "syntax error: unexpected IDENTIFIER, expecting STRING", "`app=\"x\"`"),
        Arguments.of("{app=\"x\"}[5m]", "1:10", "syntax error: unexpected RANGE", "count_over_time({app=\"x\"}[5m])"),
        Arguments.of("{app=\"x\"} | regexp \"(.*)\"", "1:20",
            "invalid regexp parser: at least one named capture must be supplied", "(?P<status>"),
        Arguments.of("{app=\"x\"} | pattern \"foo\"", "1:21",
            "invalid pattern parser: at least one capture is required", "<ip>"),
        Arguments.of("{app=\"x\" |= \"a\"", "1:10", "syntax error: unexpected |=, expecting } or ,", null),
        Arguments.of("{app=\"x\"} |= \"unterminated", "1:14", "literal not terminated", "Close the string"),
        Arguments.of("{app=\"x\"} | level == \"error\"", "1:22", "syntax error: unexpected STRING", "`level=\"error\"`"),
        Arguments.of("{app=\"x\"} | json | unwrap latency", "1:20", "syntax error: unexpected unwrap",
            "range aggregation"),
        Arguments.of("sum_over_time({app=\"x\"} | unwrap latency)", "1:41",
            "syntax error: unexpected ), expecting RANGE or |", "Add a range such as `[5m]`"),
        Arguments.of("topk(rate({app=\"x\"}[5m]))", "1:1", "parameter required for operation topk", "topk(10, ...)"),
        Arguments.of("{app=\"x\"} + 1", "1:1",
            "unexpected type for left leg of binary operation (+): *syntax.MatchersExpr", "count_over_time("));
  }

  @ParameterizedTest
  @MethodSource("hints")
  void parse_commonMistake_givesPositionMessageAndHint(String query, String position, String message, String hint) {
    ParseResult result = Logql.parse(query);
    assertThat(result.valid()).isFalse();
    QueryProblem problem = result.problems().get(0);
    assertThat(problem.position(query)).hasToString(position);
    assertThat(problem.message()).isEqualTo(message);
    if (hint != null) {
      assertThat(problem.hint()).hasValueSatisfying(h -> assertThat(h).contains(hint));
    }
  }

  @Test
  void parse_brokenTemplate_warnsAtTheTemplateErrorInsideTheQuery() {
    String query = "{app=\"x\"} | line_format \"{{.a}} {{humanise .b}}\"";
    ParseResult result = Logql.parse(query);

    assertThat(result.valid()).isTrue();
    QueryProblem problem = result.problems().get(0);
    assertThat(problem.severity()).isEqualTo(Severity.WARNING);
    assertThat(problem.message()).startsWith("invalid line template: template: line:1: function \"humanise\" not defined");
    assertThat(query.substring(problem.span().start(), problem.span().end())).isEqualTo("humanise");
  }

  @Test
  void parse_templateWithEscapes_mapsPositionThroughEscapes() {
    String query = "{app=\"x\"} | label_format a=\"\\t{{ nope }}\"";
    QueryProblem problem = Logql.parse(query).problems().get(0);

    assertThat(query.substring(problem.span().start(), problem.span().end())).isEqualTo("nope");
    assertThat(problem.message()).startsWith("invalid template for label 'a': template: label:1:");
  }

  @ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
      "<ip> - <_>|",
      "a <x><y>|",
      "<x><y>|found consecutive capture: invalid expression",
      "<_> <_>|at least one capture is required",
      "<x> <x>|duplicate capture name (x): invalid expression"})
  void parse_patternParser_followsLokiRules(String pattern, String error) {
    ParseResult result = Logql.parse("{app=\"x\"} | pattern \"" + pattern + "\"");
    if (error == null) {
      assertThat(result.problems()).isEmpty();
    } else {
      assertThat(result.problems()).extracting(QueryProblem::message).containsExactly("invalid pattern parser: " + error);
    }
  }

  @Test
  void parse_regexpParser_checksGroupNamesAsLoki() {
    assertThat(Logql.parse("{app=\"x\"} | regexp \"(?P<a>.)(?P<a>.)\"").problems()).extracting(QueryProblem::message)
        .containsExactly("invalid regexp parser: duplicate extracted label name 'a'");
    assertThat(Logql.parse("{app=\"x\"} | regexp \"(?P<1a>.)\"").valid()).isFalse();
    assertThat(Logql.parse("{app=\"x\"} | regexp `(?P<status>\\d+) (?<path>\\S+)`").problems()).isEmpty();
  }

  @Test
  void parse_labelReplaceOfVector_needsASelectorAsInLoki() {
    assertThat(Logql.parse("label_replace(vector(1), \"a\", \"$1\", \"b\", \"(.*)\")").problems())
        .extracting(QueryProblem::message).containsExactly(Checks.EMPTY_COMPATIBLE);
  }

  @Test
  void parse_invalidSelectorRegex_reportsGoMessage() {
    ParseResult result = Logql.parse("{app=~\"(foo\"}");
    assertThat(result.problems()).extracting(QueryProblem::message)
        .containsExactly("error parsing regexp: missing closing ): `(foo`");
  }

  @Test
  void parse_deepNesting_isAnErrorNotAStackOverflow() {
    String query = "(".repeat(2000) + "1" + ")".repeat(2000);
    ParseResult result = Logql.parse(query);
    assertThat(result.valid()).isFalse();
    assertThat(result.problems().get(0).message()).contains("nested deeper than");
  }

  @Test
  void parse_longInput_isRefusedAsLokiDoes() {
    String query = "{app=\"" + "x".repeat(6000) + "\"}";
    assertThat(Logql.parse(query).problems().get(0).message()).isEqualTo("input size too long (6008 > 5120)");
  }

  @Test
  void parseDashboardQuery_variables_mapProblemsBackToTheUserText() {
    String query = "sum by (pod) (rate({namespace=\"$namespace\"} |= \"$search\" [$__rate_interval])) > ";
    ParseResult result = Logql.parseDashboardQuery(query);

    assertThat(result.valid()).isFalse();
    assertThat(result.problems().get(0).span().start()).isEqualTo(query.length());
    assertThat(Logql.parseDashboardQuery("rate({app=\"$app\"}[$__auto])").valid()).isTrue();
  }

  @Test
  void parseDashboardQuery_withoutVariables_isParse() {
    assertThat(Logql.parseDashboardQuery("{app=\"x\"}")).isEqualTo(Logql.parse("{app=\"x\"}"));
  }

  private static String print(String query) {
    ParseResult result = Logql.parse(query);
    assertThat(result.problems()).as(query).filteredOn(p -> p.severity() == Severity.ERROR).isEmpty();
    return Logql.print(result.expr().orElseThrow());
  }
}
