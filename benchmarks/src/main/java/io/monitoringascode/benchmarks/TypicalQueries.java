package io.monitoringascode.benchmarks;

import java.util.ArrayList;
import java.util.List;

/**
 * Typical queries, as alerting rules and dashboards write them, varied by an index so that no two are equal: ten
 * PromQL shapes of 21 to 92 characters (66 on average) and ten LogQL shapes of 43 to 89 (66 on average).
 */
public final class TypicalQueries {
  private static final String[] PROMQL = {
      "sum by (job) (rate(http_requests_total{job=\"api-%d\",code=~\"5..\"}[5m])) > 5",
      "histogram_quantile(0.99, sum by (le) (rate(http_duration_seconds_bucket{job=\"api-%d\"}[5m])))",
      "up{job=\"api-%d\"} == 0",
      "absent(up{job=\"api-%d\"} == 1)",
      "predict_linear(node_filesystem_avail_bytes{instance=\"node-%d\"}[6h], 4 * 3600) < 0",
      "rate(process_cpu_seconds_total{job=\"api-%d\"}[5m]) > 0.9",
      "increase(kube_pod_container_status_restarts_total{namespace=\"ns-%d\"}[1h]) > 3",
      "1 - node_memory_MemAvailable_bytes{instance=\"node-%d\"} / node_memory_MemTotal_bytes > 0.9",
      "sum(kube_deployment_status_replicas_unavailable{namespace=\"ns-%d\"}) by (deployment) > 0",
      "avg_over_time(node_load1{instance=\"node-%d\"}[10m]) > 4",
  };
  private static final String[] LOGQL = {
      "{app=\"api-%d\", namespace=\"prod\"} |= \"error\"",
      "sum by (level) (count_over_time({app=\"api-%d\"} | json | level=\"error\" [5m]))",
      "rate({app=\"api-%d\"} |~ \"timeout|refused\" [1m]) > 0.5",
      "{app=\"api-%d\"} | logfmt | status >= 500 | line_format \"{{.method}} {{.path}}\"",
      "sum(rate({namespace=\"ns-%d\"} |= \"panic\" [5m])) by (pod)",
      "quantile_over_time(0.99, {app=\"api-%d\"} | json | unwrap duration(latency) [5m]) by (path)",
      "topk(5, sum by (path) (count_over_time({app=\"api-%d\"} | pattern \"<ip> - <path>\" [1h])))",
      "{app=\"api-%d\"} != \"healthz\" | json | http_status =~ \"5..\"",
      "bytes_rate({app=\"api-%d\", stream=\"stderr\"}[5m]) > 1024",
      "sum by (http_method) (count_over_time({app=\"fake-logs-%d\"} | json [5m]))",
  };

  private TypicalQueries() {}

  /**
   * Typical PromQL expressions.
   *
   * @param count how many
   * @return the expressions, cycling through the shapes
   */
  public static List<String> promql(int count) {
    return generate(PROMQL, count);
  }

  /**
   * Typical LogQL queries.
   *
   * @param count how many
   * @return the queries, cycling through the shapes
   */
  public static List<String> logql(int count) {
    return generate(LOGQL, count);
  }

  private static List<String> generate(String[] shapes, int count) {
    List<String> queries = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      queries.add(shapes[i % shapes.length].replace("%d", Integer.toString(i / shapes.length)));
    }
    return queries;
  }
}
