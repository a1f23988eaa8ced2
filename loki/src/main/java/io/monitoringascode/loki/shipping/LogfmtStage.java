package io.monitoringascode.loki.shipping;

import java.util.Map;
import java.util.Optional;

/**
 * Promtail's {@code logfmt} stage, Alloy's {@code stage.logfmt}: parses {@code key=value} pairs.
 *
 * @param mapping renders to {@code mapping}: extracted field name to logfmt key, sorted by name; an empty key reads
 *     the key of that name
 * @param source renders to {@code source}: the extracted field to parse instead of the line
 */
public record LogfmtStage(Map<String, String> mapping, Optional<String> source) implements Stage {
  /** Copies the mapping, sorted by name. */
  public LogfmtStage {
    mapping = Stages.nonEmptySortedCopy(mapping, "logfmt: mapping", "logfmt: mapping must not be empty.");
    source = Stages.nonNull(source, "logfmt: source");
  }

  /**
   * This stage parsing an extracted field instead of the line.
   *
   * @param field the extracted field
   * @return a copy
   */
  public LogfmtStage withSource(String field) {
    return new LogfmtStage(mapping, Optional.of(field));
  }

  @Override
  public String key() {
    return "logfmt";
  }
}
