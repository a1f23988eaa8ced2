package io.monitoringascode.grafana.provisioning;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.monitoringascode.core.lang.ObjectNames;
import io.monitoringascode.core.value.InvalidModelException;
import io.monitoringascode.core.value.ModelStyle;
import io.monitoringascode.grafana.dashboard.Dashboard;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.immutables.value.Value;

/**
 * A dashboard delivered as a ConfigMap that the Grafana chart's dashboard sidecar picks up: it carries the sidecar's
 * label ({@code grafana.sidecar.dashboards.label}/{@code labelValue} in the chart's values, {@code grafana_dashboard:
 * "1"} by default) and holds the dashboard's JSON under {@link #fileName()}.
 *
 * <pre>{@code
 * DashboardConfigMap.builder().name("demo-app-dashboard").namespace("monitoring").dashboard(dashboard).build()
 *     .toConfigMap();
 * }</pre>
 */
@Value.Immutable
@ModelStyle
public abstract class DashboardConfigMap {
  /** The label key the chart's sidecar looks for by default. */
  public static final String DEFAULT_LABEL = "grafana_dashboard";
  /** The label value the chart's sidecar looks for by default. */
  public static final String DEFAULT_LABEL_VALUE = "1";

  /**
   * Starts a dashboard ConfigMap.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The ConfigMap's name. Renders to {@code metadata.name}.
   *
   * @return a DNS-1123 subdomain
   */
  public abstract String name();

  /**
   * The namespace. Renders to {@code metadata.namespace}; the sidecar watches Grafana's own namespace unless
   * {@code grafana.sidecar.dashboards.searchNamespace} says otherwise.
   *
   * @return the namespace
   */
  public abstract Optional<String> namespace();

  /**
   * The dashboard.
   *
   * @return the dashboard, rendered into {@code data}
   */
  public abstract Dashboard dashboard();

  /**
   * The sidecar's label key. Renders to a key of {@code metadata.labels}; {@value #DEFAULT_LABEL} by default.
   *
   * @return the key
   */
  @Value.Default
  public String labelKey() {
    return DEFAULT_LABEL;
  }

  /**
   * The sidecar's label value. Renders to {@code metadata.labels}; {@value #DEFAULT_LABEL_VALUE} by default.
   *
   * @return the value
   */
  @Value.Default
  public String labelValue() {
    return DEFAULT_LABEL_VALUE;
  }

  /**
   * The Grafana folder, through the sidecar's folder annotation ({@code grafana.sidecar.dashboards.folderAnnotation},
   * which the chart leaves unset by default). Renders to {@code metadata.annotations}.
   *
   * @return annotation key and folder name, such as {@code grafana_folder: Demo}
   */
  public abstract Map<String, String> annotations();

  /**
   * The file name under {@code data}.
   *
   * @return {@code <name>.json} by default
   */
  @Value.Default
  public String fileName() {
    return name() + ".json";
  }

  /**
   * The fabric8 ConfigMap, a fresh object on each call.
   *
   * @return the ConfigMap; labels and annotations sorted by key
   */
  public ConfigMap toConfigMap() {
    return new ConfigMapBuilder()
        .withNewMetadata()
        .withName(name())
        .withNamespace(namespace().orElse(null))
        .withLabels(new TreeMap<>(Map.of(labelKey(), labelValue())))
        .withAnnotations(annotations().isEmpty() ? null : new TreeMap<>(annotations()))
        .endMetadata()
        .withData(new TreeMap<>(Map.of(fileName(), new String(dashboard().render(), StandardCharsets.UTF_8))))
        .build();
  }

  @Value.Check
  void check() {
    if (!ObjectNames.isObjectName(name())) {
      throw new InvalidModelException("DashboardConfigMap: name `" + name() + "` is not a DNS-1123 subdomain.");
    }
    if (!fileName().endsWith(".json")) {
      throw new InvalidModelException("DashboardConfigMap `" + name() + "`: file name `" + fileName()
          + "` must end in `.json`, the sidecar's default file pattern.");
    }
  }

  /** Builds a {@link DashboardConfigMap}. */
  public static final class Builder extends ImmutableDashboardConfigMap.Builder {}
}
