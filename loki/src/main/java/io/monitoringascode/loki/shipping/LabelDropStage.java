package io.monitoringascode.loki.shipping;

import java.util.List;

/**
 * Promtail's {@code labeldrop} stage, Alloy's {@code stage.label_drop}: removes labels from the line.
 *
 * @param names renders to the stage's list: the labels to drop
 */
public record LabelDropStage(List<String> names) implements Stage {
  /** Requires at least one name. */
  public LabelDropStage {
    names = List.copyOf(names);
    if (names.isEmpty()) {
      throw Stages.invalid("labeldrop: at least one label is required.");
    }
  }

  @Override
  public String key() {
    return "labeldrop";
  }
}
