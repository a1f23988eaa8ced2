package io.monitoringascode.stack.profile;

import com.fasterxml.jackson.databind.JsonNode;
import io.monitoringascode.core.check.Check;
import io.monitoringascode.core.check.CheckContext;
import io.monitoringascode.core.document.DocumentReader;
import io.monitoringascode.core.finding.Finding;
import io.monitoringascode.core.finding.Location;
import io.monitoringascode.core.finding.RuleId;
import io.monitoringascode.core.finding.Severity;
import io.monitoringascode.loki.values.LokiChart;
import io.monitoringascode.stack.layout.ChartRelease;
import io.monitoringascode.stack.layout.RenderedDocument;
import io.monitoringascode.stack.values.KubePrometheusStackChart;
import io.monitoringascode.stack.wiring.StackView;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Stack views for the production rules' tests: releases from values written as YAML, and objects. */
final class Stacks {
  static final String KPS_FILE = "values/kube-prometheus-stack.yaml";
  static final String LOKI_FILE = "values/loki.yaml";

  private Stacks() {}

  /** A stack with a kube-prometheus-stack release {@code prometheus} with these values. */
  static StackView kubePrometheusStack(String values) {
    return view(values, null, List.of());
  }

  /** A stack with a grafana/loki release {@code loki} with these values. */
  static StackView loki(String values) {
    return view(null, values, List.of());
  }

  /** A stack with either release (null for none) and objects given as YAML. */
  static StackView view(String kubePrometheusStack, String loki, List<String> objects) {
    List<ChartRelease> releases = new ArrayList<>();
    if (kubePrometheusStack != null) {
      releases.add(new ChartRelease("prometheus", "monitoring", KubePrometheusStackChart.get(),
          tree(kubePrometheusStack)));
    }
    if (loki != null) {
      releases.add(new ChartRelease("loki", "monitoring", LokiChart.get(), tree(loki)));
    }
    List<RenderedDocument> documents = new ArrayList<>();
    for (String object : objects) {
      JsonNode tree = tree(object);
      documents.add(new RenderedDocument("monitoring/" + tree.path("kind").asText().toLowerCase(Locale.ROOT)
          + "-" + tree.path("metadata").path("name").asText() + ".yaml", tree));
    }
    return new StackView(documents, List.of(), releases);
  }

  static List<Finding> run(Check<StackView> check, StackView view) {
    return check.run(view, CheckContext.none());
  }

  /** The finding a production rule reports at its default severity. */
  static Finding finding(String ruleId, String file, String pointer, String message, String hint) {
    return new Finding(RuleId.of(ruleId), Severity.INFO, Location.in(file, 0, pointer), message, Optional.of(hint));
  }

  private static JsonNode tree(String yaml) {
    return yaml.isBlank() ? DocumentReader.read("{}").get(0) : DocumentReader.read(yaml).get(0);
  }
}
