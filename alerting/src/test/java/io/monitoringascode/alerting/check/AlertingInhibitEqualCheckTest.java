package io.monitoringascode.alerting.check;

import static io.monitoringascode.alerting.check.CheckRun.finding;
import static io.monitoringascode.alerting.check.CheckRun.onModel;
import static org.assertj.core.api.Assertions.assertThat;

import io.monitoringascode.core.finding.Severity;
import org.junit.jupiter.api.Test;

class AlertingInhibitEqualCheckTest {
  private final AlertingInhibitEqualCheck check = new AlertingInhibitEqualCheck();

  @Test
  void equalLabel_fixedToValuesTheOtherSideRefuses_neverInhibits() {
    String yaml = config("""
        sourceMatch: [{name: severity, value: critical}]
        targetMatch: [{name: severity, value: warning|info, matchType: "=~"}]
        equal: [alertname, severity]
        """);

    assertThat(onModel(check, yaml)).containsExactly(finding("alerting/inhibit-equal", Severity.WARNING,
        "/spec/inhibitRules/0/equal/1",
        "`equal` label `severity` never has the same value in a source and a target alert (`severity=\"critical\"`"
            + " in `sourceMatch`, `severity=~\"warning|info\"` in `targetMatch`), so this rule never inhibits"
            + " anything.",
        "Remove `severity` from `equal`, or fix the matchers on `severity`."));
  }

  @Test
  void equalLabel_thatOneSideNeverCarries_isReported() {
    String yaml = config("""
        sourceMatch: [{name: alertname, value: NodeDown}, {name: instance, value: ""}]
        targetMatch: [{name: severity, value: warning}]
        equal: [instance]
        """);

    assertThat(onModel(check, yaml)).containsExactly(finding("alerting/inhibit-equal", Severity.WARNING,
        "/spec/inhibitRules/0/equal/0",
        "`equal` label `instance` is never carried by the alerts of `sourceMatch` (`instance=\"\"`), so this rule"
            + " only inhibits alerts that lack `instance` too.",
        "Remove `instance` from `equal`, or the matcher `instance=\"\"` from `sourceMatch`."));
  }

  @Test
  void equalLabel_thatBothSidesCanShare_passes() {
    String yaml = config("""
        sourceMatch: [{name: severity, value: critical}, {name: cluster, value: eu}]
        targetMatch: [{name: severity, value: warning}, {name: cluster, value: "eu|us", matchType: "=~"}]
        equal: [alertname, cluster]
        """);

    assertThat(onModel(check, yaml)).isEmpty();
  }

  @Test
  void ruleWithoutEqual_isIgnored() {
    assertThat(onModel(check, config("sourceMatch: [{name: severity, value: critical}]"))).isEmpty();
  }

  private static String config(String rule) {
    return """
        apiVersion: monitoring.coreos.com/v1alpha1
        kind: AlertmanagerConfig
        metadata: {name: demo}
        spec:
          inhibitRules:
            -
        %s
        """.formatted(rule.indent(6).stripTrailing());
  }
}
