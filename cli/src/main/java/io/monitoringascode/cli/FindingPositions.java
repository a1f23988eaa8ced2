package io.monitoringascode.cli;

import io.monitoringascode.core.finding.Location;
import io.monitoringascode.core.lang.TextPosition;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The line and column where each finding's value starts in the file it was read from, for the formats to show;
 * each file is parsed for positions once, and only when a finding in it asks.
 */
final class FindingPositions {
  private final CheckRun run;
  private final Map<String, SourcePositions> parsed = new HashMap<>();

  FindingPositions(CheckRun run) {
    this.run = run;
  }

  /**
   * Where a location starts: the value it points at, or the nearest enclosing value that exists in the file (the
   * parent object of a missing key).
   *
   * @param location a finding's location
   * @return the 1-based line and column, or empty when the location names no file that was read
   */
  Optional<TextPosition> of(Location location) {
    return location.file().flatMap(file -> run.file(file)
        .flatMap(source -> parsed.computeIfAbsent(file, f -> SourcePositions.parse(source.text()))
            .find(location.document(), location.pointer())));
  }
}
