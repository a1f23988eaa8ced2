package io.monitoringascode.examples.tutorial;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.monitoringascode.core.SharedData;
import io.monitoringascode.core.document.DocumentReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class TutorialValuesTest {
  @Test
  void kubePrometheusStack_equalsTheTutorialsValuesFile_andHasNoFinding() throws IOException {
    assertThat(TutorialValues.kubePrometheusStack().toTree())
        .isEqualTo(tutorialFile("kube-prometheus-helm-values.yaml"));
    assertThat(TutorialValues.kubePrometheusStack().check().findings()).isEmpty();
  }

  @Test
  void loki_equalsTheTutorialsValuesFile_andHasNoFinding() throws IOException {
    assertThat(TutorialValues.loki().toTree()).isEqualTo(tutorialFile("loki-helm-values.yaml"));
    assertThat(TutorialValues.loki().check().findings()).isEmpty();
  }

  private static JsonNode tutorialFile(String name) throws IOException {
    Path file = SharedData.require("reference", "tutorial-repo", "k8s", "values", name);
    return DocumentReader.read(Files.readString(file)).get(0);
  }
}
