package io.monitoringascode.stack.wiring;

import com.fasterxml.jackson.databind.JsonNode;
import io.monitoringascode.stack.layout.RenderedDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One of the sidecars of kube-prometheus-stack's Grafana (k8s-sidecar) that load ConfigMaps into Grafana: the
 * dashboards one ({@code grafana.sidecar.dashboards}) or the data-sources one ({@code grafana.sidecar.datasources}),
 * with the chart's defaults where the values say nothing.
 *
 * <p>The sidecar lists the ConfigMaps that carry its {@code label}; with a {@code labelValue}, only those whose label
 * has that value (with an empty value, any value). It searches Grafana's own namespace when {@code searchNamespace} is
 * unset, every namespace for {@code ALL}, or the listed ones (a comma-separated string or a YAML list, which the
 * grafana chart joins). With {@code resource: secret} it reads Secrets only.
 *
 * @param valuesKey the values key of this sidecar, such as {@code grafana.sidecar.dashboards}
 * @param grafanaEnabled whether the chart deploys Grafana at all ({@code grafana.enabled})
 * @param enabled whether the sidecar runs ({@code enabled})
 * @param label the label key
 * @param labelValue the label value; empty accepts any value
 * @param namespaces the namespaces searched; empty for every namespace
 * @param readsConfigMaps whether {@code resource} is {@code configmap} or {@code both}
 */
public record GrafanaSidecar(String valuesKey, boolean grafanaEnabled, boolean enabled, String label,
    String labelValue, Optional<List<String>> namespaces, boolean readsConfigMaps) {
  /** Copies the namespaces. */
  public GrafanaSidecar {
    namespaces = namespaces.map(List::copyOf);
  }

  /**
   * The dashboards sidecar of a kube-prometheus-stack release: by default enabled, label {@code grafana_dashboard:
   * "1"}, every namespace.
   *
   * @param namespace the release's namespace
   * @param values the release's values
   * @return the sidecar
   */
  public static GrafanaSidecar dashboards(String namespace, JsonNode values) {
    return of("dashboards", "grafana_dashboard", Optional.of("ALL"), namespace, values);
  }

  /**
   * The data-sources sidecar of a kube-prometheus-stack release: by default enabled, label {@code grafana_datasource:
   * "1"}, Grafana's own namespace only.
   *
   * @param namespace the release's namespace
   * @param values the release's values
   * @return the sidecar
   */
  public static GrafanaSidecar datasources(String namespace, JsonNode values) {
    return of("datasources", "grafana_datasource", Optional.empty(), namespace, values);
  }

  private static GrafanaSidecar of(String kind, String defaultLabel, Optional<String> defaultSearch, String namespace,
      JsonNode values) {
    ValuesReader grafana = ValuesReader.of(values).under("/grafana");
    ValuesReader sidecar = grafana.under("/sidecar/" + kind);
    String grafanaNamespace = grafana.namespace(namespace);
    JsonNode search = sidecar.at("/searchNamespace");
    Optional<List<String>> namespaces;
    if (search.isArray()) {
      List<String> listed = new ArrayList<>();
      search.forEach(item -> listed.add(item.asText("").trim()));
      namespaces = listed.contains("ALL") ? Optional.empty() : Optional.of(listed);
    } else if (search.isMissingNode()) {
      namespaces = defaultSearch.isPresent() ? Optional.empty() : Optional.of(List.of(grafanaNamespace));
    } else if (search.isNull() || search.asText("").isEmpty()) {
      namespaces = Optional.of(List.of(grafanaNamespace));
    } else if (search.asText().equals("ALL")) {
      namespaces = Optional.empty();
    } else {
      List<String> listed = new ArrayList<>();
      for (String item : search.asText().split(",")) {
        listed.add(item.trim());
      }
      namespaces = Optional.of(listed);
    }
    String resource = sidecar.at("/resource").asText("both").toLowerCase(Locale.ROOT);
    JsonNode labelValue = sidecar.at("/labelValue");
    return new GrafanaSidecar("grafana.sidecar." + kind, grafana.conditionHolds("/enabled"),
        sidecar.isTrue("/enabled", true), sidecar.text("/label").orElse(defaultLabel),
        labelValue.isMissingNode() ? "1" : labelValue.asText(""), namespaces, !resource.equals("secret"));
  }

  /**
   * Whether an object's labels are those the sidecar looks for.
   *
   * @param labels the object's {@code metadata.labels}
   * @return {@code true} when the label is there, with the required value if there is one
   */
  public boolean labelled(Map<String, String> labels) {
    String value = labels.get(label);
    return value != null && (labelValue.isEmpty() || labelValue.equals(value));
  }

  /**
   * Whether the sidecar searches a namespace.
   *
   * @param namespace a namespace
   * @return {@code true} for every namespace with {@code ALL}, else for a listed one
   */
  public boolean watches(String namespace) {
    return namespaces.map(list -> list.contains(namespace)).orElse(true);
  }

  /**
   * Whether the sidecar loads a ConfigMap: Grafana and the sidecar run, it reads ConfigMaps, watches the namespace, and
   * the label matches.
   *
   * @param configMap the ConfigMap
   * @return the verdict
   */
  public boolean loads(RenderedDocument configMap) {
    return grafanaEnabled && enabled && readsConfigMaps && watches(configMap.namespace())
        && labelled(labels(configMap.tree()));
  }

  /**
   * The label as YAML shows it, for messages and hints.
   *
   * @return such as {@code grafana_dashboard: "1"}, or {@code grafana_dashboard} when any value does
   */
  public String labelText() {
    return labelValue.isEmpty() ? label : label + ": \"" + labelValue + "\"";
  }

  /**
   * An object's labels.
   *
   * @param object the object's tree
   * @return {@code metadata.labels}, values as text
   */
  public static Map<String, String> labels(JsonNode object) {
    Map<String, String> labels = new TreeMap<>();
    object.path("metadata").path("labels").fields()
        .forEachRemaining(field -> labels.put(field.getKey(), field.getValue().asText("")));
    return labels;
  }
}
