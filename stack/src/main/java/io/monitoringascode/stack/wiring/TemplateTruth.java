package io.monitoringascode.stack.wiring;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * How a Helm chart's Go templates test a values key, as in {@code {{ if .Values.prometheus.enabled }}}: Go's
 * {@code text/template} counts {@code false}, {@code 0}, {@code ""}, {@code null} and an empty map or list as false,
 * everything else as true. An empty selector {@code {}} is therefore "not set" to the chart.
 */
public final class TemplateTruth {
  private TemplateTruth() {}

  /**
   * Whether the chart's templates see a value as true.
   *
   * @param value the user's value, or a missing node where the values do not set the key
   * @param whenMissing the verdict for a missing node: the truth of the chart's default
   * @return the verdict
   */
  public static boolean isTrue(JsonNode value, boolean whenMissing) {
    if (value.isMissingNode()) {
      return whenMissing;
    }
    if (value.isBoolean()) {
      return value.booleanValue();
    }
    if (value.isNumber()) {
      return value.doubleValue() != 0;
    }
    if (value.isTextual()) {
      return !value.textValue().isEmpty();
    }
    return !value.isNull() && !value.isEmpty();
  }
}
