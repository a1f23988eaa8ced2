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

  /** A copy sorted by key, {@code null} values as empty; an empty map is invalid, with the message {@code whenEmpty}. */
  static Map<String, String> nonEmptySortedCopy(Map<String, String> map, String what, String whenEmpty) {
    Objects.requireNonNull(map, what);
    Map<String, String> sorted = new TreeMap<>();
    map.forEach((key, value) -> sorted.put(Objects.requireNonNull(key, what), value == null ? "" : value));
    if (sorted.isEmpty()) {
      throw invalid(whenEmpty);
    }
    return Collections.unmodifiableMap(sorted);
  }
}
