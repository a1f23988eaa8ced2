package io.monitoringascode.prometheus.check;

import io.monitoringascode.core.check.FindingSink;
import io.monitoringascode.core.check.RuleInfo;
import io.monitoringascode.core.finding.Severity;
import io.monitoringascode.core.value.PromDuration;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code rule/for-interval}: an alert's {@code for} that is longer than zero but shorter than its group's evaluation
 * interval. An alert becomes pending at the evaluation that first finds it true and fires at the first later
 * evaluation at least {@code for} after that, so any {@code for} up to one interval waits a whole interval:
 * {@code for: 10s} under a 30 s interval acts as {@code for: 30s}. The interval is the group's {@code interval}, or
 * else 30 s: the Prometheus-Operator CRD's default {@code evaluationInterval}, which kube-prometheus-stack keeps (its
 * {@code prometheusSpec.evaluationInterval} is empty). Advice only: a Prometheus that sets a shorter
 * {@code evaluationInterval} makes the finding moot.
 */
final class RuleForIntervalCheck extends RuleCheck {
  private static final RuleInfo INFO = RuleInfo.of("rule/for-interval", Severity.INFO,
      "An alert's `for` should be at least its group's evaluation interval.");

  /** The Prometheus CRD's default {@code evaluationInterval}. */
  private static final PromDuration DEFAULT_INTERVAL = PromDuration.parse("30s");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  RuleWalk start(FindingSink sink) {
    // Rules repeat a few durations: each text is read once.
    Map<String, Long> millis = new HashMap<>();
    return (site, expression) -> check(sink, site, millis);
  }

  private static void check(FindingSink sink, RuleSite site, Map<String, Long> millis) {
    String forText = site.rule().getFor();
    if (forText == null || !site.isAlerting()) {
      return;
    }
    long forMillis = millis.computeIfAbsent(forText, PromDuration::millisOf);
    String own = site.group().getInterval();
    long ownMillis = own == null ? -1 : millis.computeIfAbsent(own, PromDuration::millisOf);
    boolean ownInterval = own != null;
    // A malformed interval is rule/duration's to report.
    if (forMillis <= 0 || ownInterval && ownMillis < 0
        || forMillis >= (ownInterval ? ownMillis : DEFAULT_INTERVAL.millis())) {
      return;
    }
    String interval = ownInterval ? own : DEFAULT_INTERVAL.text();
    String source = ownInterval ? "the group's `interval` of `" + interval + "`"
        : "the default evaluation interval of `" + interval + "` (the group sets no `interval`)";
    sink.at(site.pointer("for"))
        .info("`for: " + forText + "` of alert `" + site.rule().getAlert() + "` is shorter than " + source
            + ", so the alert fires one whole interval after it first holds, as with `for: " + interval + "`.")
        .hint("Set `for` to `" + interval + "` or longer (or `0s` to fire at the first evaluation), or give the"
            + " group a shorter `interval`.");
  }
}
