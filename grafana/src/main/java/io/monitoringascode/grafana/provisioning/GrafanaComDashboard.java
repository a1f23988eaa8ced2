package io.monitoringascode.grafana.provisioning;

import io.monitoringascode.core.value.ModelStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A dashboard the Grafana chart downloads from grafana.com by id and revision, such as the tutorial's 15661: an entry
 * of {@code grafana.dashboards.<provider>}, with the file provider that loads it in
 * {@code grafana.dashboardProviders} ({@link #toValues(String, List)}).
 */
@Value.Immutable
@ModelStyle
public abstract class GrafanaComDashboard {
  /**
   * Starts an import.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The key under the provider, also the file name.
   *
   * @return such as {@code k8s-dashboard}
   */
  public abstract String key();

  /**
   * The grafana.com dashboard id. Renders to {@code gnetId}.
   *
   * @return such as {@code 15661}
   */
  public abstract int gnetId();

  /**
   * The revision. Renders to {@code revision}; pin it, or the chart downloads whatever is latest.
   *
   * @return the revision
   */
  public abstract int revision();

  /**
   * The data source the dashboard's {@code ${DS_...}} input is bound to. Renders to {@code datasource}.
   *
   * @return a data source name, such as {@code Prometheus}
   */
  public abstract Optional<String> datasource();

  /**
   * The chart values that import dashboards through one file provider.
   *
   * @param provider the provider's name, such as {@code default}
   * @param dashboards the dashboards
   * @return a map with {@code dashboardProviders} and {@code dashboards}, to put under the chart's {@code grafana} key
   */
  public static Map<String, Object> toValues(String provider, List<GrafanaComDashboard> dashboards) {
    Map<String, Object> providerEntry = new LinkedHashMap<>();
    providerEntry.put("name", provider);
    providerEntry.put("orgId", 1);
    providerEntry.put("folder", "");
    providerEntry.put("type", "file");
    providerEntry.put("disableDeletion", false);
    providerEntry.put("editable", true);
    providerEntry.put("options", Map.of("path", "/var/lib/grafana/dashboards/" + provider));
    Map<String, Object> entries = new LinkedHashMap<>();
    for (GrafanaComDashboard dashboard : dashboards) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("gnetId", dashboard.gnetId());
      entry.put("revision", dashboard.revision());
      dashboard.datasource().ifPresent(name -> entry.put("datasource", name));
      entries.put(dashboard.key(), entry);
    }
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("dashboardProviders", Map.of("dashboardproviders.yaml",
        Map.of("apiVersion", 1, "providers", List.of(providerEntry))));
    values.put("dashboards", Map.of(provider, entries));
    return values;
  }

  /** Builds a {@link GrafanaComDashboard}. */
  public static final class Builder extends ImmutableGrafanaComDashboard.Builder {}
}
