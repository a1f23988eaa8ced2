package io.monitoringascode.examples.production;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.monitoringascode.alerting.config.AlertRouting;
import io.monitoringascode.alerting.config.InhibitionRule;
import io.monitoringascode.alerting.route.LabelMatcher;
import io.monitoringascode.examples.tutorial.DemoApp;
import io.monitoringascode.examples.tutorial.DemoAppDashboard;
import io.monitoringascode.examples.tutorial.DemoAppRules;
import io.monitoringascode.examples.tutorial.DemoAppScraping;
import io.monitoringascode.examples.tutorial.FakeLogsDashboard;
import io.monitoringascode.examples.tutorial.SlackAlerting;
import io.monitoringascode.examples.tutorial.TutorialStack;
import io.monitoringascode.grafana.dashboard.Dashboard;
import io.monitoringascode.grafana.provisioning.DashboardConfigMap;
import io.monitoringascode.stack.MonitoringStack;
import io.monitoringascode.stack.StackSource;
import io.monitoringascode.stack.profile.Profile;

/**
 * The tutorial's stack made production-ready, checked under {@link Profile#PRODUCTION}: the same demo app (two
 * replicas), scrape, rules, Slack routing (its webhook URL in a Secret, by reference) and dashboards, with the values
 * of {@link ProductionValues} and an inhibit rule that mutes a warning while a critical alert of the same name fires.
 * The Maven plugin's second {@code generate} execution writes it into {@code examples/k8s-production/}.
 */
public final class ProductionStack implements StackSource {
  /**
   * Assembles the stack.
   *
   * @return the stack, ready to check and write
   */
  @Override
  public MonitoringStack stack() {
    return MonitoringStack.builder()
        .release(TutorialStack.RELEASE)
        .namespace(TutorialStack.NAMESPACE)
        .profile(Profile.PRODUCTION)
        .add(deployment(), DemoApp.service())
        .add(DemoAppScraping.serviceScrape(TutorialStack.RELEASE).toServiceMonitor())
        .add(DemoAppRules.rules(TutorialStack.RELEASE).toPrometheusRule())
        .add(alerting().toAlertmanagerConfig())
        .add(dashboard("demo-app-dashboard", DemoAppDashboard.dashboard()),
            dashboard("fake-logs-dashboard", FakeLogsDashboard.dashboard()))
        .kubePrometheusStack(ProductionValues.kubePrometheusStack())
        .loki("loki", ProductionValues.loki())
        .build();
  }

  /** The demo app with two replicas, so that one restart does not take it down. */
  private static Deployment deployment() {
    return new DeploymentBuilder(DemoApp.deployment()).editSpec().withReplicas(2).endSpec().build();
  }

  /** The tutorial's Slack routing, with an inhibit rule: a critical alert mutes the warnings of the same name. */
  private static AlertRouting alerting() {
    return AlertRouting.builder().from(SlackAlerting.routing())
        .addInhibitRule(InhibitionRule.builder()
            .addSourceMatch(LabelMatcher.equal("severity", "critical"))
            .addTargetMatch(LabelMatcher.equal("severity", "warning"))
            .addEqual("alertname")
            .build())
        .build();
  }

  /** A dashboard as the ConfigMap the chart's Grafana sidecar loads (label {@code grafana_dashboard: "1"}). */
  private static ConfigMap dashboard(String name, Dashboard dashboard) {
    return DashboardConfigMap.builder().name(name).namespace(TutorialStack.NAMESPACE).dashboard(dashboard).build()
        .toConfigMap();
  }
}
