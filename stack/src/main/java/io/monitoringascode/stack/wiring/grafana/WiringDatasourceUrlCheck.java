package io.monitoringascode.stack.wiring.grafana;

import com.fasterxml.jackson.databind.JsonNode;
import io.monitoringascode.core.check.Check;
import io.monitoringascode.core.check.CheckContext;
import io.monitoringascode.core.check.FindingSink;
import io.monitoringascode.core.check.RuleInfo;
import io.monitoringascode.core.finding.JsonPointers;
import io.monitoringascode.core.finding.Location;
import io.monitoringascode.core.finding.Severity;
import io.monitoringascode.stack.layout.ChartRelease;
import io.monitoringascode.stack.layout.RenderedDocument;
import io.monitoringascode.stack.wiring.ClusterService;
import io.monitoringascode.stack.wiring.ConfigMapFiles;
import io.monitoringascode.stack.wiring.ReleaseServices;
import io.monitoringascode.stack.wiring.ServiceUrl;
import io.monitoringascode.stack.wiring.StackServices;
import io.monitoringascode.stack.wiring.StackView;
import io.monitoringascode.stack.wiring.ValuesReader;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

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
    Optional<StackServices> services = StackServices.of(view);
    if (stack.isEmpty() || services.isEmpty()) {
      return;
    }
    Urls urls = new Urls(services.get(), grafanaNamespace(stack.get()));
    JsonNode values = stack.get().values();
    String file = stack.get().valuesFile();
    JsonNode grafana = values.path("grafana");
    JsonNode sidecar = grafana.path("sidecar").path("datasources");
    urls.check(sink, file, "/grafana/sidecar/datasources/url", "grafana.sidecar.datasources.url",
        sidecar.path("name").asText("Prometheus"), "prometheus", sidecar.path("url"));
    urls.check(sink, file, "/grafana/sidecar/datasources/alertmanager/url",
        "grafana.sidecar.datasources.alertmanager.url", sidecar.path("alertmanager").path("name").asText("Alertmanager"),
        "alertmanager", sidecar.path("alertmanager").path("url"));
    urls.entries(sink, file, "/grafana/additionalDataSources", "grafana.additionalDataSources", "",
        grafana.path("additionalDataSources"));
    for (Iterator<Map.Entry<String, JsonNode>> files = grafana.path("datasources").fields(); files.hasNext(); ) {
      Map.Entry<String, JsonNode> provisioning = files.next();
      String pointer = JsonPointers.of("grafana", "datasources", provisioning.getKey(), "datasources");
      urls.entries(sink, file, pointer, "grafana.datasources.\"" + provisioning.getKey() + "\".datasources", "",
          provisioning.getValue().path("datasources"));
    }
    for (RenderedDocument configMap : view.documentsOfKind("ConfigMap")) {
      for (ConfigMapFiles.Entry entry : ConfigMapFiles.dataSourceFiles(configMap.tree())) {
        // The key reads as "`datasources[0].url` in `data."loki.yaml"`" in the hint.
        urls.entries(sink, configMap.file(), entry.pointer("/datasources"), "datasources",
            "` in `data.\"" + entry.key() + "\"", entry.tree().path("datasources"));
      }
    }
  }

  private static String grafanaNamespace(ChartRelease stack) {
    return ValuesReader.of(stack.values()).under("/grafana").namespace(stack.namespace());
  }

  /** The data-source URLs of the stack, judged against its Services as Grafana resolves them. */
  private record Urls(StackServices services, String grafanaNamespace) {
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
      Optional<StackServices.Resolution> resolution =
          parsed.flatMap(url -> services.resolve(url, grafanaNamespace));
      if (resolution.isEmpty()) {
        return;
      }
      ServiceUrl url = parsed.get();
      Location location = Location.in(file, 0, pointer);
      if (resolution.get() instanceof StackServices.Resolution.WrongPort wrong) {
        ClusterService service = wrong.service();
        sink.at(location).error("Data source `" + name + "` has URL `" + url.text() + "`, but Service `"
                + service.name() + "` in namespace `" + service.namespace() + "` listens on "
                + service.portList() + ", not " + url.portOrDefault() + ", so every query fails to connect.")
            .hint("Set `" + key + "` to `" + service.url(service.ports().get(0)) + "`.");
      } else if (resolution.get() instanceof StackServices.Resolution.NoService missing) {
        String target = "Service `" + url.service() + "` in namespace `" + missing.namespace() + "`";
        Optional<String> suggestion = suggestion(url, type);
        sink.at(location).error("Data source `" + name + "` has URL `" + url.text() + "`, but no release of the stack"
                + " creates " + target + " and the stack declares none, so every query fails to resolve the host.")
            .hint(suggestion.map(s -> "Set `" + key + "` to `" + s + "`, or declare the Service as an external object"
                + " if something else installs it.").orElse("Point `" + key + "` at a Service of the stack, or declare"
                + " the Service as an external object if something else installs it."));
      }
    }

    /** The URL to use instead: a Service of that name elsewhere, the release's entry for the type, or the nearest. */
    private Optional<String> suggestion(ServiceUrl url, String type) {
      Optional<ClusterService> service = services.named(url.service());
      if (service.isEmpty()) {
        service = forType(type);
      }
      if (service.isEmpty()) {
        service = services.closest(url.service());
      }
      return service.filter(s -> !s.ports().isEmpty()).map(s -> s.url(s.ports().contains(url.portOrDefault())
          ? url.portOrDefault() : s.ports().get(0)));
    }

    /** The Service a release of the stack answers queries of a data-source type at. */
    private Optional<ClusterService> forType(String type) {
      for (ReleaseServices release : services.releases()) {
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
  }
}
