package io.monitoringascode.core.output;

import java.util.List;

/**
 * What one {@link OutputTree#write} did to the output tree; each list holds output-relative paths with {@code /}
 * separators, sorted.
 *
 * @param written files created or replaced because their bytes changed
 * @param unchanged files whose bytes on disk already matched, so they were not touched
 * @param deleted files owned before but absent from the new set, so they were removed
 */
public record WriteResult(List<String> written, List<String> unchanged, List<String> deleted) {
  /** Copies the lists, so the result cannot change after it is returned. */
  public WriteResult {
    written = List.copyOf(written);
    unchanged = List.copyOf(unchanged);
    deleted = List.copyOf(deleted);
  }
}
