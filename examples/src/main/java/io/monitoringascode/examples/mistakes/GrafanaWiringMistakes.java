package io.monitoringascode.examples.mistakes;

import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.monitoringascode.examples.tutorial.DemoAppDashboard;
import io.monitoringascode.examples.tutorial.TutorialStack;
import io.monitoringascode.examples.tutorial.TutorialValues;
import io.monitoringascode.stack.MonitoringStack;
import io.monitoringascode.stack.values.DataSourceAccess;
import io.monitoringascode.stack.values.GrafanaDataSource;
import io.monitoringascode.stack.values.GrafanaValues;
import io.monitoringascode.stack.values.KubePrometheusStackValues;
import java.nio.charset.StandardCharsets;

/**
 * The silent failures of the tutorial's Grafana wiring, each as a stack of its own: everything applies cleanly, and
 * Grafana shows nothing.
 *
 * <ul>
 *   <li>The demo-app dashboard as a ConfigMap made with {@code kubectl create configmap --from-file}, without the
 *       {@code grafana_dashboard: "1"} label: the sidecar never loads it.
 *   <li>The Loki data source with the URL of Loki's own documentation, {@code loki-gateway.loki}, while the tutorial
 *       installs Loki into {@code k8s-monitoring-ns}: the host does not resolve.
 * </ul>
 */
public final class GrafanaWiringMistakes {
  /** The Loki URL of Loki's documentation, which installs Loki into namespace {@code loki}. */
  public static final String LOKI_DOCS_URL = "http://loki-gateway.loki.svc.cluster.local";

  private GrafanaWiringMistakes() {}

  /**
   * The tutorial's stack with the demo-app dashboard in a ConfigMap that lacks the sidecar's label.
   *
   * @return the stack; its {@code check()} reports {@code wiring/dashboard-not-loaded}
   */
  public static MonitoringStack unlabelledDashboard() {
    return tutorial(TutorialValues.kubePrometheusStack())
        .add(new ConfigMapBuilder()
            .withNewMetadata().withName("demo-app-dashboard").endMetadata()
            .addToData("demo-app-dashboard.json",
                new String(DemoAppDashboard.dashboard().render(), StandardCharsets.UTF_8))
            .build())
        .build();
  }

  /**
   * The tutorial's stack with the Loki data source pointing at {@value #LOKI_DOCS_URL}.
   *
   * @return the stack; its {@code check()} reports {@code wiring/datasource-url}
   */
  public static MonitoringStack lokiUrlInAnotherNamespace() {
    return tutorial(KubePrometheusStackValues.builder().from(TutorialValues.kubePrometheusStack())
        .grafana(GrafanaValues.builder()
            .addAdditionalDataSource(GrafanaDataSource.builder()
                .name("Loki").type("loki").uid("loki").url(LOKI_DOCS_URL).access(DataSourceAccess.PROXY).build())
            .build())
        .build())
        .build();
  }

  private static MonitoringStack.Builder tutorial(KubePrometheusStackValues values) {
    return MonitoringStack.builder()
        .release(TutorialStack.RELEASE)
        .namespace(TutorialStack.NAMESPACE)
        .kubePrometheusStack(values)
        .loki("loki", TutorialValues.loki());
  }
}
