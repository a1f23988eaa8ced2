package io.monitoringascode.stack.wiring.scrape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.openshift.api.model.monitoring.v1.ServiceMonitor;
import io.fabric8.openshift.api.model.monitoring.v1.ServiceMonitorBuilder;
import io.monitoringascode.core.check.SeverityOverrides;
import io.monitoringascode.core.finding.Finding;
import io.monitoringascode.loki.values.LokiValues;
import io.monitoringascode.stack.MonitoringStack;
import io.monitoringascode.stack.values.KubePrometheusStackValues;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The target checks as a user meets them: through {@link MonitoringStack#check()}. */
class StackTargetsTest {
  private static ServiceMonitor monitor(String port) {
    return new ServiceMonitorBuilder()
        .withNewMetadata().withName("demo").addToLabels("release", "prometheus").endMetadata()
        .withNewSpec()
        .withNewSelector().addToMatchLabels("app", "demo").endSelector()
        .withNewNamespaceSelector().withMatchNames("apps").endNamespaceSelector()
        .addNewEndpoint().withPort(port).withInterval("30s").endEndpoint()
        .endSpec()
        .build();
  }

  private static Service service() {
    return new ServiceBuilder()
        .withNewMetadata().withName("demo").withNamespace("apps").addToLabels("app", "demo").endMetadata()
        .withNewSpec()
        .addToSelector("app", "demo")
        .addNewPort().withName("web").withPort(80).withTargetPort(new IntOrString(8080)).endPort()
        .endSpec()
        .build();
  }

  private static List<String> ruleIds(MonitoringStack stack) {
    return stack.check().findings().stream().map(finding -> finding.ruleId().value()).toList();
  }

  @Test
  void check_monitorOfAnExternalService_wiredRight_noTargetFinding() {
    MonitoringStack stack = MonitoringStack.builder().release("prometheus").namespace("monitoring")
        .add(monitor("web")).external(service()).build();

    assertThat(ruleIds(stack)).doesNotContain("wiring/no-target", "wiring/target-port");
  }

  @Test
  void check_monitorPortIsTheServicePortsNumber_reportsTargetPort() {
    MonitoringStack stack = MonitoringStack.builder().release("prometheus").namespace("monitoring")
        .add(monitor("80")).external(service()).build();

    assertThat(stack.check().findings()).filteredOn(finding -> finding.ruleId().value().equals("wiring/target-port"))
        .extracting(Finding::message, finding -> finding.location().pointer())
        .containsExactly(tuple("Endpoint port `80` names no port of the selected"
            + " Service `demo` (port `web`), so Prometheus drops every target of this endpoint.",
            "/spec/endpoints/0/port"));
  }

  @Test
  void check_monitorWithoutItsService_reportsNoTarget_unlessOverridden() {
    Service other = new ServiceBuilder(service()).editMetadata().withName("other").withLabels(Map.of(
        "app", "other")).endMetadata().build();
    MonitoringStack.Builder builder = MonitoringStack.builder().release("prometheus").namespace("monitoring")
        .add(monitor("web")).external(other);

    assertThat(ruleIds(builder.build())).contains("wiring/no-target");
    assertThat(ruleIds(builder.severityOverrides(SeverityOverrides.parse("wiring/no-target=off")).build()))
        .doesNotContain("wiring/no-target");
  }

  @Test
  void check_monitorOfTheLokiChartsOwnServices_isSilent_butAMonitorOfNothingIsNot() {
    ServiceMonitor lokiMonitor = new ServiceMonitorBuilder()
        .withNewMetadata().withName("loki").addToLabels("release", "prometheus").endMetadata()
        .withNewSpec()
        .withNewSelector().addToMatchLabels("app.kubernetes.io/instance", "loki").endSelector()
        .addNewEndpoint().withPort("http-metrics").withInterval("30s").endEndpoint()
        .endSpec()
        .build();
    ServiceMonitor typo = new ServiceMonitorBuilder(lokiMonitor).editMetadata().withName("typo").endMetadata()
        .editSpec().editSelector().withMatchLabels(Map.of("app", "demo-app")).endSelector().endSpec().build();
    MonitoringStack stack = MonitoringStack.builder().release("prometheus").namespace("monitoring")
        .add(lokiMonitor, typo, new ServiceBuilder(service()).editMetadata().withNamespace("monitoring").endMetadata()
            .build())
        .kubePrometheusStack(KubePrometheusStackValues.builder().build())
        .loki("loki", LokiValues.builder().build())
        .build();

    // The Loki chart creates Services labelled `app.kubernetes.io/instance: loki`, which the stack does not hold.
    assertThat(stack.check().findings()).filteredOn(finding -> finding.ruleId().value().equals("wiring/no-target"))
        .extracting(finding -> finding.location().file().orElseThrow())
        .containsExactly("monitoring/servicemonitor-typo.yaml");
  }
}
