package io.monitoringascode.prometheus.check;

import static io.monitoringascode.prometheus.check.Fixtures.finding;
import static io.monitoringascode.prometheus.check.Fixtures.read;
import static io.monitoringascode.prometheus.check.Fixtures.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.openshift.api.model.monitoring.v1.ServiceMonitor;
import io.monitoringascode.core.finding.Severity;
import org.junit.jupiter.api.Test;

class MonitorScrapeTimeoutCheckTest {
  private final MonitorScrapeTimeoutCheck<ServiceMonitor> check = new MonitorScrapeTimeoutCheck<>(MonitorView::of);

  private static ServiceMonitor monitor(String endpoint) {
    return read("""
        apiVersion: monitoring.coreos.com/v1
        kind: ServiceMonitor
        metadata: {name: demo}
        spec:
          selector: {}
          endpoints:
            - %s
        """.formatted(endpoint), ServiceMonitor.class);
  }

  @Test
  void check_timeoutLongerThanInterval_reportsError() {
    assertThat(run(check, monitor("{port: http, interval: 30s, scrapeTimeout: 1m}"))).containsExactly(finding(
        "monitor/scrape-timeout", Severity.ERROR, "/spec/endpoints/0/scrapeTimeout",
        "`scrapeTimeout` `1m` is longer than the `interval` `30s`, so the operator rejects this ServiceMonitor and"
            + " its targets are never scraped.",
        "Lower `scrapeTimeout` to at most `30s`, or raise `interval` to at least `1m`."));
  }

  @Test
  void check_timeoutEqualToInterval_reportsNothing() {
    assertThat(run(check, monitor("{port: http, interval: 30s, scrapeTimeout: 30000ms}"))).isEmpty();
  }

  @Test
  void check_onlyOneOfTheTwoOrMalformed_isIgnored() {
    assertThat(run(check, monitor("{port: http, scrapeTimeout: 5m}"))).isEmpty();
    assertThat(run(check, monitor("{port: http, interval: 30, scrapeTimeout: 1m}"))).isEmpty();
  }
}
