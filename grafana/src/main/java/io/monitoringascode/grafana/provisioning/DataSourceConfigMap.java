package io.monitoringascode.grafana.provisioning;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.monitoringascode.core.lang.ObjectNames;
import io.monitoringascode.core.render.Canonical;
import io.monitoringascode.core.value.InvalidModelException;
import io.monitoringascode.core.value.ModelStyle;
import io.monitoringascode.grafana.datasource.DataSource;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.immutables.value.Value;

/**
 * Data sources delivered as a ConfigMap that the Grafana chart's data-source sidecar picks up
 * ({@code grafana.sidecar.datasources.label}, {@code grafana_datasource: "1"} by default): a Grafana provisioning file
 * ({@code apiVersion: 1}, {@code datasources:}) under {@code datasources.yaml}. The chart's
 * {@code grafana.additionalDataSources} takes the same entries ({@link #toValuesList(List)}).
 */
@Value.Immutable
@ModelStyle
public abstract class DataSourceConfigMap {
  /** The label key the chart's data-source sidecar looks for by default. */
  public static final String DEFAULT_LABEL = "grafana_datasource";

  /**
   * Starts a data-source ConfigMap.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The entries of the chart's {@code grafana.additionalDataSources}.
   *
   * @param dataSources the data sources
   * @return one map per data source, keys in Grafana's documented order
   */
  public static List<Map<String, Object>> toValuesList(List<DataSource> dataSources) {
    return dataSources.stream().map(DataSource::toProvisioningEntry).toList();
  }

  /**
   * The ConfigMap's name. Renders to {@code metadata.name}.
   *
   * @return a DNS-1123 subdomain
   */
  public abstract String name();

  /**
   * The namespace. Renders to {@code metadata.namespace}.
   *
   * @return the namespace
   */
  public abstract Optional<String> namespace();

  /**
   * The data sources. Renders to {@code data."datasources.yaml"}.
   *
   * @return the data sources, in order
   */
  public abstract List<DataSource> dataSources();

  /**
   * The sidecar's label key; {@value #DEFAULT_LABEL} by default.
   *
   * @return the key
   */
  @Value.Default
  public String labelKey() {
    return DEFAULT_LABEL;
  }

  /**
   * The sidecar's label value; {@code 1} by default.
   *
   * @return the value
   */
  @Value.Default
  public String labelValue() {
    return "1";
  }

  /**
   * The fabric8 ConfigMap, a fresh object on each call.
   *
   * @return the ConfigMap
   */
  public ConfigMap toConfigMap() {
    Map<String, Object> file = new LinkedHashMap<>();
    file.put("apiVersion", 1);
    file.put("datasources", toValuesList(dataSources()));
    String yaml = new String(Canonical.renderYaml(Canonical.toTree(file)), StandardCharsets.UTF_8);
    return new ConfigMapBuilder()
        .withNewMetadata()
        .withName(name())
        .withNamespace(namespace().orElse(null))
        .withLabels(new TreeMap<>(Map.of(labelKey(), labelValue())))
        .endMetadata()
        .withData(new TreeMap<>(Map.of("datasources.yaml", yaml)))
        .build();
  }

  @Value.Check
  void check() {
    if (!ObjectNames.isObjectName(name())) {
      throw new InvalidModelException("DataSourceConfigMap: name `" + name() + "` is not a DNS-1123 subdomain.");
    }
  }

  /** Builds a {@link DataSourceConfigMap}. */
  public static final class Builder extends ImmutableDataSourceConfigMap.Builder {}
}
