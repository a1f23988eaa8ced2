package io.monitoringascode.stack.values;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.monitoringascode.core.finding.Report;
import io.monitoringascode.core.value.ModelStyle;
import io.monitoringascode.core.values.TreeWriter;
import io.monitoringascode.core.values.ValuesOverride;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Typed values for the {@code kube-prometheus-stack} Helm chart, version {@value KubePrometheusStackChart#VERSION} (with its
 * {@code grafana} subchart 10.0.0): every key this type renders is one the chart reads. An unset attribute renders no
 * key, so the chart's default applies. {@link #toTree()} gives the values file as a tree, in the chart's key order.
 *
 * <pre>{@code
 * KubePrometheusStackValues.builder()
 *     .alertmanager(AlertmanagerValues.builder()
 *         .alertmanagerSpec(AlertmanagerSpecValues.builder()
 *             .alertmanagerConfigSelector(
 *                 new LabelSelectorBuilder().addToMatchLabels("resource", "prometheus").build())
 *             .build())
 *         .build())
 *     .grafana(GrafanaValues.builder()
 *         .addAdditionalDataSource(GrafanaDataSource.builder().name("Loki").type("loki")
 *             .url("http://loki-gateway.k8s-monitoring-ns.svc.cluster.local").access(DataSourceAccess.PROXY).build())
 *         .build())
 *     .build();
 * }</pre>
 *
 * <p><b>Escape hatch.</b> {@link Builder#set(String, Object)} sets any other key by JSON pointer, after the typed
 * keys; the chart's key index checks those keys like every other.
 */
@Value.Immutable
@ModelStyle
public abstract class KubePrometheusStackValues {
  /**
   * Starts the values.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Whether the chart installs the Prometheus Operator's CRDs. Renders to {@code crds.enabled}; the chart's default
   * is {@code true}.
   *
   * @return the switch
   */
  public abstract Optional<Boolean> crdsEnabled();

  /**
   * The chart's bundled rules. Renders to {@code defaultRules}.
   *
   * @return the settings
   */
  public abstract Optional<DefaultRules> defaultRules();

  /**
   * Alertmanager. Renders to {@code alertmanager}.
   *
   * @return the settings
   */
  public abstract Optional<AlertmanagerValues> alertmanager();

  /**
   * Grafana. Renders to {@code grafana}.
   *
   * @return the settings
   */
  public abstract Optional<GrafanaValues> grafana();

  /**
   * The kube-state-metrics subchart and its ServiceMonitor. Renders to {@code kubeStateMetrics.enabled}; the chart's
   * default is {@code true}.
   *
   * @return the switch
   */
  public abstract Optional<Boolean> kubeStateMetricsEnabled();

  /**
   * The node-exporter DaemonSet and its ServiceMonitor. Renders to {@code nodeExporter.enabled}; the chart's default
   * is {@code true}.
   *
   * @return the switch
   */
  public abstract Optional<Boolean> nodeExporterEnabled();

  /**
   * Prometheus. Renders to {@code prometheus}.
   *
   * @return the settings
   */
  public abstract Optional<PrometheusValues> prometheus();

  /** Values set through {@link Builder#set(String, Object)}, applied last, in order. */
  abstract List<ValuesOverride> overrides();

  /** Rejects overrides that cannot be applied, such as an index beyond a list. */
  @Value.Check
  protected void validate() {
    toTree();
  }

  /**
   * Checks these values against the chart's key index and rules, as {@code mac check --values} does for a file:
   * findings point into the rendered values file.
   *
   * @return every finding
   */
  public Report check() {
    return KubePrometheusStackChart.get().check(toTree(), "values/kube-prometheus-stack.yaml");
  }

  /**
   * Renders the values file.
   *
   * @return a fresh tree, in the chart's key order
   */
  public ObjectNode toTree() {
    ObjectNode tree = new TreeWriter()
        .putObject("crds", new TreeWriter().put("enabled", crdsEnabled()))
        .putObject("defaultRules", defaultRules().map(DefaultRules::toTree).orElseGet(TreeWriter::new))
        .putObject("alertmanager", alertmanager().map(AlertmanagerValues::toTree).orElseGet(TreeWriter::new))
        .putObject("grafana", grafana().map(GrafanaValues::toTree).orElseGet(TreeWriter::new))
        .putObject("kubeStateMetrics", new TreeWriter().put("enabled", kubeStateMetricsEnabled()))
        .putObject("nodeExporter", new TreeWriter().put("enabled", nodeExporterEnabled()))
        .putObject("prometheus", prometheus().map(PrometheusValues::toTree).orElseGet(TreeWriter::new))
        .node();
    overrides().forEach(override -> override.applyTo(tree));
    return tree;
  }

  /** Builds {@link KubePrometheusStackValues}. */
  public static final class Builder extends ImmutableKubePrometheusStackValues.Builder {
    /**
     * Sets a key the typed API does not offer; applied after the typed keys, so it wins. Objects are merged key by
     * key into what is there, as Helm merges values; other values replace. A {@code null} value renders
     * {@code key: null}, which makes Helm drop the chart's default.
     *
     * @param pointer a JSON pointer (RFC 6901) into the values, such as
     *     {@code /prometheus/prometheusSpec/enableFeatures}; {@code ~1} escapes a {@code /} inside a key, and
     *     {@code -} appends to a list
     * @param value a String, Number, Boolean, or a List or String-keyed Map of those; maps render sorted by key
     * @return this builder
     * @throws io.monitoringascode.core.value.InvalidModelException if the pointer is not below the root or the value
     *     has another type
     */
    public Builder set(String pointer, Object value) {
      return addOverride(ValuesOverride.of(pointer, value));
    }
  }
}
