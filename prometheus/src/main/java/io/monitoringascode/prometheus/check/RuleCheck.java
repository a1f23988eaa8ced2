package io.monitoringascode.prometheus.check;

import io.fabric8.openshift.api.model.monitoring.v1.PrometheusRule;
import io.monitoringascode.core.check.Check;
import io.monitoringascode.core.check.CheckContext;
import io.monitoringascode.core.check.FindingSink;

/**
 * A check of a PrometheusRule that reads it group by group and rule by rule, without context from outside the object.
 * It does not walk the object itself: {@link RuleWalks} walks it once for every such check, on the first one's call,
 * and each check then takes the findings of its own {@link RuleWalk}. With 10,000 rules, a walk per check would read
 * every rule and tree again after they have left the processor's caches. A walk knows its checks by class, so a
 * {@code RuleCheck} has no settings of its own: two instances of one class are the same check.
 */
abstract class RuleCheck implements Check<PrometheusRule> {
  /**
   * Starts this check's walk over one object.
   *
   * @param sink where the walk reports
   * @return the walk, fed every group and rule of the object
   */
  abstract RuleWalk start(FindingSink sink);

  /** Reports the findings of this check's walk over the subject; the context is not read. */
  @Override
  public final void check(PrometheusRule subject, CheckContext context, FindingSink sink) {
    RuleWalks.report(subject, this, sink);
  }
}
