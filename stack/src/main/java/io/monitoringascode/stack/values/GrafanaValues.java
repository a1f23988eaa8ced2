package io.monitoringascode.stack.values;

import io.monitoringascode.core.value.InvalidModelException;
import io.monitoringascode.core.value.ModelStyle;
import io.monitoringascode.core.values.TreeWriter;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.immutables.value.Value;

/**
 * The chart's Grafana (the {@code grafana} subchart, with kube-prometheus-stack's defaults). Renders to
 * {@code grafana}; unset keys keep the chart's defaults. The admin password is only ever read from a Secret
 * ({@link #admin()}).
 */
@Value.Immutable
@ModelStyle
public abstract class GrafanaValues {
  /**
   * Starts the Grafana values.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Whether the chart deploys Grafana. Renders to {@code enabled}; the chart's default is {@code true}.
   *
   * @return the switch
   */
  public abstract Optional<Boolean> enabled();

  /**
   * The Secret with the admin credentials. Renders to {@code admin}; unset keeps the chart's plaintext default
   * password {@code prom-operator}.
   *
   * @return the reference
   */
  public abstract Optional<GrafanaAdminSecret> admin();

  /**
   * The Ingress. Renders to {@code ingress}; unset creates none.
   *
   * @return the ingress
   */
  public abstract Optional<GrafanaIngress> ingress();

  /**
   * The database's volume. Renders to {@code persistence}; unset keeps Grafana's data in an {@code emptyDir}.
   *
   * @return the persistence settings
   */
  public abstract Optional<GrafanaPersistence> persistence();

  /**
   * The sidecar that loads dashboards from labelled ConfigMaps. Renders to {@code sidecar.dashboards}.
   *
   * @return the settings
   */
  public abstract Optional<SidecarWatch> dashboardsSidecar();

  /**
   * The sidecar that loads data sources from labelled ConfigMaps and Secrets. Renders to {@code sidecar.datasources}.
   *
   * @return the settings
   */
  public abstract Optional<SidecarWatch> datasourcesSidecar();

  /**
   * Data sources besides the chart's Prometheus (and Alertmanager). Renders to {@code additionalDataSources}.
   *
   * @return the data sources, in order
   */
  public abstract List<GrafanaDataSource> additionalDataSources();

  /**
   * File providers for imported dashboards. Renders to {@code dashboardProviders."dashboardproviders.yaml"}.
   *
   * @return the providers, in order
   */
  public abstract List<DashboardProvider> dashboardProviders();

  /**
   * Dashboards imported from grafana.com. Renders to {@code dashboards.<provider>.<name>}, sorted.
   *
   * @return the imports
   */
  public abstract List<DashboardImport> dashboards();

  /** Rejects two data sources, providers or imports with the same name: one would silently replace the other. */
  @Value.Check
  protected void check() {
    requireUnique("additionalDataSources", additionalDataSources().stream().map(GrafanaDataSource::name).toList());
    requireUnique("dashboardProviders", dashboardProviders().stream().map(DashboardProvider::name).toList());
    requireUnique("dashboards", dashboards().stream().map(i -> i.provider() + "." + i.name()).toList());
  }

  private static void requireUnique(String key, List<String> names) {
    Set<String> seen = new HashSet<>();
    for (String name : names) {
      if (!seen.add(name)) {
        throw new InvalidModelException("`" + key + "`: `" + name + "` appears twice.");
      }
    }
  }

  TreeWriter toTree() {
    TreeWriter providers = new TreeWriter().put("apiVersion", 1)
        .putList("providers", dashboardProviders(), provider -> provider.toTree().node());
    Map<String, TreeWriter> byProvider = new TreeMap<>();
    Map<String, DashboardImport> sorted = new TreeMap<>();
    dashboards().forEach(dashboard -> sorted.put(dashboard.provider() + "\u0000" + dashboard.name(), dashboard));
    sorted.values().forEach(dashboard -> byProvider.computeIfAbsent(dashboard.provider(), key -> new TreeWriter())
        .putObject(dashboard.name(), dashboard.toTree()));
    TreeWriter dashboardsTree = new TreeWriter();
    byProvider.forEach(dashboardsTree::putObject);
    return new TreeWriter()
        .put("enabled", enabled())
        .putObject("admin", admin().map(GrafanaAdminSecret::toTree).orElseGet(TreeWriter::new))
        .putObject("ingress", ingress().map(GrafanaIngress::toTree).orElseGet(TreeWriter::new))
        .putObject("persistence", persistence().map(GrafanaPersistence::toTree).orElseGet(TreeWriter::new))
        .putObject("sidecar", new TreeWriter()
            .putObject("dashboards", dashboardsSidecar().map(SidecarWatch::toTree).orElseGet(TreeWriter::new))
            .putObject("datasources", datasourcesSidecar().map(SidecarWatch::toTree).orElseGet(TreeWriter::new)))
        .putList("additionalDataSources", additionalDataSources(), source -> source.toTree().node())
        .putObject("dashboardProviders", dashboardProviders().isEmpty() ? new TreeWriter()
            : new TreeWriter().putObject("dashboardproviders.yaml", providers))
        .putObject("dashboards", dashboardsTree);
  }

  /** Builds {@link GrafanaValues}. */
  public static final class Builder extends ImmutableGrafanaValues.Builder {}
}
