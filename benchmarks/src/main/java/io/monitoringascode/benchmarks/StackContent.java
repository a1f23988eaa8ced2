package io.monitoringascode.benchmarks;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.openshift.api.model.monitoring.v1.EndpointBuilder;
import io.fabric8.openshift.api.model.monitoring.v1.PrometheusRule;
import io.fabric8.openshift.api.model.monitoring.v1.PrometheusRuleBuilder;
import io.fabric8.openshift.api.model.monitoring.v1.RelabelConfigBuilder;
import io.fabric8.openshift.api.model.monitoring.v1.RuleBuilder;
import io.fabric8.openshift.api.model.monitoring.v1.RuleGroupBuilder;
import io.fabric8.openshift.api.model.monitoring.v1.ServiceMonitor;
import io.fabric8.openshift.api.model.monitoring.v1.ServiceMonitorBuilder;
import io.monitoringascode.prometheus.monitor.Relabeling;
import io.monitoringascode.prometheus.monitor.ScrapeEndpoint;
import io.monitoringascode.prometheus.monitor.ServiceScrape;
import io.monitoringascode.prometheus.rule.AlertRule;
import io.monitoringascode.prometheus.rule.PromRuleGroup;
import io.monitoringascode.prometheus.rule.RecordRule;
import io.monitoringascode.prometheus.rule.RuleFile;
import io.monitoringascode.stack.MonitoringStack;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The content every benchmark measures: {@code count} PrometheusRules of ten rules each (six alerting, four recording,
 * in two groups) and {@code count} ServiceMonitors (one or two endpoints), all labelled {@code release: prometheus}.
 * Built twice, from the same text: once with this library's builders ({@link #ours}) and once with plain fabric8
 * builders ({@link #fabric8}), so that both sides describe equal fabric8 objects ({@code StackContentTest} proves it).
 */
public final class StackContent {
  /** The Helm release the objects are selected by. */
  public static final String RELEASE = "prometheus";

  /** The namespace of every object. */
  public static final String NAMESPACE = "k8s-monitoring-ns";

  private static final String RECORD_REQUESTS = "api:http_requests:rate5m";
  private static final String RECORD_ERRORS_5M = "api:http_errors:ratio_rate5m";
  private static final String RECORD_ERRORS_1H = "api:http_errors:ratio_rate1h";
  private static final String RECORD_P99 = "api:http_request_duration_seconds:p99_5m";

  private StackContent() {}

  /** One alerting rule as plain text, shared by both builders. */
  private record Alert(String name, String expr, String forDuration, String severity, String summary,
      String description) {}

  /** One recording rule as plain text, shared by both builders. */
  private record Record(String name, String expr) {}

  private static String job(int i) {
    return "api-" + i;
  }

  private static List<Alert> alerts(int i) {
    String job = job(i);
    return List.of(
        new Alert("ApiHighErrorRate",
            "sum by (namespace) (rate(http_requests_total{job=\"" + job + "\",code=~\"5..\"}[5m]))"
                + " / sum by (namespace) (rate(http_requests_total{job=\"" + job + "\"}[5m])) > 0.05",
            "5m", "critical", "High 5xx ratio for " + job + " in {{ $labels.namespace }}",
            "{{ $value | humanizePercentage }} of the requests to " + job + " in {{ $labels.namespace }} fail."),
        new Alert("ApiHighLatency",
            "histogram_quantile(0.99, sum by (le, namespace) (rate(http_request_duration_seconds_bucket{job=\""
                + job + "\"}[5m]))) > 1",
            "10m", "warning", "Slow responses from " + job,
            "The 99th percentile latency of " + job + " in {{ $labels.namespace }} is {{ $value | humanizeDuration }}."),
        new Alert("ApiTargetDown", "up{job=\"" + job + "\"} == 0", "2m", "critical",
            "Target {{ $labels.instance }} of " + job + " is down",
            "Prometheus has not scraped {{ $labels.instance }} in {{ $labels.namespace }} for 2 minutes."),
        new Alert("ApiCpuSaturated",
            "max by (namespace, pod) (rate(process_cpu_seconds_total{job=\"" + job + "\"}[5m])) > 0.9",
            "15m", "warning", "Pod {{ $labels.pod }} of " + job + " is CPU-bound",
            "{{ $labels.pod }} uses {{ $value | humanizePercentage }} of a core."),
        new Alert("ApiErrorBudgetBurn",
            RECORD_ERRORS_5M + "{job=\"" + job + "\"} > (14.4 * 0.001) and " + RECORD_ERRORS_1H + "{job=\""
                + job + "\"} > (14.4 * 0.001)",
            "2m", "critical", "Error budget of " + job + " burns fast",
            "{{ $labels.namespace }} burns the 30-day error budget of " + job + " 14 times too fast."),
        new Alert("ApiRestarting",
            "increase(kube_pod_container_status_restarts_total{namespace=\"" + NAMESPACE + "\",pod=~\"" + job
                + "-.*\"}[1h]) > 3",
            "5m", "warning", "Pod {{ $labels.pod }} restarts",
            "{{ $labels.pod }} restarted {{ $value | humanize }} times in the last hour."));
  }

  private static List<Record> records(int i) {
    String job = job(i);
    return List.of(
        new Record(RECORD_REQUESTS, "sum by (namespace, code) (rate(http_requests_total{job=\"" + job + "\"}[5m]))"),
        new Record(RECORD_ERRORS_5M,
            "sum by (namespace) (rate(http_requests_total{job=\"" + job + "\",code=~\"5..\"}[5m]))"
                + " / sum by (namespace) (rate(http_requests_total{job=\"" + job + "\"}[5m]))"),
        new Record(RECORD_ERRORS_1H,
            "sum by (namespace) (rate(http_requests_total{job=\"" + job + "\",code=~\"5..\"}[1h]))"
                + " / sum by (namespace) (rate(http_requests_total{job=\"" + job + "\"}[1h]))"),
        new Record(RECORD_P99,
            "histogram_quantile(0.99, sum by (le, namespace) (rate(http_request_duration_seconds_bucket{job=\""
                + job + "\"}[5m])))"));
  }

  private static Map<String, String> objectLabels(int i) {
    Map<String, String> labels = new TreeMap<>();
    labels.put("app.kubernetes.io/part-of", job(i));
    labels.put("release", RELEASE);
    return labels;
  }

  private static boolean hasAdminEndpoint(int i) {
    return i % 2 == 0;
  }

  // ---------------------------------------------------------------- this library's builders

  /**
   * Builds the content with this library's builders.
   *
   * @param count how many PrometheusRules and how many ServiceMonitors
   * @return the rendered fabric8 objects: rules first, then monitors
   */
  public static List<HasMetadata> ours(int count) {
    List<HasMetadata> objects = new ArrayList<>(2 * count);
    for (int i = 0; i < count; i++) {
      objects.add(ourRuleFile(i).toPrometheusRule());
    }
    for (int i = 0; i < count; i++) {
      objects.add(ourServiceScrape(i).toServiceMonitor());
    }
    return objects;
  }

  /**
   * Builds the content with this library's builders and puts it in a stack; this is what a user's build does.
   *
   * @param count how many PrometheusRules and how many ServiceMonitors
   * @return the stack
   */
  public static MonitoringStack ourStack(int count) {
    return MonitoringStack.builder().release(RELEASE).namespace(NAMESPACE).addAll(ours(count)).build();
  }

  private static RuleFile ourRuleFile(int i) {
    PromRuleGroup.Builder alerting = PromRuleGroup.builder().name(job(i) + ".alerts").interval("1m");
    for (Alert alert : alerts(i)) {
      alerting.addRule(AlertRule.builder()
          .alert(alert.name())
          .expr(alert.expr())
          .forDuration(alert.forDuration())
          .putLabel("severity", alert.severity())
          .putAnnotation("summary", alert.summary())
          .putAnnotation("description", alert.description())
          .build());
    }
    PromRuleGroup.Builder recording = PromRuleGroup.builder().name(job(i) + ".records").interval("1m");
    for (Record record : records(i)) {
      recording.addRule(RecordRule.builder().record(record.name()).expr(record.expr()).build());
    }
    return RuleFile.builder()
        .name(job(i) + "-rules")
        .namespace(NAMESPACE)
        .labels(objectLabels(i))
        .addGroup(alerting.build())
        .addGroup(recording.build())
        .build();
  }

  private static ServiceScrape ourServiceScrape(int i) {
    ServiceScrape.Builder scrape = ServiceScrape.builder()
        .name(job(i))
        .namespace(NAMESPACE)
        .labels(objectLabels(i))
        .putMatchLabel("app.kubernetes.io/name", job(i))
        .addEndpoint(ScrapeEndpoint.builder()
            .interval("30s")
            .path("/metrics")
            .port("http-metrics")
            .addRelabeling(Relabeling.builder()
                .action("replace")
                .addSourceLabel("__meta_kubernetes_pod_node_name")
                .targetLabel("node")
                .build())
            .build());
    if (hasAdminEndpoint(i)) {
      scrape.addEndpoint(ScrapeEndpoint.builder()
          .interval("60s")
          .path("/admin/metrics")
          .port("admin")
          .scrapeTimeout("10s")
          .build());
    }
    return scrape.build();
  }

  // ---------------------------------------------------------------- the baseline: plain fabric8 builders

  /**
   * Builds the same content with plain fabric8 builders, as a user without this library would.
   *
   * @param count how many PrometheusRules and how many ServiceMonitors
   * @return the fabric8 objects: rules first, then monitors
   */
  public static List<HasMetadata> fabric8(int count) {
    List<HasMetadata> objects = new ArrayList<>(2 * count);
    for (int i = 0; i < count; i++) {
      objects.add(fabric8Rule(i));
    }
    for (int i = 0; i < count; i++) {
      objects.add(fabric8Monitor(i));
    }
    return objects;
  }

  private static PrometheusRule fabric8Rule(int i) {
    RuleGroupBuilder alerting = new RuleGroupBuilder().withName(job(i) + ".alerts").withInterval("1m");
    for (Alert alert : alerts(i)) {
      alerting.addNewRule()
          .withAlert(alert.name())
          .withExpr(new IntOrString(alert.expr()))
          .withFor(alert.forDuration())
          .addToLabels("severity", alert.severity())
          .addToAnnotations("summary", alert.summary())
          .addToAnnotations("description", alert.description())
          .endRule();
    }
    RuleGroupBuilder recording = new RuleGroupBuilder().withName(job(i) + ".records").withInterval("1m");
    for (Record record : records(i)) {
      recording.addToRules(new RuleBuilder().withRecord(record.name()).withExpr(new IntOrString(record.expr()))
          .build());
    }
    return new PrometheusRuleBuilder()
        .withNewMetadata()
        .withName(job(i) + "-rules")
        .withNamespace(NAMESPACE)
        .withLabels(objectLabels(i))
        .endMetadata()
        .withNewSpec()
        .addToGroups(alerting.build(), recording.build())
        .endSpec()
        .build();
  }

  private static ServiceMonitor fabric8Monitor(int i) {
    ServiceMonitorBuilder monitor = new ServiceMonitorBuilder()
        .withNewMetadata()
        .withName(job(i))
        .withNamespace(NAMESPACE)
        .withLabels(objectLabels(i))
        .endMetadata()
        .withNewSpec()
        .withNewSelector()
        .addToMatchLabels("app.kubernetes.io/name", job(i))
        .endSelector()
        .addToEndpoints(new EndpointBuilder()
            .withInterval("30s")
            .withPath("/metrics")
            .withPort("http-metrics")
            .addToRelabelings(new RelabelConfigBuilder()
                .withAction("replace")
                .withSourceLabels("__meta_kubernetes_pod_node_name")
                .withTargetLabel("node")
                .build())
            .build())
        .endSpec();
    if (hasAdminEndpoint(i)) {
      monitor.editSpec()
          .addToEndpoints(new EndpointBuilder()
              .withInterval("60s")
              .withPath("/admin/metrics")
              .withPort("admin")
              .withScrapeTimeout("10s")
              .build())
          .endSpec();
    }
    return monitor.build();
  }
}
