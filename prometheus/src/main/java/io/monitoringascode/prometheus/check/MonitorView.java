package io.monitoringascode.prometheus.check;

import io.fabric8.openshift.api.model.monitoring.v1.PodMonitor;
import io.fabric8.openshift.api.model.monitoring.v1.ServiceMonitor;
import io.monitoringascode.core.finding.JsonPointers;
import java.util.ArrayList;
import java.util.List;

/**
 * What the monitor checks read of a ServiceMonitor or PodMonitor: its kind and the scrape durations of each endpoint,
 * so that one check class serves both kinds.
 *
 * @param kind {@code ServiceMonitor} or {@code PodMonitor}
 * @param endpoints the endpoints, in document order
 */
record MonitorView(String kind, List<Endpoint> endpoints) {
  /**
   * The durations of one endpoint.
   *
   * @param pointer the endpoint's pointer, such as {@code /spec/endpoints/0}
   * @param interval the {@code interval} as written, or null
   * @param scrapeTimeout the {@code scrapeTimeout} as written, or null
   */
  record Endpoint(String pointer, String interval, String scrapeTimeout) {}

  static MonitorView of(ServiceMonitor monitor) {
    List<Endpoint> endpoints = new ArrayList<>();
    if (monitor.getSpec() != null && monitor.getSpec().getEndpoints() != null) {
      var list = monitor.getSpec().getEndpoints();
      for (int i = 0; i < list.size(); i++) {
        if (list.get(i) != null) {
          endpoints.add(new Endpoint(JsonPointers.of("spec", "endpoints", i), list.get(i).getInterval(),
              list.get(i).getScrapeTimeout()));
        }
      }
    }
    return new MonitorView("ServiceMonitor", endpoints);
  }

  static MonitorView of(PodMonitor monitor) {
    List<Endpoint> endpoints = new ArrayList<>();
    if (monitor.getSpec() != null && monitor.getSpec().getPodMetricsEndpoints() != null) {
      var list = monitor.getSpec().getPodMetricsEndpoints();
      for (int i = 0; i < list.size(); i++) {
        if (list.get(i) != null) {
          endpoints.add(new Endpoint(JsonPointers.of("spec", "podMetricsEndpoints", i), list.get(i).getInterval(),
              list.get(i).getScrapeTimeout()));
        }
      }
    }
    return new MonitorView("PodMonitor", endpoints);
  }
}
