package io.monitoringascode.prometheus.check;

import static io.monitoringascode.prometheus.check.Fixtures.finding;
import static io.monitoringascode.prometheus.check.Fixtures.read;
import static io.monitoringascode.prometheus.check.Fixtures.ruleFile;
import static io.monitoringascode.prometheus.check.Fixtures.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.openshift.api.model.monitoring.v1.PrometheusRule;
import io.monitoringascode.core.finding.Finding;
import io.monitoringascode.core.finding.Severity;
import io.monitoringascode.core.finding.Span;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PromqlSyntaxCheckTest {
  private static final String POINTER = "/spec/groups/0/rules/0/expr";
  private static final String CONSEQUENCE = ", so Prometheus refuses the rule file and none of its rules are loaded.";
  private final PromqlSyntaxCheck check = new PromqlSyntaxCheck();

  private List<Finding> check(String expr) {
    String quoted = "'" + expr.replace("'", "''") + "'";
    return run(check, read(ruleFile("- alert: A\n  expr: " + quoted + "\n"), PrometheusRule.class));
  }

  @Test
  void check_rangeMissing_reportsArgumentWithHint() {
    assertThat(check("rate(http_requests_total)")).containsExactly(finding("promql/syntax", Severity.ERROR, POINTER,
        new Span(5, 24), "PromQL error at 1:6: expected type range vector in call to function \"rate\", got instant"
            + " vector" + CONSEQUENCE,
        "rate() needs a range vector: add a range such as `[5m]`: `rate(http_requests_total[5m])`."));
  }

  @Test
  void check_aggregationWithoutParentheses_reportsTokenWithHint() {
    assertThat(check("sum by (job) rate(x[5m])")).containsExactly(finding("promql/syntax", Severity.ERROR, POINTER,
        new Span(13, 17), "PromQL error at 1:14: unexpected identifier \"rate\" in aggregation" + CONSEQUENCE,
        "Wrap the aggregated expression in parentheses: `sum by (job) (rate(x[5m]))`."));
  }

  @Test
  void check_misspeltFunction_reportsNameWithDidYouMean() {
    assertThat(check("rat(x[5m])")).containsExactly(finding("promql/syntax", Severity.ERROR, POINTER,
        new Span(0, 3), "PromQL error at 1:1: unknown function with name \"rat\"" + CONSEQUENCE,
        "Did you mean `rate(`?"));
  }

  @Test
  void check_unclosedParenthesis_reportsErrorAtTheEnd() {
    assertThat(check("sum(rate(http_requests_total[5m])")).extracting(Finding::message,
        f -> f.location().span().orElseThrow()).containsExactly(org.assertj.core.groups.Tuple.tuple(
            "PromQL error at 1:34: unclosed left parenthesis" + CONSEQUENCE, new Span(33, 33)));
  }

  @Test
  void check_mismatchedAndStrayBrackets_reportTheCloser() {
    assertThat(check("rate(x[5m)]")).extracting(Finding::message)
        .containsExactly("PromQL error at 1:10: unexpected \")\" in subquery or range, expected \":\" or"
            + " \"]\"" + CONSEQUENCE);
    assertThat(check("up == 0)")).extracting(Finding::message)
        .containsExactly("PromQL error at 1:9: unexpected right parenthesis ')'" + CONSEQUENCE);
  }

  @Test
  void check_emptyOrCommentOnly_reportsEmptyExpression() {
    assertThat(check("  # nothing here")).containsExactly(finding("promql/syntax", Severity.ERROR, POINTER,
        "Expression is empty" + CONSEQUENCE, "Write a PromQL expression, such as `up == 0`."));
  }

  @Test
  void check_unterminatedString_reportsFromTheQuote() {
    assertThat(check("up{job=\"api}")).extracting(f -> f.location().span().orElseThrow().start())
        .containsExactly(7);
  }

  @Test
  void check_invalidRegex_reportsTheMatcher() {
    assertThat(check("up{job=~\"a(b|c\"} == 0")).extracting(Finding::message)
        .containsExactly("PromQL error at 1:4: error parsing regexp: missing closing ) near index 5" + CONSEQUENCE);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "up{job='(' } # a comment with ) and \" in it",
      "sum by (job) (rate(x[5m:1m])) > bool 0 or label_replace(vector(0), \"a\", `)(`, \"b\", \"\")",
      "label_replace(up, \"a\", \"$1\", \"b\", \"\\\\\\\"(.*)\")",
      "mad_over_time(x[5m])",
      "1"})
  void check_validExpressions_reportNothing(String expr) {
    assertThat(check(expr)).isEmpty();
  }

  @Test
  void check_ruleWithoutExpr_isIgnored() {
    assertThat(run(check, read(ruleFile("- alert: A\n"), PrometheusRule.class))).isEmpty();
  }
}
