package io.monitoringascode.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import org.assertj.core.api.AbstractAssert;

/** Assertions on one alerting rule of a PrometheusRule, as rendered: expression, {@code for}, labels, annotations. */
public final class AlertRuleAssert extends AbstractAssert<AlertRuleAssert, JsonNode> {
  AlertRuleAssert(JsonNode rule) {
    super(rule, AlertRuleAssert.class);
  }

  /**
   * Verifies the expression, as written.
   *
   * @param expr the PromQL expression
   * @return this assertion
   */
  public AlertRuleAssert hasExpr(String expr) {
    return hasField("expr", expr);
  }

  /**
   * Verifies how long the condition must hold before the alert fires.
   *
   * @param duration the {@code for} duration, such as {@code 5m}
   * @return this assertion
   */
  public AlertRuleAssert hasFor(String duration) {
    return hasField("for", duration);
  }

  /**
   * Verifies one label.
   *
   * @param name the label name, such as {@code severity}
   * @param value the value
   * @return this assertion
   */
  public AlertRuleAssert hasLabel(String name, String value) {
    return hasEntry("labels", name, value);
  }

  /**
   * Verifies one annotation.
   *
   * @param name the annotation name, such as {@code summary}
   * @param value the value, templates as written
   * @return this assertion
   */
  public AlertRuleAssert hasAnnotation(String name, String value) {
    return hasEntry("annotations", name, value);
  }

  private AlertRuleAssert hasField(String field, String expected) {
    String value = actual.path(field).asText(null);
    if (!expected.equals(value)) {
      failWithMessage("Expected alert %s to have %s%n  %s%nbut it has%n  %s", alert(), field, expected, value);
    }
    return this;
  }

  private AlertRuleAssert hasEntry(String map, String name, String expected) {
    String value = actual.path(map).path(name).asText(null);
    if (!expected.equals(value)) {
      failWithMessage("Expected alert %s to have %s %s=%s, but its %s are %s", alert(), map, name, expected, map,
          actual.path(map));
    }
    return this;
  }

  private String alert() {
    return actual.path("alert").asText();
  }
}
