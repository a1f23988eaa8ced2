package io.monitoringascode.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.monitoringascode.core.check.CheckContext;
import io.monitoringascode.core.finding.RuleId;
import io.monitoringascode.core.values.ValuesChart;
import io.monitoringascode.core.values.ValuesChecks;
import io.monitoringascode.grafana.datasource.DataSource;
import io.monitoringascode.loki.values.LokiChart;
import io.monitoringascode.stack.values.KubePrometheusStackChart;
import io.monitoringascode.stack.wiring.ProvisionedDataSources;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The {@code --values CHART@VERSION=FILE} arguments: which pinned chart version checks which Helm values file.
 *
 * @param chart the chart version
 * @param file the values file
 */
record ValuesOption(ValuesChart chart, Path file) {
  /** The chart versions whose values can be checked, in the order the usage lists them. */
  static final List<ValuesChart> CHARTS = List.of(KubePrometheusStackChart.get(), LokiChart.get());

  private static final List<String> SELECTORS = List.of("serviceMonitorSelector", "podMonitorSelector",
      "ruleSelector");

  /**
   * Parses one argument.
   *
   * @param argument such as {@code kube-prometheus-stack@77.11.1=k8s/values/kps.yaml}
   * @return the chart version and the file
   * @throws IllegalArgumentException naming the known chart versions when the chart or version is unknown, or the
   *     form is wrong
   */
  static ValuesOption parse(String argument) {
    int equals = argument.indexOf('=');
    int at = argument.indexOf('@');
    if (equals < 0 || at < 0 || at > equals || equals == argument.length() - 1) {
      throw new IllegalArgumentException("`" + argument + "` is not of the form CHART@VERSION=FILE; known charts: "
          + known() + ".");
    }
    String chart = argument.substring(0, at);
    String version = argument.substring(at + 1, equals);
    for (ValuesChart candidate : CHARTS) {
      if (candidate.name().equals(chart) && candidate.version().equals(version)) {
        return new ValuesOption(candidate, Path.of(argument.substring(equals + 1)));
      }
    }
    throw new IllegalArgumentException("No key index for chart `" + chart + "@" + version + "`; known charts: "
        + known() + ".");
  }

  /**
   * The known chart versions, for messages.
   *
   * @return such as {@code kube-prometheus-stack@77.11.1, loki@6.41.1}
   */
  static String known() {
    return CHARTS.stream().map(c -> c.name() + "@" + c.version()).collect(Collectors.joining(", "));
  }

  /**
   * Every rule id a values check may report.
   *
   * @return the ids, sorted
   */
  static List<RuleId> ruleIds() {
    TreeSet<RuleId> ids = new TreeSet<>(ValuesChecks.ruleIds());
    CHARTS.forEach(chart -> chart.checks().forEach(check -> ids.add(check.info().id())));
    return List.copyOf(ids);
  }

  /**
   * The selection that a kube-prometheus-stack values file sets for its Prometheus, when it is unambiguous: the
   * ServiceMonitor, PodMonitor and rule selectors all set the same {@code matchLabels}. Objects must carry those
   * labels instead of the chart's default {@code release: NAME}.
   *
   * @param context the context from the other options
   * @param values the kube-prometheus-stack values
   * @return the context with the values' selector labels, or {@code context} when the values do not settle them
   */
  static CheckContext selection(CheckContext context, JsonNode values) {
    Optional<Map<String, String>> labels = Optional.empty();
    for (String selector : SELECTORS) {
      JsonNode matchLabels = values.at("/prometheus/prometheusSpec/" + selector + "/matchLabels");
      if (!matchLabels.isObject() || matchLabels.isEmpty()
          || values.at("/prometheus/prometheusSpec/" + selector + "/matchExpressions").size() > 0) {
        return context;
      }
      Map<String, String> these = new TreeMap<>();
      matchLabels.fields().forEachRemaining(f -> these.put(f.getKey(), f.getValue().asText()));
      if (labels.isPresent() && !labels.get().equals(these)) {
        return context;
      }
      labels = Optional.of(these);
    }
    return CheckContext.builder().from(context).selectorLabels(labels.orElseThrow()).build();
  }

  /**
   * The data sources a kube-prometheus-stack values file provisions, for dashboards' references to resolve against.
   * Only their names, uids and types matter here, so the release name and namespace (which only build the URLs) are
   * left out.
   *
   * @param values the kube-prometheus-stack values
   * @return the data sources, or none when the values provision one this library cannot represent
   */
  static List<DataSource> dataSources(JsonNode values) {
    return ProvisionedDataSources.fromKubePrometheusStack(KubePrometheusStackChart.NAME, "", values).forDashboards();
  }

  /**
   * The first document of a values file, or an empty map when the file has none.
   *
   * @param file the file read
   * @return the values
   */
  static JsonNode document(SourceFile file) {
    return file.documents().stream().filter(d -> !d.isMissingNode()).findFirst()
        .orElse(JsonNodeFactory.instance.objectNode());
  }
}
