package io.monitoringascode.stack.profile;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * An Ingress that kube-prometheus-stack 77.11.1 creates in front of one of its web UIs when
 * {@code <component>.ingress.enabled} is {@code true} (the chart's default is {@code false}, with {@code tls: []}).
 *
 * @param name how messages name the UI
 * @param component the values key of the component, such as {@code grafana}
 */
record ChartIngress(String name, String component) {
  /** Grafana, Alertmanager and Prometheus, in that order. */
  static final List<ChartIngress> ALL = List.of(new ChartIngress("Grafana", "grafana"),
      new ChartIngress("Alertmanager", "alertmanager"), new ChartIngress("Prometheus", "prometheus"));

  /** Whether the component runs and its Ingress is on. */
  boolean isExposed(ReleaseValues values) {
    return values.enabled("/" + component + "/enabled") && values.enabled(pointer("enabled"));
  }

  /** A key of the Ingress's values, such as {@code /grafana/ingress/tls}. */
  String pointer(String key) {
    return "/" + component + "/ingress/" + key;
  }

  /** The first host name, for messages, or a description of none. */
  String host(ReleaseValues values) {
    JsonNode host = values.own(pointer("hosts")).path(0);
    return host.isTextual() ? "`" + host.asText() + "`" : "its host";
  }

  /** Whether an annotation's key contains a word, such as {@code auth}, case ignored. */
  boolean hasAnnotationContaining(ReleaseValues values, List<String> words) {
    for (Iterator<String> keys = values.own(pointer("annotations")).fieldNames(); keys.hasNext(); ) {
      String key = keys.next().toLowerCase(Locale.ROOT);
      if (words.stream().anyMatch(key::contains)) {
        return true;
      }
    }
    return false;
  }
}
