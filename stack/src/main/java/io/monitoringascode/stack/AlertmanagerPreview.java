package io.monitoringascode.stack;

import io.monitoringascode.stack.layout.ChartRelease;
import io.monitoringascode.stack.wiring.StackView;
import io.monitoringascode.stack.wiring.alert.AlertmanagerSelection;
import java.util.Optional;

/**
 * The {@code alertmanager.yaml} the operator will generate for the stack's kube-prometheus-stack release, for review:
 * the base configuration and every AlertmanagerConfig the chart's Alertmanager selects, merged with its matcher
 * strategy, all as {@link AlertmanagerSelection} reads them from the values. Secrets appear as references. Not written
 * when the Alertmanager is disabled, when any part is not known offline (a base configuration from an existing Secret,
 * the labels of a namespace the stack does not declare), or when an AlertmanagerConfig holds something the routing
 * model does not carry: a partial preview would mislead.
 */
final class AlertmanagerPreview {
  /** The preview's file in the output tree; not listed in the kustomization. */
  static final String FILE = "preview/alertmanager.yaml";

  private AlertmanagerPreview() {}

  /**
   * Renders the preview.
   *
   * @param release the kube-prometheus-stack release
   * @param view the stack, for its AlertmanagerConfigs and Namespaces
   * @return the YAML, or empty when the preview would be partial
   */
  static Optional<byte[]> render(ChartRelease release, StackView view) {
    return AlertmanagerSelection.of(release).flatMap(selection -> selection.assemble(view))
        .map(config -> config.toYaml());
  }
}
