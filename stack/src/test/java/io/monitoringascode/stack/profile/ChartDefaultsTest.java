package io.monitoringascode.stack.profile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.monitoringascode.core.SharedData;
import io.monitoringascode.core.document.DocumentReader;
import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The charts' defaults the production rules rely on and the key indexes do not hold (they keep scalars only), read
 * from the pinned charts' own values.yaml: empty volumes, resources and TLS lists, and no Loki retention.
 */
class ChartDefaultsTest {
  private static JsonNode values(String... path) throws IOException {
    return DocumentReader.read(Files.readString(SharedData.require("reference", path))).get(0);
  }

  @ParameterizedTest
  @ValueSource(strings = {"/prometheus/prometheusSpec/storageSpec", "/alertmanager/alertmanagerSpec/storage",
      "/prometheus/prometheusSpec/resources", "/alertmanager/alertmanagerSpec/resources",
      "/prometheusOperator/resources", "/grafana/ingress/tls", "/alertmanager/ingress/tls", "/prometheus/ingress/tls",
      "/alertmanager/alertmanagerSpec/alertmanagerConfigSelector"})
  void kubePrometheusStack_leavesTheKeyEmpty(String pointer) throws IOException {
    JsonNode value = values("kube-prometheus-stack", "77.11.1", "values.yaml").at(pointer);

    assertThat(value.isContainerNode() && value.isEmpty()).as(pointer + " is " + value).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"/resources", "/persistence/enabled"})
  void grafanaSubchart_leavesResourcesEmptyAndPersistenceOff(String pointer) throws IOException {
    JsonNode value = values("kube-prometheus-stack", "77.11.1", "subcharts", "grafana-10.0.0", "values.yaml")
        .at(pointer);

    assertThat(value.isContainerNode() && value.isEmpty() || value.isBoolean() && !value.asBoolean())
        .as(pointer + " is " + value).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"/singleBinary/resources", "/write/resources", "/read/resources", "/backend/resources",
      "/loki/compactor", "/loki/limits_config/retention_period"})
  void loki_leavesTheKeyEmptyOrUnset(String pointer) throws IOException {
    JsonNode value = values("loki", "6.41.1", "values.yaml").at(pointer);

    assertThat(value.isMissingNode() || value.isContainerNode() && value.isEmpty()).as(pointer + " is " + value)
        .isTrue();
  }
}
