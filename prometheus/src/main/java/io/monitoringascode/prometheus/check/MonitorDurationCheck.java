package io.monitoringascode.prometheus.check;

import io.monitoringascode.core.check.Check;
import io.monitoringascode.core.check.CheckContext;
import io.monitoringascode.core.check.FindingSink;
import io.monitoringascode.core.check.RuleInfo;
import io.monitoringascode.core.finding.JsonPointers;
import io.monitoringascode.core.finding.Severity;
import io.monitoringascode.core.value.PromDuration;
import java.util.function.Function;

/**
 * {@code monitor/duration}: an endpoint's {@code interval} and {@code scrapeTimeout} must be Prometheus durations
 * such as {@code 30s}. The CRD's pattern makes the API server reject the object otherwise, so nothing is scraped. An
 * empty value means Prometheus' global setting and is allowed.
 *
 * @param <T> ServiceMonitor or PodMonitor
 */
final class MonitorDurationCheck<T> implements Check<T> {
  private static final RuleInfo INFO = RuleInfo.of("monitor/duration", Severity.ERROR,
      "Scrape intervals and timeouts must be Prometheus durations such as `30s`.");

  private final Function<T, MonitorView> view;

  MonitorDurationCheck(Function<T, MonitorView> view) {
    this.view = view;
  }

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(T subject, CheckContext context, FindingSink sink) {
    MonitorView monitor = view.apply(subject);
    String consequence = "so the API server rejects this " + monitor.kind() + " and its targets are never scraped";
    for (MonitorView.Endpoint endpoint : monitor.endpoints()) {
      check(sink, endpoint.pointer(), "interval", endpoint.interval(), consequence);
      check(sink, endpoint.pointer(), "scrapeTimeout", endpoint.scrapeTimeout(), consequence);
    }
  }

  private static void check(FindingSink sink, String endpoint, String key, String value, String consequence) {
    if (value != null && !value.isEmpty() && !PromDuration.isValid(value)) {
      Durations.report(sink, JsonPointers.child(endpoint, key), key, value, consequence);
    }
  }
}
