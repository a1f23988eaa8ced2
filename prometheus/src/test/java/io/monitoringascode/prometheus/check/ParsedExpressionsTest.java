package io.monitoringascode.prometheus.check;

import static io.monitoringascode.prometheus.check.Fixtures.read;
import static io.monitoringascode.prometheus.check.Fixtures.ruleFile;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.openshift.api.model.monitoring.v1.PrometheusRule;
import io.fabric8.openshift.api.model.monitoring.v1.Rule;
import org.junit.jupiter.api.Test;

class ParsedExpressionsTest {
  @Test
  void of_sameObject_sharesSitesAndParses() {
    PrometheusRule rule = read(ruleFile("- {alert: A, expr: 'up == 0'}"), PrometheusRule.class);
    ParsedExpressions rules = ParsedExpressions.of(rule);

    assertThat(ParsedExpressions.of(rule)).isSameAs(rules);
    assertThat(rules.of(rules.sites().get(0))).isSameAs(rules.of(rules.sites().get(0)));
  }

  @Test
  void of_objectChangedBetweenChecks_seesTheChange() {
    PrometheusRule rule = read(ruleFile("- {alert: A, expr: 'up == 0'}"), PrometheusRule.class);
    ParsedExpressions before = ParsedExpressions.of(rule);

    Rule added = new Rule();
    added.setAlert("B");
    added.setExpr(new IntOrString("absent(up)"));
    rule.getSpec().getGroups().get(0).getRules().add(added);
    ParsedExpressions after = ParsedExpressions.of(rule);

    assertThat(after).isNotSameAs(before);
    assertThat(after.sites()).extracting(site -> site.rule().getAlert()).containsExactly("A", "B");

    rule.getSpec().getGroups().get(0).getRules().get(0).setExpr(new IntOrString("up{"));
    assertThat(ParsedExpressions.of(rule).of(ParsedExpressions.of(rule).sites().get(0)).result().valid()).isFalse();
  }
}
