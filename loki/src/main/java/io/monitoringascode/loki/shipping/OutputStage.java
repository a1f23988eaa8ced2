package io.monitoringascode.loki.shipping;

/**
 * Promtail's {@code output} stage, Alloy's {@code stage.output}: replaces the line with an extracted field.
 *
 * @param source renders to {@code source}: the extracted field
 */
public record OutputStage(String source) implements Stage {
  /** Requires a source. */
  public OutputStage {
    source = Stages.nonEmpty(source, "output: source");
  }

  @Override
  public String key() {
    return "output";
  }
}
