package io.monitoringascode.stack.wiring;

import com.fasterxml.jackson.databind.JsonNode;
import io.monitoringascode.grafana.datasource.DataSource;
import io.monitoringascode.grafana.datasource.DataSourceType;
import io.monitoringascode.stack.layout.ChartRelease;
import io.monitoringascode.stack.layout.RenderedDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The data sources kube-prometheus-stack's Grafana provisions, read from the release's values and from the data-source
 * ConfigMaps its sidecar loads, so that dashboards' references can be resolved.
 *
 * <p>The chart (77.x) writes one provisioning file, {@code <fullname>-grafana-datasource}, when Grafana and the
 * data-sources sidecar are enabled (or {@code grafana.forceDeployDatasources}): its own Prometheus (name
 * {@code grafana.sidecar.datasources.name}, default {@code Prometheus}; uid {@code .uid}, default {@code prometheus})
 * unless {@code defaultDatasourceEnabled} is false; one per Prometheus replica with
 * {@code createPrometheusReplicasDatasources} ({@code <name>-<i>}, uid {@code <uid>-replica-<i>}); the Alertmanager
 * (default name {@code Alertmanager}, uid {@code alertmanager}) unless {@code .alertmanager.enabled} is false; then
 * {@code grafana.additionalDataSources} as given. The grafana subchart's own {@code grafana.datasources} files are
 * provisioned too.
 *
 * <p>An entry this library cannot represent (a plugin type other than Prometheus, Loki and Alertmanager, a Helm
 * template, a missing name) makes the list incomplete: references to it cannot be told from references to nothing, so
 * {@link #forDashboards()} is then empty and {@code dashboard/datasource} stays silent. An entry without a uid gets
 * its name as uid when the name is a valid uid, since Grafana resolves a reference by uid or else by name.
 *
 * @param dataSources the data sources, in provisioning order
 * @param complete whether every provisioned entry is in the list
 */
public record ProvisionedDataSources(List<DataSource> dataSources, boolean complete) {
  /** Copies the list. */
  public ProvisionedDataSources {
    dataSources = List.copyOf(dataSources);
  }

  /**
   * What is known without kube-prometheus-stack's values: nothing.
   *
   * @return an empty, incomplete list
   */
  public static ProvisionedDataSources unknown() {
    return new ProvisionedDataSources(List.of(), false);
  }

  /**
   * The data sources of a stack: those of its kube-prometheus-stack release, and those of the data-source ConfigMaps
   * (of the stack and external ones) that the release's sidecar loads.
   *
   * @param view the stack
   * @return the data sources; {@link #unknown()} without a kube-prometheus-stack release
   */
  public static ProvisionedDataSources of(StackView view) {
    Optional<ChartRelease> release = view.kubePrometheusStack();
    if (release.isEmpty()) {
      return unknown();
    }
    JsonNode values = release.get().values();
    ProvisionedDataSources provisioned =
        fromKubePrometheusStack(release.get().name(), release.get().namespace(), values);
    GrafanaSidecar sidecar = GrafanaSidecar.datasources(release.get().namespace(), values);
    for (RenderedDocument configMap : view.clusterObjectsOfKind("ConfigMap")) {
      if (sidecar.loads(configMap)) {
        for (ConfigMapFiles.Entry file : ConfigMapFiles.dataSourceFiles(configMap.tree())) {
          provisioned = provisioned.plus(fromEntries(file.tree().path("datasources")));
        }
      }
    }
    return provisioned;
  }

  /**
   * The data sources a kube-prometheus-stack release's values provision.
   *
   * @param release the release name
   * @param namespace the namespace it is installed into
   * @param values the release's values (chart defaults apply to the rest)
   * @return the data sources
   */
  public static ProvisionedDataSources fromKubePrometheusStack(String release, String namespace, JsonNode values) {
    JsonNode grafana = values.path("grafana");
    ValuesReader reader = ValuesReader.of(values);
    ValuesReader sidecar = reader.under("/grafana/sidecar/datasources");
    boolean file = (reader.isTrue("/grafana/enabled", true) && sidecar.isTrue("/enabled", true))
        || reader.isTrue("/grafana/forceDeployDatasources", false);
    List<DataSource> dataSources = new ArrayList<>();
    boolean complete = true;
    if (file) {
      String fullname = ReleaseServices.kubePrometheusStackFullname(release, values);
      String ns = reader.namespace(namespace);
      String name = sidecar.text("/name").orElse("Prometheus");
      String uid = sidecar.text("/uid").orElse("prometheus");
      if (sidecar.isTrue("/defaultDatasourceEnabled", true)) {
        String url = sidecar.text("/url").orElse("http://" + fullname + "-prometheus." + ns + ":"
            + values.path("prometheus").path("service").path("port").asInt(9090) + "/");
        Optional<DataSource> prometheus = dataSource(name, "prometheus", uid, url,
            sidecar.isTrue("/isDefaultDatasource", true));
        complete &= prometheus.isPresent();
        prometheus.ifPresent(dataSources::add);
      }
      if (sidecar.isTrue("/createPrometheusReplicasDatasources", false)) {
        int replicas = values.path("prometheus").path("prometheusSpec").path("replicas").asInt(1);
        for (int i = 0; i < replicas; i++) {
          Optional<DataSource> replica = dataSource(name + "-" + i, "prometheus", uid + "-replica-" + i,
              "http://prometheus-operated:9090/", false);
          complete &= replica.isPresent();
          replica.ifPresent(dataSources::add);
        }
      }
      ValuesReader alertmanager = sidecar.under("/alertmanager");
      if (alertmanager.isTrue("/enabled", true)) {
        Optional<DataSource> source = dataSource(alertmanager.text("/name").orElse("Alertmanager"),
            "alertmanager", alertmanager.text("/uid").orElse("alertmanager"),
            alertmanager.text("/url").orElse("http://" + fullname + "-alertmanager." + ns + ":"
                + values.path("alertmanager").path("service").path("port").asInt(9093) + "/"), false);
        complete &= source.isPresent();
        source.ifPresent(dataSources::add);
      }
    }
    ProvisionedDataSources provisioned = new ProvisionedDataSources(dataSources, complete);
    if (file) {
      provisioned = provisioned.plus(fromEntries(grafana.path("additionalDataSources")));
    }
    // The grafana subchart provisions the files of its own `datasources` value as well.
    for (JsonNode provisioningFile : grafana.path("datasources")) {
      provisioned = provisioned.plus(fromEntries(provisioningFile.path("datasources")));
    }
    return provisioned;
  }

  /**
   * The data sources of a provisioning list, such as a file's {@code datasources} or the chart's
   * {@code additionalDataSources}.
   *
   * @param entries the list's tree
   * @return the data sources; incomplete if an entry cannot be represented
   */
  public static ProvisionedDataSources fromEntries(JsonNode entries) {
    List<DataSource> dataSources = new ArrayList<>();
    boolean complete = true;
    for (JsonNode entry : entries) {
      ValuesReader reader = ValuesReader.of(entry);
      Optional<String> name = reader.text("/name");
      Optional<DataSource> source = name.flatMap(n -> dataSource(n, entry.path("type").asText(""),
          reader.text("/uid").orElse(n), entry.path("url").asText(""), entry.path("isDefault").asBoolean(false)));
      complete &= source.isPresent();
      source.ifPresent(dataSources::add);
    }
    return new ProvisionedDataSources(dataSources, complete);
  }

  /**
   * Both lists, one after the other.
   *
   * @param more the data sources provisioned besides these
   * @return the joined list; complete when both are
   */
  public ProvisionedDataSources plus(ProvisionedDataSources more) {
    List<DataSource> joined = new ArrayList<>(dataSources);
    joined.addAll(more.dataSources);
    return new ProvisionedDataSources(joined, complete && more.complete);
  }

  /**
   * The list the dashboard checks resolve references against.
   *
   * @return the data sources when the list is complete, else none (so that references are not checked)
   */
  public List<DataSource> forDashboards() {
    return complete ? dataSources : List.of();
  }

  private static Optional<DataSource> dataSource(String name, String type, String uid, String url, boolean isDefault) {
    Optional<DataSourceType> known = List.of(DataSourceType.values()).stream()
        .filter(candidate -> candidate.pluginId().equals(type)).findFirst();
    if (known.isEmpty() || name.isBlank() || !DataSource.isValidUid(uid)) {
      return Optional.empty();
    }
    return Optional.of(DataSource.builder().name(name).type(known.get()).uid(uid).url(url).isDefault(isDefault)
        .build());
  }
}
