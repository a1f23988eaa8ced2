package io.monitoringascode.loki.shipping;

import java.util.Map;
import java.util.Optional;

/**
 * Promtail's {@code json} stage, Alloy's {@code stage.json}: parses the line (or an extracted field) as JSON.
 *
 * @param expressions renders to {@code expressions}: extracted field name to JMESPath expression, sorted by name; an
 *     empty expression reads the field of that name
 * @param source renders to {@code source}: the extracted field to parse instead of the line
 */
public record JsonStage(Map<String, String> expressions, Optional<String> source) implements Stage {
  /** Copies the expressions, sorted by name. */
  public JsonStage {
    // Promtail refuses the stage at start: "JMES expression is required".
    expressions = Stages.nonEmptySortedCopy(expressions, "json: expressions", "json: expressions must not be empty.");
    source = Stages.nonNull(source, "json: source");
  }

  /**
   * This stage parsing an extracted field instead of the line.
   *
   * @param field the extracted field
   * @return a copy
   */
  public JsonStage withSource(String field) {
    return new JsonStage(expressions, Optional.of(field));
  }

  @Override
  public String key() {
    return "json";
  }
}
