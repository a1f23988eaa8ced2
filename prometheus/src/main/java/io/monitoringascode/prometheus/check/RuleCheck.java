package io.monitoringascode.prometheus.check;

import io.fabric8.openshift.api.model.monitoring.v1.PrometheusRule;
import io.monitoringascode.core.check.CheckContext;
import io.monitoringascode.core.check.CheckGroup;
import io.monitoringascode.core.check.FindingSink;
import io.monitoringascode.core.check.GroupedCheck;

/**
 * A check of a PrometheusRule that reads it group by group and rule by rule, without context from outside the object.
 * It does not walk the object itself: {@link RuleWalks} walks it and feeds its {@link RuleWalk}. Run together through
 * {@link io.monitoringascode.core.check.Checks#run} (as {@code DocumentChecker} runs every check of a document), all
 * rule checks share one walk; with 10,000 rules, a walk per check would read every rule and tree again after they
 * have left the processor's caches. Run on its own, a check walks the object alone.
 */
abstract class RuleCheck implements GroupedCheck<PrometheusRule> {
  /**
   * Starts this check's walk over one object.
   *
   * @param sink where the walk reports
   * @return the walk, fed every group and rule of the object
   */
  abstract RuleWalk start(FindingSink sink);

  @Override
  public final CheckGroup<PrometheusRule> group() {
    return RuleWalks.GROUP;
  }

  /** Walks the subject for this check alone; the context is not read. */
  @Override
  public final void check(PrometheusRule subject, CheckContext context, FindingSink sink) {
    RuleWalks.walkAlone(subject, this, sink);
  }
}
