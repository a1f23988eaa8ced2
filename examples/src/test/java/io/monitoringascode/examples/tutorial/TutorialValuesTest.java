package io.monitoringascode.examples.tutorial;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.monitoringascode.core.SharedData;
import io.monitoringascode.core.document.DocumentReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class TutorialValuesTest {
  @Test
  void kubePrometheusStack_isTheTutorialsValuesFilePlusTheDashboards_andHasNoFinding() throws IOException {
    ObjectNode ours = TutorialValues.kubePrometheusStack().toTree();
    ObjectNode grafana = (ObjectNode) ours.get("grafana");
    // What the example adds: the uid its dashboards refer to, and the grafana.com import the tutorial does by hand.
    ((ObjectNode) grafana.get("additionalDataSources").get(0)).remove("uid");
    grafana.remove(List.of("dashboardProviders", "dashboards"));

    assertThat(ours).isEqualTo(tutorialFile("kube-prometheus-helm-values.yaml"));
    assertThat(TutorialValues.kubePrometheusStack().check().findings()).isEmpty();
  }

  @Test
  void loki_isTheTutorialsValuesFilePlusTheRuler_andHasNoFinding() throws IOException {
    ObjectNode ours = TutorialValues.loki().toTree();
    // What the example adds: the ruler's rule storage and Alertmanager, and the rules sidecar's tenant folder.
    ((ObjectNode) ours.get("loki")).remove("rulerConfig");
    ours.remove("sidecar");

    assertThat(ours).isEqualTo(tutorialFile("loki-helm-values.yaml"));
    assertThat(TutorialValues.loki().check().findings()).isEmpty();
  }

  private static JsonNode tutorialFile(String name) throws IOException {
    Path file = SharedData.require("reference", "tutorial-repo", "k8s", "values", name);
    return DocumentReader.read(Files.readString(file)).get(0);
  }
}
