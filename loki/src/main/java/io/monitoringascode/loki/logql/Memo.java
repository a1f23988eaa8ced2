package io.monitoringascode.loki.logql;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A small, thread-safe memory of results that cost a compilation (a regex, a Go template), keyed by their text:
 * dashboards and rule files repeat the same regexes and templates in many queries. It forgets everything once full,
 * so its size stays bounded without bookkeeping on the hot path.
 */
final class Memo<V> {
  private static final int CAPACITY = 4096;

  private final Map<String, V> values = new ConcurrentHashMap<>();
  private final Function<String, V> compute;

  Memo(Function<String, V> compute) {
    this.compute = compute;
  }

  V get(String key) {
    V value = values.get(key);
    if (value == null) {
      value = compute.apply(key);
      if (values.size() >= CAPACITY) {
        values.clear();
      }
      values.put(key, value);
    }
    return value;
  }
}
