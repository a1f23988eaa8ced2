package io.monitoringascode.loki.shipping;

import java.util.Map;

/**
 * Promtail's {@code labels} stage, Alloy's {@code stage.labels}: turns extracted fields into labels of the line.
 * A field that is not extracted adds no label, silently.
 *
 * @param values renders to the stage's map: label name to the extracted field it reads, sorted by label; an empty
 *     field reads the field named like the label (rendered as a key without value, as Promtail's documentation writes it)
 */
public record LabelsStage(Map<String, String> values) implements Stage {
  /** Copies the values, sorted by label. */
  public LabelsStage {
    values = Stages.nonEmptySortedCopy(values, "labels", "labels: at least one label is required.");
  }

  /**
   * The extracted field a label reads.
   *
   * @param label a label of this stage
   * @return the field name
   */
  public String sourceOf(String label) {
    String source = values.get(label);
    return source == null || source.isEmpty() ? label : source;
  }

  @Override
  public String key() {
    return "labels";
  }
}
