package io.monitoringascode.core.values;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.Objects;

/**
 * A values tree to check against one chart version: a user's values file, or the tree a typed values builder renders.
 *
 * @param index the chart version's key index
 * @param values the values, as Helm reads them (a map at the root)
 */
public record ChartValues(ValuesIndex index, JsonNode values) {
  /** Requires both parts. */
  public ChartValues {
    Objects.requireNonNull(index, "index");
    Objects.requireNonNull(values, "values");
  }

  /**
   * The value Helm uses at a key: the user's value when set and not {@code null}, else the chart's default when the
   * index holds it as a scalar.
   *
   * @param pointer the key's JSON pointer
   * @return the value, or a {@code MissingNode} when neither is known
   */
  public JsonNode effective(String pointer) {
    JsonNode value = values.at(pointer);
    if (!value.isMissingNode() && !value.isNull()) {
      return value;
    }
    return index.key(pointer).flatMap(ValuesKey::defaultValue).orElse(MissingNode.getInstance());
  }

  /**
   * Tells whether the user set a key (to anything but {@code null}).
   *
   * @param pointer the key's JSON pointer
   * @return {@code true} if the values hold it
   */
  public boolean isSet(String pointer) {
    JsonNode value = values.at(pointer);
    return !value.isMissingNode() && !value.isNull();
  }
}
