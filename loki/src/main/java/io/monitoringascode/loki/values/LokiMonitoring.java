package io.monitoringascode.loki.values;

import io.monitoringascode.core.value.ModelStyle;
import io.monitoringascode.core.values.TreeWriter;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The chart's self-monitoring objects. Renders to {@code monitoring}; every switch is off in the chart by default.
 */
@Value.Immutable
@ModelStyle
public abstract class LokiMonitoring {
  /**
   * Starts monitoring switches.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Dashboards as ConfigMaps for Grafana's sidecar. Renders to {@code dashboards.enabled}.
   *
   * @return the switch
   */
  public abstract Optional<Boolean> dashboards();

  /**
   * Loki's alerting and recording rules as a PrometheusRule. Renders to {@code rules.enabled}.
   *
   * @return the switch
   */
  public abstract Optional<Boolean> rules();

  /**
   * A ServiceMonitor for Loki's metrics. Renders to {@code serviceMonitor.enabled}.
   *
   * @return the switch
   */
  public abstract Optional<Boolean> serviceMonitor();

  TreeWriter toTree() {
    return new TreeWriter()
        .putObject("dashboards", new TreeWriter().put("enabled", dashboards()))
        .putObject("rules", new TreeWriter().put("enabled", rules()))
        .putObject("serviceMonitor", new TreeWriter().put("enabled", serviceMonitor()));
  }

  /** Builds a {@link LokiMonitoring}. */
  public static final class Builder extends ImmutableLokiMonitoring.Builder {}
}
