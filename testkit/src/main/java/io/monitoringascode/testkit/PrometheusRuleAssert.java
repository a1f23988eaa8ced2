package io.monitoringascode.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.openshift.api.model.monitoring.v1.PrometheusRule;
import io.monitoringascode.core.render.Canonical;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.AbstractAssert;

/** Assertions on a PrometheusRule, as rendered: its alerting rules by name. */
public final class PrometheusRuleAssert extends AbstractAssert<PrometheusRuleAssert, PrometheusRule> {
  PrometheusRuleAssert(PrometheusRule actual) {
    super(actual, PrometheusRuleAssert.class);
  }

  /**
   * Verifies that exactly one rule of any group alerts with this name, and returns assertions on it.
   *
   * @param name the {@code alert} name, such as {@code TargetDown}
   * @return assertions on the alerting rule
   */
  public AlertRuleAssert hasAlert(String name) {
    isNotNull();
    List<JsonNode> matches = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (JsonNode group : Canonical.toTree(actual).path("spec").path("groups")) {
      for (JsonNode rule : group.path("rules")) {
        if (rule.has("alert")) {
          names.add(rule.path("alert").asText());
          if (rule.path("alert").asText().equals(name)) {
            matches.add(rule);
          }
        }
      }
    }
    if (matches.size() != 1) {
      failWithMessage("Expected one alert %s in PrometheusRule %s, but found %d; its alerts are %s", name,
          actual.getMetadata() == null ? "" : actual.getMetadata().getName(), matches.size(), names);
    }
    return new AlertRuleAssert(matches.get(0));
  }
}
