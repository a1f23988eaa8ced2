package io.monitoringascode.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import io.monitoringascode.core.render.Canonical;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on Helm chart values as rendered into the values file, such as
 * {@code KubePrometheusStackValues.toTree()}: a value at a JSON pointer.
 */
public final class HelmValuesAssert extends AbstractAssert<HelmValuesAssert, JsonNode> {
  HelmValuesAssert(JsonNode values) {
    super(values, HelmValuesAssert.class);
  }

  /**
   * Verifies the value at a JSON pointer.
   *
   * @param pointer the path, such as {@code /prometheus/prometheusSpec/retention}
   * @param expected the value: a string, number, boolean, or any object Jackson turns into the same tree
   * @return this assertion
   */
  public HelmValuesAssert hasValueAt(String pointer, Object expected) {
    isNotNull();
    JsonNode value = actual.at(pointer);
    JsonNode wanted = Canonical.toTree(expected);
    if (value.isMissingNode()) {
      failWithMessage("Expected %s at %s, but the values have no such key", wanted, pointer);
    }
    if (!value.equals(wanted)) {
      failWithMessage("Expected %s at %s, but it is %s", wanted, pointer, value);
    }
    return this;
  }

  /**
   * Verifies that the values do not set a key, so the chart's default applies.
   *
   * @param pointer the path
   * @return this assertion
   */
  public HelmValuesAssert hasNoValueAt(String pointer) {
    isNotNull();
    if (!actual.at(pointer).isMissingNode()) {
      failWithMessage("Expected no value at %s, but it is %s", pointer, actual.at(pointer));
    }
    return this;
  }
}
