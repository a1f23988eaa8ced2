package io.monitoringascode.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.monitoringascode.core.check.Check;
import io.monitoringascode.core.check.CheckContext;
import io.monitoringascode.stack.StackChecks;
import io.monitoringascode.stack.layout.ChartRelease;
import io.monitoringascode.stack.layout.RenderedDocument;
import io.monitoringascode.stack.layout.TreeLayout;
import io.monitoringascode.stack.values.KubePrometheusStackChart;
import io.monitoringascode.stack.wiring.StackView;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Every wiring check of {@link StackChecks#wiringChecks()} over one stack: at full size ({@code scale = 4}) 2,000
 * ServiceMonitors, 2,000 PrometheusRules of 10 alerts each (20,000 alerts), 50 AlertmanagerConfigs and 500 Services in
 * 50 namespaces, beside a kube-prometheus-stack release whose Alertmanager selects the configs by label and injects the
 * namespace matcher. The stack is wired right: no wiring check reports anything (only the production profile's advice
 * on the chart's defaults). Scales 1 and 2 are a quarter and half of it, to see how the time grows. The target is
 * ≤ 1 s warm at full size, growing no worse than n log n.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class WiringBenchmark {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final String RELEASE = "prometheus";
  private static final String NAMESPACE = "monitoring";
  private static final String[] SEVERITIES = {"critical", "warning", "info"};

  /** The size: 500 × scale ServiceMonitors and PrometheusRules, 125 × scale Services, 12 × scale + 2 configs. */
  @Param({"1", "2", "4"})
  public int scale;

  private StackView view;

  /** Builds the stack's trees once. */
  @Setup
  public void setUp() {
    int monitors = 500 * scale;
    int services = 125 * scale;
    int configs = 12 * scale + 2;
    List<RenderedDocument> documents = new ArrayList<>();
    for (int i = 0; i < services; i++) {
      documents.add(document(service(i)));
    }
    for (int i = 0; i < monitors; i++) {
      documents.add(document(serviceMonitor(i, i % services)));
      documents.add(document(prometheusRule(i, i % services)));
    }
    for (int i = 0; i < configs; i++) {
      documents.add(document(alertmanagerConfig(i)));
    }
    view = new StackView(documents, List.of(),
        List.of(new ChartRelease(RELEASE, NAMESPACE, KubePrometheusStackChart.get(), values())));
  }

  /**
   * Runs every wiring check once over the stack.
   *
   * @param sink keeps the findings alive
   */
  @Benchmark
  public void wiringChecks(Blackhole sink) {
    CheckContext context = CheckContext.forRelease(RELEASE);
    for (Check<StackView> check : StackChecks.wiringChecks()) {
      sink.consume(check.run(view, context));
    }
  }

  private static String namespaceOf(int service) {
    return "team-" + service % 50;
  }

  private static ObjectNode object(String apiVersion, String kind, String name, String namespace) {
    ObjectNode tree = JSON.objectNode();
    tree.put("apiVersion", apiVersion);
    tree.put("kind", kind);
    ObjectNode metadata = tree.putObject("metadata");
    metadata.put("name", name);
    metadata.put("namespace", namespace);
    metadata.putObject("labels").put("release", RELEASE);
    return tree;
  }

  private static ObjectNode service(int i) {
    ObjectNode service = object("v1", "Service", "svc-" + i, namespaceOf(i));
    ObjectNode spec = service.putObject("spec");
    spec.putObject("selector").put("app", "app-" + i);
    ArrayNode ports = spec.putArray("ports");
    ports.addObject().put("name", "web").put("port", 80).put("targetPort", 8080);
    ports.addObject().put("name", "metrics").put("port", 9100);
    ((ObjectNode) service.get("metadata").get("labels")).put("app", "app-" + i);
    return service;
  }

  private static ObjectNode serviceMonitor(int i, int service) {
    ObjectNode monitor = object("monitoring.coreos.com/v1", "ServiceMonitor", "monitor-" + i, namespaceOf(service));
    ObjectNode spec = monitor.putObject("spec");
    spec.putObject("selector").putObject("matchLabels").put("app", "app-" + service);
    spec.putArray("endpoints").addObject().put("port", i % 3 == 0 ? "web" : "metrics").put("interval", "30s");
    return monitor;
  }

  private static ObjectNode prometheusRule(int i, int service) {
    ObjectNode rule = object("monitoring.coreos.com/v1", "PrometheusRule", "rules-" + i, namespaceOf(service));
    ArrayNode rules = rule.putObject("spec").putArray("groups").addObject().put("name", "group-" + i).putArray("rules");
    String job = "app-" + service;
    for (int a = 0; a < 10; a++) {
      ObjectNode alert = rules.addObject();
      alert.put("alert", "Alert" + a + "App" + i);
      alert.put("expr", switch (a % 5) {
        case 0 -> "up{job=\"" + job + "\"} == 0";
        case 1 -> "absent(up{job=\"" + job + "\"})";
        case 2 -> "sum by (namespace, pod) (rate(http_requests_total{job=\"" + job + "\",code=~\"5..\"}[5m])) > 1";
        case 3 -> "histogram_quantile(0.99, sum by (le, namespace) (rate(http_request_duration_seconds_bucket{job=\""
            + job + "\"}[5m]))) > 0.5";
        default -> "vector(1)";
      });
      alert.put("for", "5m");
      ObjectNode labels = alert.putObject("labels").put("severity", SEVERITIES[a % SEVERITIES.length])
          .put("team", "team-" + service % 50);
      if (a % 5 == 1 || a % 5 == 4) {
        // absent() and vector() results carry no namespace: the static label lets the namespace matcher route them.
        labels.put("namespace", namespaceOf(service));
      }
      alert.putObject("annotations").put("summary", "{{ $labels.namespace }} is down");
    }
    return rule;
  }

  private static ObjectNode alertmanagerConfig(int i) {
    ObjectNode config = object("monitoring.coreos.com/v1alpha1", "AlertmanagerConfig", "routing-" + i,
        namespaceOf(i));
    ((ObjectNode) config.get("metadata").get("labels")).put("alertmanagerConfig", "enabled");
    ObjectNode spec = config.putObject("spec");
    ObjectNode route = spec.putObject("route");
    route.put("receiver", "team-" + i);
    route.putArray("groupBy").add("alertname");
    ArrayNode routes = route.putArray("routes");
    for (String severity : SEVERITIES) {
      ObjectNode child = routes.addObject();
      child.put("receiver", severity.equals("critical") ? "pager-" + i : "team-" + i);
      child.putArray("matchers").addObject().put("name", "severity").put("value", severity).put("matchType", "=");
    }
    ArrayNode receivers = spec.putArray("receivers");
    receivers.addObject().put("name", "team-" + i).putArray("webhookConfigs").addObject()
        .put("url", "http://hooks.team-" + i + ".svc:8080/alerts");
    receivers.addObject().put("name", "pager-" + i).putArray("webhookConfigs").addObject()
        .put("url", "http://pager.team-" + i + ".svc:8080/alerts");
    return config;
  }

  private static JsonNode values() {
    ObjectNode values = JSON.objectNode();
    ObjectNode alertmanagerSpec = values.putObject("alertmanager").putObject("alertmanagerSpec");
    alertmanagerSpec.putObject("alertmanagerConfigSelector").putObject("matchLabels").put("alertmanagerConfig",
        "enabled");
    alertmanagerSpec.putObject("alertmanagerConfigNamespaceSelector");
    values.putObject("prometheus").putObject("prometheusSpec").put("ruleSelectorNilUsesHelmValues", true);
    return values;
  }

  private static RenderedDocument document(ObjectNode tree) {
    JsonNode metadata = tree.get("metadata");
    return new RenderedDocument(TreeLayout.fileOf(tree.get("kind").asText(), metadata.get("namespace").asText(),
        metadata.get("name").asText()), tree);
  }
}
