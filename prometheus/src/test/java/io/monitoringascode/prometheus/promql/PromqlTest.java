package io.monitoringascode.prometheus.promql;

import static org.assertj.core.api.Assertions.assertThat;

import io.monitoringascode.core.finding.Span;
import io.monitoringascode.core.lang.QueryProblem;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PromqlTest {
  @Test
  void parse_validExpression_givesTreeTypeAndNoProblems() {
    ParseResult result = Promql.parse("sum by (job) (rate(http_requests_total{job=\"api\"}[5m])) > 10");
    assertThat(result.valid()).isTrue();
    assertThat(result.problems()).isEmpty();
    assertThat(result.expr().orElseThrow().type()).isEqualTo(ValueType.VECTOR);
  }

  @Test
  void parse_experimentalFunction_isValidWithAWarning() {
    ParseResult result = Promql.parse("sort_by_label(x, \"job\")");
    assertThat(result.valid()).isTrue();
    assertThat(result.problems()).singleElement().extracting(QueryProblem::message)
        .isEqualTo("function \"sort_by_label\" is experimental and needs"
            + " --enable-feature=promql-experimental-functions");
  }

  @Test
  void parseDashboardQuery_grafanaVariables_parseClean() {
    ParseResult result = Promql.parseDashboardQuery(
        "sum by ($group) (rate(http_requests_total{job=~\"$job\"}[$__rate_interval]))");
    assertThat(result.problems()).isEmpty();
    assertThat(Promql.print(result.expr().orElseThrow()))
        .isEqualTo("sum by (group) (rate(http_requests_total{job=~\"job\"}[1m]))");
  }

  @Test
  void parseDashboardQuery_error_pointsAtTheUsersText() {
    String query = "rate($metric{job=\"$job\"}) + rat(x[$__rate_interval])";
    ParseResult result = Promql.parseDashboardQuery(query);
    assertThat(result.problems()).extracting(QueryProblem::span)
        .containsExactly(new Span(28, 31));
    assertThat(result.problems().get(0).position(query).toString()).isEqualTo("1:29");
    String typeError = "rate($metric{job=\"$job\"})";
    assertThat(Promql.parseDashboardQuery(typeError).problems()).extracting(QueryProblem::span)
        .containsExactly(new Span(5, 24));
  }

  @Test
  void print_tree_isPrometheusCanonicalForm() {
    Expr expr = Promql.parse("SUM  BY(job)(rate(x{b='1',a=\"2\"}[90s]))  >  1e3").expr().orElseThrow();
    assertThat(Promql.print(expr)).isEqualTo("sum by (job) (rate(x{a=\"2\",b=\"1\"}[1m30s])) > 1000");
  }

  @Test
  void forEachNode_visitsParentsBeforeChildren_leftToRight() {
    Expr tree = Promql.parse("sum by (job) (rate(errors_total[5m])) / on (job) -(up offset 1m) > bool 0.5")
        .expr().orElseThrow();
    List<String> visited = new ArrayList<>();

    Promql.forEachNode(tree, node -> visited.add(node.getClass().getSimpleName()));

    assertThat(visited).containsExactly("BinaryExpr", "BinaryExpr", "AggregateExpr", "Call", "MatrixSelector",
        "VectorSelector", "UnaryExpr", "ParenExpr", "VectorSelector", "NumberLiteral");
  }
}
