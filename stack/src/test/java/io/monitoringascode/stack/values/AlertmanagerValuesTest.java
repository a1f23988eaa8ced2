package io.monitoringascode.stack.values;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.LabelSelectorBuilder;
import io.monitoringascode.alerting.assembly.MatcherStrategy;
import io.monitoringascode.alerting.config.InhibitionRule;
import io.monitoringascode.alerting.route.LabelMatcher;
import io.monitoringascode.alerting.route.RouteNode;
import io.monitoringascode.core.render.Canonical;
import io.monitoringascode.core.value.InvalidModelException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class AlertmanagerValuesTest {
  private static String yaml(AlertmanagerValues values) {
    return new String(Canonical.renderYaml(values.toTree().node()), StandardCharsets.UTF_8);
  }

  @Test
  void toTree_baseConfig_rendersAlertmanagerFileFormat() {
    AlertmanagerValues values = AlertmanagerValues.builder()
        .config(AlertmanagerBaseConfig.builder()
            .resolveTimeout("5m")
            .addInhibitRule(InhibitionRule.builder()
                .addSourceMatch(LabelMatcher.equal("severity", "critical"))
                .addTargetMatch(LabelMatcher.regex("severity", "warning|info"))
                .addEqual("namespace").addEqual("alertname")
                .build())
            .route(RouteNode.builder().receiver("slack").addGroupBy("namespace").groupWait("30s")
                .groupInterval("5m").repeatInterval("12h")
                .addRoute(RouteNode.builder().receiver("null")
                    .addMatcher(LabelMatcher.equal("alertname", "Watchdog")).build())
                .build())
            .addReceivers("slack", "null")
            .addTemplate("/etc/alertmanager/config/*.tmpl")
            .build())
        .build();

    assertThat(yaml(values)).isEqualTo("""
        config:
          global:
            resolve_timeout: 5m
          inhibit_rules:
            - source_matchers:
                - severity="critical"
              target_matchers:
                - severity=~"warning|info"
              equal:
                - namespace
                - alertname
          route:
            receiver: slack
            group_by:
              - namespace
            group_wait: 30s
            group_interval: 5m
            repeat_interval: 12h
            routes:
              - receiver: "null"
                matchers:
                  - alertname="Watchdog"
          receivers:
            - name: slack
            - name: "null"
          templates:
            - /etc/alertmanager/config/*.tmpl
        """);
  }

  @Test
  void toTree_spec_rendersSelectorsStrategyAndRetention() {
    AlertmanagerValues values = AlertmanagerValues.builder()
        .enabled(true)
        .alertmanagerSpec(AlertmanagerSpecValues.builder()
            .alertmanagerConfigSelector(new LabelSelectorBuilder().addToMatchLabels("resource", "prometheus").build())
            .alertmanagerConfigNamespaceSelector(new LabelSelectorBuilder()
                .addNewMatchExpression().withKey("alerting").withOperator("Exists").endMatchExpression().build())
            .alertmanagerConfigMatcherStrategy(MatcherStrategy.ON_NAMESPACE_EXCEPT_FOR_ALERTMANAGER_NAMESPACE)
            .replicas(3)
            .retention("240h")
            .build())
        .build();

    assertThat(yaml(values)).isEqualTo("""
        enabled: true
        alertmanagerSpec:
          alertmanagerConfigSelector:
            matchLabels:
              resource: prometheus
          alertmanagerConfigNamespaceSelector:
            matchExpressions:
              - key: alerting
                operator: Exists
          alertmanagerConfigMatcherStrategy:
            type: OnNamespaceExceptForAlertmanagerNamespace
          replicas: 3
          retention: 240h
        """);
  }

  @Test
  void build_retentionInDays_throws() {
    assertThatThrownBy(() -> AlertmanagerSpecValues.builder().retention("5d").build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("`retention`");
  }

  @Test
  void build_duplicateReceiver_throws() {
    assertThatThrownBy(() -> AlertmanagerBaseConfig.builder().addReceivers("null", "null").build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("twice");
  }

  @Test
  void build_malformedResolveTimeout_throws() {
    assertThatThrownBy(() -> AlertmanagerBaseConfig.builder().resolveTimeout("5 minutes").build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("`resolve_timeout`");
  }
}
