package io.monitoringascode.examples.tutorial;

import io.monitoringascode.prometheus.monitor.ScrapeEndpoint;
import io.monitoringascode.prometheus.monitor.ServiceScrape;

/**
 * The tutorial's ServiceMonitor: Prometheus scrapes the demo app's Service every 30 seconds at
 * {@code /swagger-stats/metrics}, and takes the {@code job} label from the Service's own {@code job} label.
 */
public final class DemoAppScraping {
  private DemoAppScraping() {}

  /**
   * The scrape of the demo app.
   *
   * @param release the kube-prometheus-stack release whose Prometheus must select it
   * @return the ServiceMonitor's model
   */
  public static ServiceScrape serviceScrape(String release) {
    return ServiceScrape.builder()
        .name("prometheus-demo-app-svc-monitor")
        .putLabel("release", release)
        .putLabel("app", "prometheus")
        .jobLabel("job")
        .putMatchLabel("app", DemoApp.SERVICE)
        .addEndpoint(ScrapeEndpoint.builder()
            .port(DemoApp.PORT)
            .path("/swagger-stats/metrics")
            .interval("30s")
            .build())
        .build();
  }
}
