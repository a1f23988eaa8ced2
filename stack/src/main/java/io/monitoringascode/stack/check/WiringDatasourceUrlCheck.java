package io.monitoringascode.stack.check;

import com.fasterxml.jackson.databind.JsonNode;
import io.monitoringascode.core.check.Check;
import io.monitoringascode.core.check.CheckContext;
import io.monitoringascode.core.check.FindingSink;
import io.monitoringascode.core.check.RuleInfo;
import io.monitoringascode.core.finding.JsonPointers;
import io.monitoringascode.core.finding.Location;
import io.monitoringascode.core.finding.Severity;
import io.monitoringascode.core.lang.ClosestNames;
import io.monitoringascode.stack.layout.ChartRelease;
import io.monitoringascode.stack.layout.RenderedDocument;
import io.monitoringascode.stack.wiring.ClusterService;
import io.monitoringascode.stack.wiring.ConfigMapFiles;
import io.monitoringascode.stack.wiring.ReleaseServices;
import io.monitoringascode.stack.wiring.ServiceUrl;
import io.monitoringascode.stack.wiring.StackView;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code wiring/datasource-url}: a Grafana data source whose URL names an in-cluster Service ({@code <svc>},
 * {@code <svc>.<ns>}, {@code <svc>.<ns>.svc}, {@code <svc>.<ns>.svc.cluster.local}) that no release of the stack creates
 * and that the stack does not declare, or a port that Service does not listen on. It reads the kube-prometheus-stack
 * values ({@code grafana.additionalDataSources}, the sidecar's {@code url}s, the subchart's {@code datasources}) and the
 * stack's data-source ConfigMaps. A bare name resolves in Grafana's namespace.
 *
 * <p>It reports only what it can know: it runs with a kube-prometheus-stack release (Grafana's namespace), and is
 * silent when a release creates Services it cannot list (Loki's distributed mode), for hosts outside the cluster, for
 * {@code <svc>.<ns>} when {@code <ns>} is no namespace of the stack (it may be a public domain), and for a missing
 * Service in a namespace no release is installed into, unless a release creates a Service of that name elsewhere (the
 * URL then names the wrong namespace).
 */
public final class WiringDatasourceUrlCheck implements Check<StackView> {
  private static final RuleInfo INFO = RuleInfo.of("wiring/datasource-url", Severity.ERROR,
      "A data source's URL names an in-cluster Service, or a port of one, that the stack does not have.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(StackView view, CheckContext context, FindingSink sink) {
    Optional<ChartRelease> stack = view.kubePrometheusStack();
    List<ReleaseServices> releases = ReleaseServices.of(view);
    if (stack.isEmpty() || releases.stream().anyMatch(release -> !release.complete())) {
      return;
    }
    Cluster cluster = new Cluster(view, releases, grafanaNamespace(stack.get()));
    JsonNode values = stack.get().values();
    String file = stack.get().valuesFile();
    JsonNode grafana = values.path("grafana");
    JsonNode sidecar = grafana.path("sidecar").path("datasources");
    cluster.check(sink, file, "/grafana/sidecar/datasources/url", "grafana.sidecar.datasources.url",
        sidecar.path("name").asText("Prometheus"), "prometheus", sidecar.path("url"));
    cluster.check(sink, file, "/grafana/sidecar/datasources/alertmanager/url",
        "grafana.sidecar.datasources.alertmanager.url", sidecar.path("alertmanager").path("name").asText("Alertmanager"),
        "alertmanager", sidecar.path("alertmanager").path("url"));
    cluster.entries(sink, file, "/grafana/additionalDataSources", "grafana.additionalDataSources", "",
        grafana.path("additionalDataSources"));
    for (Iterator<Map.Entry<String, JsonNode>> files = grafana.path("datasources").fields(); files.hasNext(); ) {
      Map.Entry<String, JsonNode> provisioning = files.next();
      String pointer = JsonPointers.of("grafana", "datasources", provisioning.getKey(), "datasources");
      cluster.entries(sink, file, pointer, "grafana.datasources.\"" + provisioning.getKey() + "\".datasources", "",
          provisioning.getValue().path("datasources"));
    }
    for (RenderedDocument configMap : view.documentsOfKind("ConfigMap")) {
      for (ConfigMapFiles.Entry entry : ConfigMapFiles.dataSourceFiles(configMap.tree())) {
        // The key reads as "`datasources[0].url` in `data."loki.yaml"`" in the hint.
        cluster.entries(sink, configMap.file(), entry.pointer("/datasources"), "datasources",
            "` in `data.\"" + entry.key() + "\"", entry.tree().path("datasources"));
      }
    }
  }

  private static String grafanaNamespace(ChartRelease stack) {
    JsonNode override = stack.values().path("grafana").path("namespaceOverride");
    return override.isTextual() && !override.asText().isEmpty() ? override.asText() : stack.namespace();
  }

  /** The Services the stack has, and where its releases are installed. */
  private static final class Cluster {
    private final List<ReleaseServices> releases;
    private final List<ClusterService> declared = new ArrayList<>();
    private final Set<String> releaseNamespaces = new TreeSet<>();
    private final Set<String> namespaces = new TreeSet<>();
    private final String grafanaNamespace;

    Cluster(StackView view, List<ReleaseServices> releases, String grafanaNamespace) {
      this.releases = releases;
      this.grafanaNamespace = grafanaNamespace;
      view.releases().forEach(release -> releaseNamespaces.add(release.namespace()));
      releases.forEach(release -> release.services().forEach(service -> releaseNamespaces.add(service.namespace())));
      namespaces.addAll(releaseNamespaces);
      for (RenderedDocument service : view.clusterObjectsOfKind("Service")) {
        List<Integer> ports = new ArrayList<>();
        service.tree().path("spec").path("ports").forEach(port -> ports.add(port.path("port").asInt(0)));
        declared.add(new ClusterService(service.name(), service.namespace(), ports));
      }
      view.documents().forEach(document -> namespaces.add(document.namespace()));
      view.external().forEach(document -> namespaces.add(document.namespace()));
    }

    void entries(FindingSink sink, String file, String listPointer, String listKey, String where, JsonNode list) {
      for (int i = 0; i < list.size(); i++) {
        JsonNode entry = list.get(i);
        check(sink, file, listPointer + "/" + i + "/url", listKey + "[" + i + "].url" + where,
            entry.path("name").asText(""),
            entry.path("type").asText(""), entry.path("url"));
      }
    }

    void check(FindingSink sink, String file, String pointer, String key, String name, String type, JsonNode value) {
      if (!value.isTextual()) {
        return;
      }
      Optional<ServiceUrl> parsed = ServiceUrl.parse(value.textValue());
      if (parsed.isEmpty()) {
        return;
      }
      ServiceUrl url = parsed.get();
      String namespace = url.namespaceOr(grafanaNamespace);
      if (url.form() == ServiceUrl.Form.NAMESPACED && !namespaces.contains(namespace)) {
        return;
      }
      List<ClusterService> all = all();
      Optional<ClusterService> named = all.stream().filter(service -> service.names(url, grafanaNamespace))
          .findFirst();
      Location location = Location.in(file, 0, pointer);
      if (named.isPresent()) {
        ClusterService service = named.get();
        if (!service.ports().isEmpty() && !service.ports().contains(url.portOrDefault())) {
          sink.at(location).error("Data source `" + name + "` has URL `" + url.text() + "`, but Service `"
                  + service.name() + "` in namespace `" + service.namespace() + "` listens on "
                  + ports(service) + ", not " + url.portOrDefault() + ", so every query fails to connect.")
              .hint("Set `" + key + "` to `" + service.url(service.ports().get(0)) + "`.");
        }
        return;
      }
      boolean elsewhere = all.stream().anyMatch(service -> service.name().equals(url.service()));
      if (!releaseNamespaces.contains(namespace) && !elsewhere) {
        return;
      }
      String target = "Service `" + url.service() + "` in namespace `" + namespace + "`";
      Optional<String> suggestion = suggestion(url, type, all);
      sink.at(location).error("Data source `" + name + "` has URL `" + url.text() + "`, but no release of the stack"
              + " creates " + target + " and the stack declares none, so every query fails to resolve the host.")
          .hint(suggestion.map(s -> "Set `" + key + "` to `" + s + "`, or declare the Service as an external object"
              + " if something else installs it.").orElse("Point `" + key + "` at a Service of the stack, or declare"
              + " the Service as an external object if something else installs it."));
    }

    private List<ClusterService> all() {
      List<ClusterService> all = new ArrayList<>();
      releases.forEach(release -> all.addAll(release.services()));
      all.addAll(declared);
      return all;
    }

    /** The URL to use instead: a Service of that name elsewhere, the release's entry for the type, or the nearest. */
    private Optional<String> suggestion(ServiceUrl url, String type, List<ClusterService> all) {
      Optional<ClusterService> service = all.stream().filter(s -> s.name().equals(url.service())).findFirst();
      if (service.isEmpty()) {
        service = forType(type);
      }
      if (service.isEmpty()) {
        service = ClosestNames.closest(url.service(), all.stream().map(ClusterService::name).toList())
            .flatMap(closest -> all.stream().filter(s -> s.name().equals(closest)).findFirst());
      }
      return service.filter(s -> !s.ports().isEmpty()).map(s -> s.url(s.ports().contains(url.portOrDefault())
          ? url.portOrDefault() : s.ports().get(0)));
    }

    /** The Service a release of the stack answers queries of a data-source type at. */
    private Optional<ClusterService> forType(String type) {
      for (ReleaseServices release : releases) {
        for (ClusterService service : release.services()) {
          boolean fits = switch (type) {
            case "loki" -> service.name().endsWith("-gateway") || service.name().endsWith("-read")
                || service.ports().contains(3100) && !service.name().endsWith("-headless");
            case "prometheus" -> service.name().endsWith("-prometheus");
            case "alertmanager" -> service.name().endsWith("-alertmanager");
            default -> false;
          };
          if (fits) {
            return Optional.of(service);
          }
        }
      }
      return Optional.empty();
    }

    private static String ports(ClusterService service) {
      return service.ports().size() == 1 ? "port " + service.ports().get(0)
          : "ports " + String.join(", ", service.ports().stream().map(String::valueOf).toList());
    }
  }
}
