package io.monitoringascode.alerting.routing;

import java.util.Map;
import java.util.TreeMap;

/**
 * An alert as the routing tree sees it: its labels. A label that is absent reads as the empty string, as in
 * Alertmanager, so {@code severity=""} matches an alert without {@code severity}.
 *
 * @param labels label name to value; copied
 */
public record Alert(Map<String, String> labels) {
  /**
   * Copies the labels.
   *
   * @param labels label name to value
   */
  public Alert {
    labels = Map.copyOf(labels);
  }

  /**
   * An alert from alternating names and values.
   *
   * @param namesAndValues {@code "alertname", "KubePodCrashLooping", "namespace", "default"}
   * @return the alert
   * @throws IllegalArgumentException if the count is odd
   */
  public static Alert of(String... namesAndValues) {
    if (namesAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("names and values must come in pairs, got " + namesAndValues.length);
    }
    Map<String, String> labels = new TreeMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      labels.put(namesAndValues[i], namesAndValues[i + 1]);
    }
    return new Alert(labels);
  }

  /**
   * The value of a label.
   *
   * @param name the label name
   * @return its value, or the empty string when the alert does not carry it
   */
  public String label(String name) {
    return labels.getOrDefault(name, "");
  }

  @Override
  public String toString() {
    return new TreeMap<>(labels).toString();
  }
}
