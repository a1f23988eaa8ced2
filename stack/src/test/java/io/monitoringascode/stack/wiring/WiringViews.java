package io.monitoringascode.stack.wiring;

import io.monitoringascode.core.check.Check;
import io.monitoringascode.core.check.CheckContext;
import io.monitoringascode.core.document.DocumentReader;
import io.monitoringascode.core.finding.Finding;
import io.monitoringascode.loki.values.LokiChart;
import io.monitoringascode.stack.layout.ChartRelease;
import io.monitoringascode.stack.layout.RenderedDocument;
import io.monitoringascode.stack.values.KubePrometheusStackChart;
import java.util.List;

/**
 * Stack views as the tutorial's, for the tests of the wiring checks: kube-prometheus-stack {@code prometheus} and Loki
 * {@code loki}, one namespace.
 */
public final class WiringViews {
  public static final String NAMESPACE = "k8s-monitoring-ns";

  private WiringViews() {}

  public static ChartRelease kubePrometheusStack(String yaml) {
    return new ChartRelease("prometheus", NAMESPACE, KubePrometheusStackChart.get(), DocumentReader.read(yaml).get(0));
  }

  public static ChartRelease loki(String yaml) {
    return new ChartRelease("loki", NAMESPACE, LokiChart.get(), DocumentReader.read(yaml).get(0));
  }

  public static RenderedDocument document(String file, String yaml) {
    return new RenderedDocument(file, DocumentReader.read(yaml).get(0));
  }

  /** Each finding as one line: severity, rule, file, pointer, span, message and hint. */
  public static List<String> lines(Check<StackView> check, StackView view) {
    return check.run(view, CheckContext.none()).stream().map(WiringViews::line).toList();
  }

  public static String line(Finding finding) {
    return finding.severity().name().toLowerCase(java.util.Locale.ROOT) + " [" + finding.ruleId() + "] "
        + finding.location().file().orElse("") + "#" + finding.location().pointer()
        + finding.location().span().map(span -> "@" + span.start() + "-" + span.end()).orElse("") + ": "
        + finding.message() + finding.hint().map(hint -> " | " + hint).orElse("");
  }
}
