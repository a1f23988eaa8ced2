package io.monitoringascode.alerting.check;

import static io.monitoringascode.alerting.check.CheckRun.finding;
import static io.monitoringascode.alerting.check.CheckRun.onModel;
import static org.assertj.core.api.Assertions.assertThat;

import io.monitoringascode.core.finding.Severity;
import org.junit.jupiter.api.Test;

class AlertingShadowedRouteCheckTest {
  private final AlertingShadowedRouteCheck check = new AlertingShadowedRouteCheck();

  @Test
  void laterRoute_fixingAValueTheEarlierRegexAccepts_isShadowed() {
    String yaml = config("""
        - {receiver: team, matchers: [{name: severity, value: critical|warning, matchType: "=~"}]}
        - {receiver: pager, matchers: [{name: severity, value: critical}, {name: team, value: db}]}
        """);

    assertThat(onModel(check, yaml)).containsExactly(finding("alerting/shadowed-route", Severity.WARNING,
        "/spec/route/routes/1",
        "Route is unreachable: the earlier sibling `/spec/route/routes/0` matches every alert this route matches and"
            + " has no `continue: true`, so Alertmanager stops there.",
        "Move this route before `/spec/route/routes/0`, make its matchers narrower, or set `continue: true` on"
            + " `/spec/route/routes/0`."));
  }

  @Test
  void earlierRouteWithoutMatchers_shadowsEveryLaterSibling() {
    String yaml = config("""
        - {receiver: team}
        - {receiver: pager, matchers: [{name: severity, value: critical}]}
        - {receiver: pager}
        """);

    assertThat(onModel(check, yaml)).extracting(f -> f.location().pointer())
        .containsExactly("/spec/route/routes/1", "/spec/route/routes/2");
  }

  @Test
  void earlierRouteWithContinue_orNarrowerMatchers_passes() {
    String yaml = config("""
        - {receiver: team, continue: true}
        - {receiver: pager, matchers: [{name: severity, value: critical}, {name: team, value: db}]}
        - {receiver: pager, matchers: [{name: severity, value: critical}]}
        - {receiver: pager, matchers: [{name: severity, value: crit.*, matchType: "=~"}]}
        """);

    assertThat(onModel(check, yaml)).isEmpty();
  }

  @Test
  void configWithoutChildRoutes_isIgnored() {
    assertThat(onModel(check, config("[]"))).isEmpty();
  }

  private static String config(String routes) {
    return """
        apiVersion: monitoring.coreos.com/v1alpha1
        kind: AlertmanagerConfig
        metadata: {name: demo}
        spec:
          route:
            receiver: team
            routes:
        %s
          receivers: [{name: team}, {name: pager}]
        """.formatted(routes.indent(6).stripTrailing());
  }
}
