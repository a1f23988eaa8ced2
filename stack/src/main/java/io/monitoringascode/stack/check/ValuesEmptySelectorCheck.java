package io.monitoringascode.stack.check;

import com.fasterxml.jackson.databind.JsonNode;
import io.monitoringascode.core.check.Check;
import io.monitoringascode.core.check.CheckContext;
import io.monitoringascode.core.check.FindingSink;
import io.monitoringascode.core.check.RuleInfo;
import io.monitoringascode.core.finding.Severity;
import io.monitoringascode.core.values.ChartValues;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code values/empty-selector}: a Prometheus selector of kube-prometheus-stack written as {@code {}}, which reads as
 * "select everything", while its {@code …SelectorNilUsesHelmValues} is left at its default {@code true}. The chart
 * then renders {@code matchLabels: {release: <release>}} in its place (an empty selector counts as unset), so objects
 * without that label are silently not picked up. Files that also set the {@code …NilUsesHelmValues} key, such as the
 * chart's own defaults, made the choice explicitly and are not reported.
 */
public final class ValuesEmptySelectorCheck implements Check<ChartValues> {
  private static final RuleInfo INFO = RuleInfo.of("values/empty-selector", Severity.WARNING,
      "An empty Prometheus selector selects only the release's objects unless its NilUsesHelmValues is false.");

  private static final String SPEC = "/prometheus/prometheusSpec/";
  /** Selector name prefix and the kind it selects, in the order of the chart's values. */
  private static final Map<String, String> SELECTED = new LinkedHashMap<>();

  static {
    SELECTED.put("serviceMonitor", "ServiceMonitor");
    SELECTED.put("podMonitor", "PodMonitor");
    SELECTED.put("probe", "Probe");
    SELECTED.put("scrapeConfig", "ScrapeConfig");
    SELECTED.put("rule", "PrometheusRule");
  }

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(ChartValues values, CheckContext context, FindingSink sink) {
    for (Map.Entry<String, String> selected : SELECTED.entrySet()) {
      String kind = selected.getKey();
      String object = selected.getValue();
      String selector = SPEC + kind + "Selector";
      String nilUses = SPEC + kind + "SelectorNilUsesHelmValues";
      JsonNode value = values.values().at(selector);
      if (value.isObject() && value.isEmpty() && values.values().at(nilUses).isMissingNode()
          && values.effective(nilUses).asBoolean(true)) {
        sink.at(selector).warning("`" + kind + "Selector` is `{}`, but with `" + kind + "SelectorNilUsesHelmValues`"
            + " at its default `true` the chart selects only " + object + "s labelled `release: <release>`, so "
            + "the others are silently not picked up.")
            .hint("Set `prometheus.prometheusSpec." + kind + "SelectorNilUsesHelmValues: false` to select every "
                + object + ", or remove `" + kind + "Selector` to keep the release label.");
      }
    }
  }
}
