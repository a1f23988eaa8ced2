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
  private final PromqlSyntaxCheck check = new PromqlSyntaxCheck();

  private List<Finding> check(String expr) {
    String quoted = "'" + expr.replace("'", "''") + "'";
    return run(check, read(ruleFile("- alert: A\n  expr: " + quoted + "\n"), PrometheusRule.class));
  }

  @Test
  void check_unclosedParenthesis_reportsErrorAtTheOpener() {
    assertThat(check("sum(rate(http_requests_total[5m])")).containsExactly(finding("promql/syntax",
        Severity.ERROR, "/spec/groups/0/rules/0/expr", new Span(3, 4),
        "Expression has `(` without a matching `)`, so Prometheus refuses the rule file and none of its rules are"
            + " loaded.",
        "Close it with `)`."));
  }

  @Test
  void check_mismatchedAndStrayBrackets_reportTheCloser() {
    assertThat(check("rate(x[5m)]")).extracting(Finding::message, f -> f.location().span().orElseThrow())
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Expression closes `[` with `)`, so Prometheus refuses"
            + " the rule file and none of its rules are loaded.", new Span(9, 10)));
    assertThat(check("up == 0)")).extracting(Finding::message).containsExactly("Expression has `)` without a"
        + " matching `(`, so Prometheus refuses the rule file and none of its rules are loaded.");
  }

  @Test
  void check_emptyOrCommentOnly_reportsEmptyExpression() {
    assertThat(check("  # nothing here")).containsExactly(finding("promql/syntax", Severity.ERROR,
        "/spec/groups/0/rules/0/expr",
        "Expression is empty, so Prometheus refuses the rule file and none of its rules are loaded.",
        "Write a PromQL expression, such as `up == 0`."));
  }

  @Test
  void check_unterminatedString_reportsFromTheQuote() {
    assertThat(check("up{job=\"api}")).extracting(f -> f.location().span().orElseThrow())
        .containsExactly(new Span(7, 12));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "up{job=~\"a(b|c\"} == 0",
      "up{job='(' } # a comment with ) and \" in it",
      "sum by (job) (rate(x[5m:1m])) > `)(`",
      "label_replace(up, \"a\", \"$1\", \"b\", \"\\\\\\\"(.*)\")",
      "1"})
  void check_bracketsInsideStringsAndComments_reportNothing(String expr) {
    assertThat(check(expr)).isEmpty();
  }

  @Test
  void check_ruleWithoutExpr_isIgnored() {
    assertThat(run(check, read(ruleFile("- alert: A\n"), PrometheusRule.class))).isEmpty();
  }
}
