package io.monitoringascode.examples.tutorial;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.monitoringascode.grafana.dashboard.Dashboard;
import io.monitoringascode.grafana.provisioning.DashboardConfigMap;
import io.monitoringascode.stack.MonitoringStack;
import io.monitoringascode.stack.StackSource;

/**
 * The tutorial's whole stack, as a user writes it: the demo app, its scrape, its rules, the Slack routing and the
 * fake-log generator with its Promtail (declared as the stack's log shipper, so that its configuration is checked and
 * its push URL compared with the Loki release's Services), all in namespace {@code k8s-monitoring-ns}, and the Helm
 * releases they run beside: kube-prometheus-stack {@code prometheus} and grafana/loki {@code loki}, with their values. The Maven plugin's {@code generate} goal finds it through
 * {@code META-INF/services} and writes it into {@code examples/k8s/}.
 */
public final class TutorialStack implements StackSource {
  /** The Helm release name of kube-prometheus-stack, as in {@code helm install prometheus ...}. */
  public static final String RELEASE = "prometheus";
  /** The namespace every object goes to. */
  public static final String NAMESPACE = "k8s-monitoring-ns";

  /**
   * Assembles the stack.
   *
   * @return the stack, ready to check and write
   */
  @Override
  public MonitoringStack stack() {
    return MonitoringStack.builder()
        .release(RELEASE)
        .namespace(NAMESPACE)
        .add(DemoApp.deployment(), DemoApp.service())
        .add(DemoAppScraping.serviceScrape(RELEASE).toServiceMonitor())
        .add(DemoAppRules.rules(RELEASE).toPrometheusRule())
        .add(SlackAlerting.routing().toAlertmanagerConfig())
        .add(dashboard("demo-app-dashboard", DemoAppDashboard.dashboard()),
            dashboard("fake-logs-dashboard", FakeLogsDashboard.dashboard()))
        .addAll(FakeLogs.generator().resources())
        .logShipper(FakeLogs.generator().shipper())
        .add(FakeLogsRules.configMap())
        .kubePrometheusStack(TutorialValues.kubePrometheusStack())
        .loki("loki", TutorialValues.loki())
        .build();
  }

  /** A dashboard as the ConfigMap the chart's Grafana sidecar loads (label {@code grafana_dashboard: "1"}). */
  private static ConfigMap dashboard(String name, Dashboard dashboard) {
    return DashboardConfigMap.builder().name(name).namespace(NAMESPACE).dashboard(dashboard).build().toConfigMap();
  }
}
