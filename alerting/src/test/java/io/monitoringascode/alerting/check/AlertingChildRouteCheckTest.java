package io.monitoringascode.alerting.check;

import static io.monitoringascode.alerting.check.CheckRun.finding;
import static io.monitoringascode.alerting.check.CheckRun.onTree;
import static org.assertj.core.api.Assertions.assertThat;

import io.monitoringascode.core.finding.Severity;
import org.junit.jupiter.api.Test;

class AlertingChildRouteCheckTest {
  private final AlertingChildRouteCheck check = new AlertingChildRouteCheck();

  @Test
  void childRoute_withLowerCaseKey_reportsTheRouteField() {
    String yaml = config("""
              - receiver: slack
                groupinterval: 1m
        """);

    assertThat(onTree(check, yaml)).containsExactly(finding("alerting/child-route", Severity.ERROR,
        "/spec/route/routes/0/groupinterval",
        "Key `groupinterval` is not a route field, so the operator cannot decode this child route and rejects the"
            + " AlertmanagerConfig.",
        "Rename it to `groupInterval`."));
  }

  @Test
  void grandchildRoute_withWrongTypes_reportsEachField() {
    String yaml = config("""
              - receiver: slack
                routes:
                  - groupBy: alertname
                    continue: "true"
                    matchers: [{name: severity, value: critical, matchtype: '='}]
        """);

    assertThat(onTree(check, yaml)).containsExactly(
        finding("alerting/child-route", Severity.ERROR, "/spec/route/routes/0/routes/0/groupBy",
            "Field `groupBy` holds a string where a route expects a list of strings, so the operator cannot decode"
                + " this child route and rejects the AlertmanagerConfig.",
            "Write `groupBy` as a list of strings, such as `[alertname]`."),
        finding("alerting/child-route", Severity.ERROR, "/spec/route/routes/0/routes/0/continue",
            "Field `continue` holds a string where a route expects `true` or `false`, so the operator cannot decode"
                + " this child route and rejects the AlertmanagerConfig.",
            "Write `continue: true` or `continue: false`."),
        finding("alerting/child-route", Severity.ERROR, "/spec/route/routes/0/routes/0/matchers/0/matchtype",
            "Key `matchtype` is not a matcher field, so the operator cannot decode this child route and rejects the"
                + " AlertmanagerConfig.",
            "Rename it to `matchType`."));
  }

  @Test
  void childRoute_withUnrelatedKey_listsTheRouteFields() {
    String yaml = config("""
              - receiver: slack
                severity: critical
        """);

    assertThat(onTree(check, yaml)).singleElement().satisfies(f -> assertThat(f.hint()).hasValue(
        "Remove it; route fields are `activeTimeIntervals`, `continue`, `groupBy`, `groupInterval`, `groupWait`,"
            + " `matchers`, `muteTimeIntervals`, `receiver`, `repeatInterval`, `routes`."));
  }

  @Test
  void childRoutes_withEveryField_pass() {
    String yaml = config("""
              - receiver: slack
                continue: true
                groupBy: ['...']
                groupWait: 10s
                groupInterval: 1m
                repeatInterval: 1h
                matchers: [{name: severity, value: critical, matchType: '=', regex: false}]
                muteTimeIntervals: [nights]
                activeTimeIntervals: [days]
                routes:
                  - receiver: null
        """);

    assertThat(onTree(check, yaml)).isEmpty();
  }

  @Test
  void rootRoute_withUnknownKey_isLeftToSchemaValidation() {
    String yaml = """
        apiVersion: monitoring.coreos.com/v1alpha1
        kind: AlertmanagerConfig
        metadata: {name: demo}
        spec:
          route:
            receiver: slack
            groupwait: 30s
        """;

    assertThat(onTree(check, yaml)).isEmpty();
  }

  private static String config(String routes) {
    return """
        apiVersion: monitoring.coreos.com/v1alpha1
        kind: AlertmanagerConfig
        metadata: {name: demo}
        spec:
          route:
            receiver: slack
            routes:
        """ + routes;
  }
}
