package io.monitoringascode.alerting.routing;

import io.monitoringascode.alerting.config.InhibitionRule;
import java.util.Collection;
import java.util.List;

/** An inhibit rule ready to evaluate against a set of firing alerts. */
final class CompiledInhibition {
  private final CompiledMatcher[] source;
  private final CompiledMatcher[] target;
  private final List<String> equal;

  CompiledInhibition(InhibitionRule rule) {
    this.source = CompiledMatcher.compile(rule.sourceMatch());
    this.target = CompiledMatcher.compile(rule.targetMatch());
    this.equal = rule.equal();
  }

  /**
   * Tells whether a firing alert mutes the given one, as Alertmanager's inhibitor does: when the alert matches both
   * sides, a source that also matches the target side does not count, so an alert never mutes itself.
   */
  boolean mutes(Alert alert, Collection<Alert> firing) {
    if (!CompiledMatcher.all(target, alert)) {
      return false;
    }
    boolean twoSided = CompiledMatcher.all(source, alert);
    for (Alert candidate : firing) {
      if (CompiledMatcher.all(source, candidate)
          && !(twoSided && CompiledMatcher.all(target, candidate))
          && equalLabels(candidate, alert)) {
        return true;
      }
    }
    return false;
  }

  private boolean equalLabels(Alert source, Alert alert) {
    for (String label : equal) {
      if (!source.label(label).equals(alert.label(label))) {
        return false;
      }
    }
    return true;
  }
}
