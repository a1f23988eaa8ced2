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
 * {@code monitor/scrape-timeout}: an endpoint's {@code scrapeTimeout} must not be longer than its {@code interval}.
 * The operator rejects such a ServiceMonitor or PodMonitor (the CRD's description says so), and Prometheus itself
 * refuses a scrape config whose timeout exceeds its interval. Only endpoints that set both are judged: the global
 * defaults are not known here.
 *
 * @param <T> ServiceMonitor or PodMonitor
 */
final class MonitorScrapeTimeoutCheck<T> implements Check<T> {
  private static final RuleInfo INFO = RuleInfo.of("monitor/scrape-timeout", Severity.ERROR,
      "An endpoint's scrapeTimeout must not be longer than its interval.");

  private final Function<T, MonitorView> view;

  MonitorScrapeTimeoutCheck(Function<T, MonitorView> view) {
    this.view = view;
  }

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(T subject, CheckContext context, FindingSink sink) {
    MonitorView monitor = view.apply(subject);
    for (MonitorView.Endpoint endpoint : monitor.endpoints()) {
      // Malformed values are monitor/duration's to report.
      if (!PromDuration.isValid(endpoint.interval()) || !PromDuration.isValid(endpoint.scrapeTimeout())) {
        continue;
      }
      PromDuration interval = PromDuration.parse(endpoint.interval());
      PromDuration timeout = PromDuration.parse(endpoint.scrapeTimeout());
      if (timeout.millis() > interval.millis()) {
        sink.at(JsonPointers.child(endpoint.pointer(), "scrapeTimeout"))
            .error("`scrapeTimeout` `" + timeout + "` is longer than the `interval` `" + interval + "`, so the operator"
                + " rejects this " + monitor.kind() + " and its targets are never scraped.")
            .hint("Lower `scrapeTimeout` to at most `" + interval + "`, or raise `interval` to at least `" + timeout
                + "`.");
      }
    }
  }
}
