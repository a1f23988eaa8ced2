package io.monitoringascode.alerting.assembly;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.openshift.api.model.monitoring.v1alpha1.AlertmanagerConfig;
import io.monitoringascode.alerting.config.AlertRouting;
import io.monitoringascode.core.SharedData;
import io.monitoringascode.core.render.Canonical;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The tutorial's Alertmanager as the operator assembles it: kube-prometheus-stack 77.11.1's default
 * {@code alertmanager.config} plus the tutorial's AlertmanagerConfig, applied in namespace {@code default}, with the
 * operator's default {@code OnNamespace} strategy and Alertmanager in {@code monitoring}.
 */
final class Tutorial {
  static final String NAMESPACE = "default";

  private Tutorial() {}

  static BaseConfig chartBase() {
    return BaseConfig.fromChartValues(yaml(SharedData.require("reference", "kube-prometheus-stack", "77.11.1",
        "values.yaml")));
  }

  static AlertRouting alertmanagerConfig() {
    JsonNode tree = yaml(SharedData.require("reference", "tutorial-repo", "k8s", "alertmanager-config.yaml"));
    AlertRouting routing = AlertRouting.from(Canonical.fromTree(tree, AlertmanagerConfig.class));
    return AlertRouting.builder().from(routing).namespace(NAMESPACE).build();
  }

  static AssembledConfig assembled() {
    return AlertmanagerAssembly.assemble(chartBase(), List.of(alertmanagerConfig()), MatcherStrategy.ON_NAMESPACE,
        "monitoring");
  }

  private static JsonNode yaml(Path file) {
    try {
      return Canonical.yamlReader().readTree(Files.readString(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
