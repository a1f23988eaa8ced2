package io.monitoringascode.examples.mistakes;

import static org.assertj.core.api.Assertions.assertThat;

import io.monitoringascode.core.finding.Finding;
import io.monitoringascode.core.finding.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class LogShippingMistakesTest {
  /** The findings as lines, without the advice of the default profile (INFO). */
  private static List<String> lines(List<Finding> findings) {
    return findings.stream().filter(f -> f.severity() != Severity.INFO)
        .map(f -> f.severity() + " [" + f.ruleId() + "] " + f.location().file().orElse("") + "#"
            + f.location().pointer() + ": " + f.message() + f.hint().map(h -> " | " + h).orElse("")).toList();
  }

  @Test
  void check_pushUrlOfAnotherNamespace_reportsTheGatewayOfTheLokiRelease() {
    assertThat(lines(LogShippingMistakes.pushUrlInAnotherNamespace().check().findings())).containsExactly(
        "ERROR [wiring/push-url] k8s-monitoring-ns/configmap-promtail-config.yaml#/data/config.yaml/clients/0/url:"
            + " The client URL `http://loki-gateway.loki.svc.cluster.local/loki/api/v1/push` names Service"
            + " `loki-gateway` in namespace `loki`, which no release of the stack creates and the stack declares"
            + " none, so the host does not resolve and no line reaches Loki. | Set `clients[0].url` in"
            + " `data.\"config.yaml\"` to `http://loki-gateway.k8s-monitoring-ns.svc.cluster.local/loki/api/v1/push`,"
            + " or declare the Service as an external object if something else installs it.");
  }
}
