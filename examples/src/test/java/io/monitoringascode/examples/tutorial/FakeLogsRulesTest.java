package io.monitoringascode.examples.tutorial;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMap;
import org.junit.jupiter.api.Test;

class FakeLogsRulesTest {
  @Test
  void rules_haveNoFinding() {
    assertThat(FakeLogsRules.rules().check().findings()).isEmpty();
  }

  @Test
  void configMap_carriesTheSidecarLabelAndTheRulesFile() {
    ConfigMap configMap = FakeLogsRules.configMap();

    assertThat(configMap.getMetadata().getLabels()).containsEntry("loki_rule", "true");
    assertThat(configMap.getData()).containsOnlyKeys("fake-logs-rules.yaml");
    assertThat(configMap.getData().get("fake-logs-rules.yaml")).contains("alert: FakeLogsServerErrors");
  }
}
