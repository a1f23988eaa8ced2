package io.monitoringascode.loki.shipping;

import io.monitoringascode.core.value.InvalidModelException;
import java.util.Map;
import java.util.TreeMap;

/**
 * One of a scrape job's {@code static_configs}: the files to tail (a glob) and the labels their lines carry. Renders
 * to {@code labels}, with the path as Promtail's {@code __path__} label.
 *
 * @param path renders to {@code labels.__path__}: a file or glob, such as {@code /var/log/generated-logs.txt}
 * @param labels renders to {@code labels}: the lines' labels, sorted by name
 */
public record StaticTarget(String path, Map<String, String> labels) {
  /** Requires a path; copies the labels, sorted. */
  public StaticTarget {
    if (path == null || path.isEmpty()) {
      throw new InvalidModelException("StaticTarget: path must not be empty.");
    }
    labels = java.util.Collections.unmodifiableMap(new TreeMap<>(labels));
  }

  /**
   * A target with labels.
   *
   * @param path the file or glob
   * @param labels the labels
   * @return the target
   */
  public static StaticTarget of(String path, Map<String, String> labels) {
    return new StaticTarget(path, labels);
  }
}
