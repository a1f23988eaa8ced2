package io.monitoringascode.stack.values;

import io.monitoringascode.core.value.ModelStyle;
import io.monitoringascode.core.values.TreeWriter;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What one of Grafana's sidecars loads: ConfigMaps and Secrets with a label, from some namespaces. Renders to
 * {@code grafana.sidecar.dashboards} or {@code grafana.sidecar.datasources}; unset keys keep the chart's defaults
 * (kube-prometheus-stack turns both sidecars on, with labels {@code grafana_dashboard} and {@code grafana_datasource},
 * value {@code "1"}).
 */
@Value.Immutable
@ModelStyle
public abstract class SidecarWatch {
  /**
   * Starts sidecar settings.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Whether the sidecar runs. Renders to {@code enabled}.
   *
   * @return the switch
   */
  public abstract Optional<Boolean> enabled();

  /**
   * The label a ConfigMap must carry to be loaded. Renders to {@code label}.
   *
   * @return the label key
   */
  public abstract Optional<String> label();

  /**
   * The value the label must have; empty accepts any value. Renders to {@code labelValue}.
   *
   * @return the value
   */
  public abstract Optional<String> labelValue();

  /**
   * The namespaces searched: {@code ALL}, or a comma-separated list. Renders to {@code searchNamespace}; unset searches
   * Grafana's own namespace only (kube-prometheus-stack sets {@code ALL} for dashboards).
   *
   * @return the namespaces
   */
  public abstract Optional<String> searchNamespace();

  TreeWriter toTree() {
    return new TreeWriter()
        .put("enabled", enabled())
        .put("label", label())
        .put("labelValue", labelValue())
        .put("searchNamespace", searchNamespace());
  }

  /** Builds a {@link SidecarWatch}. */
  public static final class Builder extends ImmutableSidecarWatch.Builder {}
}
