package io.monitoringascode.stack.wiring;

import com.fasterxml.jackson.databind.JsonNode;
import io.monitoringascode.loki.values.LokiChart;
import io.monitoringascode.stack.layout.ChartRelease;
import io.monitoringascode.stack.values.KubePrometheusStackChart;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The Services a Helm release creates, named as the chart's templates name them, so that a URL can be told to name a
 * Service that exists, or not.
 *
 * <p>kube-prometheus-stack (77.x): its {@code fullname} is {@code fullnameOverride}, or else the release name when it
 * already contains the chart name ({@code nameOverride}, default {@code kube-prometheus-stack}), or else
 * {@code <release>-<name>}; unlike most charts it is cut to 26 characters (not 63), because the chart appends suffixes
 * of up to 37 characters, and a trailing {@code -} is dropped. Release {@code prometheus} gives
 * {@code prometheus-kube-prometheus}, hence the Service {@code prometheus-kube-prometheus-prometheus}. The subcharts
 * (grafana, kube-state-metrics, prometheus-node-exporter) use the common 63-character rule with their own
 * {@code nameOverride}/{@code fullnameOverride}, and the operator adds the governing Services
 * {@code prometheus-operated} and {@code alertmanager-operated} of the StatefulSets it runs.
 *
 * <p>grafana/loki (6.x): the gateway and the caches are named after the {@code fullname} (release name rule, 63
 * characters), but the single binary's headless Service, the read, write and backend targets, memberlist and the canary
 * after the chart's short {@code name} ({@code nameOverride}, default {@code loki}), so a release {@code logs} creates
 * {@code logs-loki-gateway} beside {@code loki-read} (grafana/loki#16719). Which targets run depends on
 * {@code deploymentMode}; the gateway runs when {@code gateway.enabled} (default true).
 *
 * @param release the release name
 * @param services the Services, in the order the chart's components are listed above
 * @param complete {@code false} when the release creates Services this model does not list (Loki's distributed
 *     components, enterprise mode, a namespace override the chart applies unevenly, a chart it does not know); a check
 *     then cannot say that a URL names no Service, and stays silent
 */
public record ReleaseServices(String release, List<ClusterService> services, boolean complete) {
  private static final String KUBE_PROMETHEUS_STACK = "kube-prometheus-stack";

  /** Checks the parts and copies the list. */
  public ReleaseServices {
    Objects.requireNonNull(release, "release");
    services = List.copyOf(services);
  }

  /**
   * The Services of every release of a stack.
   *
   * @param view the stack
   * @return one entry per release, in the view's order
   */
  public static List<ReleaseServices> of(StackView view) {
    return view.releases().stream().map(ReleaseServices::of).toList();
  }

  /**
   * The Services of one release, by its chart.
   *
   * @param release the release with its values
   * @return the Services; for a chart this model does not know, none, and not complete
   */
  public static ReleaseServices of(ChartRelease release) {
    if (release.chart() == KubePrometheusStackChart.get()) {
      return kubePrometheusStack(release.name(), release.namespace(), release.values());
    }
    if (release.chart() == LokiChart.get()) {
      return loki(release.name(), release.namespace(), release.values());
    }
    return new ReleaseServices(release.name(), List.of(), false);
  }

  /**
   * The Services of a kube-prometheus-stack release.
   *
   * @param release the release name, such as {@code prometheus}
   * @param namespace the namespace it is installed into
   * @param values the release's values (only what the user sets; chart defaults apply to the rest)
   * @return the Services
   */
  public static ReleaseServices kubePrometheusStack(String release, String namespace, JsonNode values) {
    String fullname = kubePrometheusStackFullname(release, values);
    ValuesReader reader = ValuesReader.of(values);
    String ns = reader.namespace(namespace);
    List<ClusterService> services = new ArrayList<>();
    JsonNode prometheus = values.path("prometheus");
    if (reader.isTrue("/prometheus/enabled", true)) {
      JsonNode service = prometheus.path("service");
      if (reader.isTrue("/prometheus/service/enabled", true)) {
        services.add(new ClusterService(fullname + "-prometheus", ns,
            ports(service.path("port"), 9090, service.path("reloaderWebPort"), 8080)));
      }
      // The operator's governing Service of the StatefulSets; agent mode runs a PrometheusAgent with its own.
      boolean agent = reader.isTrue("/prometheus/agentMode", false);
      services.add(new ClusterService(agent ? "prometheus-agent-operated" : "prometheus-operated", ns, List.of(9090)));
    }
    JsonNode alertmanager = values.path("alertmanager");
    if (reader.isTrue("/alertmanager/enabled", true)) {
      String amNamespace = reader.namespace("/alertmanager", namespace);
      JsonNode service = alertmanager.path("service");
      if (reader.isTrue("/alertmanager/service/enabled", true)) {
        services.add(new ClusterService(fullname + "-alertmanager", amNamespace,
            ports(service.path("port"), 9093, service.path("reloaderWebPort"), 8080)));
      }
      services.add(new ClusterService("alertmanager-operated", amNamespace, List.of(9093, 9094)));
    }
    if (reader.isTrue("/prometheusOperator/enabled", true)) {
      // The operator's Service serves its admission webhooks over TLS on 443 unless TLS is turned off.
      services.add(new ClusterService(fullname + "-operator", ns,
          List.of(reader.isTrue("/prometheusOperator/tls/enabled", true) ? 443 : 8080)));
    }
    JsonNode grafana = values.path("grafana");
    if (reader.conditionHolds("/grafana/enabled")) {
      services.add(new ClusterService(subchartFullname(release, "grafana", grafana),
          reader.under("/grafana").namespace(namespace),
          List.of(grafana.path("service").path("port").asInt(80))));
    }
    if (reader.conditionHolds("/kubeStateMetrics/enabled")) {
      JsonNode ksm = values.path("kube-state-metrics");
      services.add(new ClusterService(subchartFullname(release, "kube-state-metrics", ksm),
          reader.under("/kube-state-metrics").namespace(namespace),
          List.of(ksm.path("service").path("port").asInt(8080))));
    }
    if (reader.conditionHolds("/nodeExporter/enabled")) {
      JsonNode exporter = values.path("prometheus-node-exporter");
      services.add(new ClusterService(subchartFullname(release, "prometheus-node-exporter", exporter),
          reader.under("/prometheus-node-exporter").namespace(namespace),
          List.of(exporter.path("service").path("port").asInt(9100))));
    }
    if (reader.isTrue("/thanosRuler/enabled", false)) {
      services.add(new ClusterService(fullname + "-thanos-ruler", ns,
          List.of(values.path("thanosRuler").path("service").path("port").asInt(10902))));
    }
    return new ReleaseServices(release, services, true);
  }

  /**
   * kube-prometheus-stack's {@code fullname}, the prefix of its objects' names.
   *
   * @param release the release name
   * @param values the release's values ({@code fullnameOverride}, {@code nameOverride})
   * @return such as {@code prometheus-kube-prometheus} for release {@code prometheus}
   */
  public static String kubePrometheusStackFullname(String release, JsonNode values) {
    return fullname(release, KUBE_PROMETHEUS_STACK, values, 26);
  }

  /**
   * The Services of a grafana/loki release.
   *
   * @param release the release name, such as {@code loki}
   * @param namespace the namespace it is installed into
   * @param values the release's values (chart defaults apply to the rest)
   * @return the Services
   */
  public static ReleaseServices loki(String release, String namespace, JsonNode values) {
    ValuesReader reader = ValuesReader.of(values);
    boolean complete = !reader.isTrue("/enterprise/enabled", false) && reader.text("/namespaceOverride").isEmpty();
    String name = trunc(reader.text("/nameOverride").orElse("loki"), 63);
    String fullname = fullname(release, "loki", values, 63);
    JsonNode server = values.path("loki").path("server");
    List<Integer> lokiPorts = List.of(server.path("http_listen_port").asInt(3100),
        server.path("grpc_listen_port").asInt(9095));
    List<ClusterService> services = new ArrayList<>();
    if (reader.isTrue("/gateway/enabled", true)) {
      services.add(new ClusterService(fullname + "-gateway", namespace,
          List.of(values.path("gateway").path("service").path("port").asInt(80))));
    }
    String mode = reader.text("/deploymentMode").orElse("SimpleScalable");
    if (mode.equals("SingleBinary") || mode.equals("SingleBinary<->SimpleScalable")) {
      services.add(new ClusterService(fullname, namespace, lokiPorts));
      services.add(new ClusterService(name + "-headless", namespace, List.of(3100)));
    }
    if (mode.equals("SimpleScalable") || mode.equals("SingleBinary<->SimpleScalable")
        || mode.equals("SimpleScalable<->Distributed")) {
      for (String target : List.of("read", "write", "backend")) {
        services.add(new ClusterService(name + "-" + target, namespace, lokiPorts));
        services.add(new ClusterService(name + "-" + target + "-headless", namespace, lokiPorts));
      }
    }
    // The distributed components (distributor, querier, query-frontend...) are not modelled.
    complete &= List.of("SingleBinary", "SingleBinary<->SimpleScalable", "SimpleScalable").contains(mode);
    services.add(new ClusterService(name + "-memberlist", namespace, List.of(7946)));
    if (reader.isTrue("/lokiCanary/enabled", true)) {
      services.add(new ClusterService(name + "-canary", namespace, List.of(3500)));
    }
    for (String cache : List.of("chunks-cache", "results-cache")) {
      String key = cache.equals("chunks-cache") ? "/chunksCache" : "/resultsCache";
      if (reader.isTrue(key + "/enabled", true)) {
        services.add(new ClusterService(fullname + "-" + cache + reader.text(key + "/suffix").orElse(""), namespace,
            List.of(reader.at(key + "/port").asInt(11211))));
      }
    }
    return new ReleaseServices(release, services, complete);
  }

  /**
   * A Service of this release by name.
   *
   * @param name such as {@code loki-gateway}
   * @return the Service
   */
  public Optional<ClusterService> named(String name) {
    return services.stream().filter(service -> service.name().equals(name)).findFirst();
  }

  /** The common fullname rule, with the cut at {@code limit} characters. */
  private static String fullname(String release, String chart, JsonNode values, int limit) {
    ValuesReader reader = ValuesReader.of(values);
    Optional<String> override = reader.text("/fullnameOverride");
    if (override.isPresent()) {
      return trunc(override.get(), limit);
    }
    String name = reader.text("/nameOverride").orElse(chart);
    return trunc(release.contains(name) ? release : release + "-" + name, limit);
  }

  private static String subchartFullname(String release, String chart, JsonNode values) {
    return fullname(release, chart, values, 63);
  }

  /** Helm's {@code trunc n | trimSuffix "-"}: trimSuffix drops one trailing dash. */
  private static String trunc(String text, int limit) {
    String cut = text.length() > limit ? text.substring(0, limit) : text;
    return cut.endsWith("-") ? cut.substring(0, cut.length() - 1) : cut;
  }

  private static List<Integer> ports(JsonNode port, int portDefault, JsonNode second, int secondDefault) {
    int secondPort = second.isMissingNode() || second.isNull() ? secondDefault : second.asInt(0);
    return secondPort > 0 ? List.of(port.asInt(portDefault), secondPort) : List.of(port.asInt(portDefault));
  }
}
