package io.monitoringascode.loki.shipping;

import io.monitoringascode.core.value.InvalidModelException;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/** The local invariants the stage records share. */
final class Stages {
  private Stages() {}

  static InvalidModelException invalid(String message) {
    return new InvalidModelException(message);
  }

  static String nonEmpty(String value, String what) {
    if (value == null || value.isEmpty()) {
      throw invalid(what + " must not be empty.");
    }
    return value;
  }

  static <T> Optional<T> nonNull(Optional<T> value, String what) {
    return Objects.requireNonNull(value, what);
  }

  static Map<String, String> sortedCopy(Map<String, String> map, String what) {
    Objects.requireNonNull(map, what);
    Map<String, String> sorted = new TreeMap<>();
    map.forEach((key, value) -> sorted.put(Objects.requireNonNull(key, what), value == null ? "" : value));
    return Collections.unmodifiableMap(sorted);
  }
}
