package io.monitoringascode.prometheus.check;

import static io.monitoringascode.prometheus.check.Fixtures.finding;
import static io.monitoringascode.prometheus.check.Fixtures.read;
import static io.monitoringascode.prometheus.check.Fixtures.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.openshift.api.model.monitoring.v1.PrometheusRule;
import io.monitoringascode.core.finding.Severity;
import org.junit.jupiter.api.Test;

class RuleDuplicateGroupCheckTest {
  private final RuleDuplicateGroupCheck check = new RuleDuplicateGroupCheck();

  private static PrometheusRule groups(String... names) {
    StringBuilder yaml = new StringBuilder("""
        apiVersion: monitoring.coreos.com/v1
        kind: PrometheusRule
        metadata: {name: demo}
        spec:
          groups:
        """);
    for (String name : names) {
      yaml.append("    - name: ").append(name).append("\n      rules: [{alert: A, expr: up == 0}]\n");
    }
    return read(yaml.toString(), PrometheusRule.class);
  }

  @Test
  void check_repeatedGroupName_reportsErrorAtTheRepeat() {
    assertThat(run(check, groups("a", "b", "a"))).containsExactly(finding("rule/duplicate-group", Severity.ERROR,
        "/spec/groups/2/name",
        "Group name `a` is already used by group 0, so this PrometheusRule is rejected and none of its rules are"
            + " loaded.",
        "Rename one of the two groups, or merge their rules into one group."));
  }

  @Test
  void check_namesDifferingOnlyInCase_reportNothing() {
    assertThat(run(check, groups("alerts", "Alerts", "alerts.v2"))).isEmpty();
  }

  @Test
  void check_ruleWithoutGroups_isIgnored() {
    assertThat(run(check, groups())).isEmpty();
  }
}
