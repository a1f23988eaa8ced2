package io.monitoringascode.alerting.receiver;

import io.fabric8.openshift.api.model.monitoring.v1alpha1.KeyValue;
import io.monitoringascode.core.value.InvalidModelException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The CRD's lists of {@code {key, value}} pairs (e-mail headers, PagerDuty details), which the value types hold as
 * maps: keys are unique, and the list is written sorted by key so that the output does not depend on insertion order.
 */
final class KeyValueList {
  private KeyValueList() {}

  /** Reads a fabric8 list; every pair needs a key, keys must be unique, and a missing value is empty. */
  static Map<String, String> read(String attribute, List<KeyValue> pairs) {
    Map<String, String> map = new LinkedHashMap<>();
    if (pairs == null) {
      return map;
    }
    for (KeyValue pair : pairs) {
      if (pair == null || pair.getKey() == null || pair.getKey().isEmpty()) {
        throw new InvalidModelException("`" + attribute + "`: an entry has no key.");
      }
      if (map.put(pair.getKey(), pair.getValue() == null ? "" : pair.getValue()) != null) {
        throw new InvalidModelException("`" + attribute + "`: key `" + pair.getKey() + "` appears twice.");
      }
    }
    return map;
  }

  /** Writes a map as a fabric8 list sorted by key, or {@code null} when it is empty so that nothing renders. */
  static List<KeyValue> write(Map<String, String> map) {
    if (map.isEmpty()) {
      return null;
    }
    List<KeyValue> pairs = new ArrayList<>();
    new TreeMap<>(map).forEach((key, value) -> pairs.add(new KeyValue(key, value)));
    return pairs;
  }
}
