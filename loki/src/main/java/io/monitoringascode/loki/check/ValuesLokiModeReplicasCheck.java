package io.monitoringascode.loki.check;

import io.monitoringascode.core.check.Check;
import io.monitoringascode.core.check.CheckContext;
import io.monitoringascode.core.check.FindingSink;
import io.monitoringascode.core.check.RuleInfo;
import io.monitoringascode.core.finding.Severity;
import io.monitoringascode.core.values.ChartValues;

/**
 * {@code values/loki-mode-replicas}: {@code deploymentMode: SingleBinary} while the simple-scalable targets
 * ({@code write}, {@code read}, {@code backend}) keep replicas. Their default is 3, so switching the mode alone is not
 * enough: the chart's {@code validate.yaml} refuses to render, and {@code helm install} fails.
 */
public final class ValuesLokiModeReplicasCheck implements Check<ChartValues> {
  private static final RuleInfo INFO = RuleInfo.of("values/loki-mode-replicas", Severity.ERROR,
      "In SingleBinary mode, the write, read and backend targets must have 0 replicas.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(ChartValues values, CheckContext context, FindingSink sink) {
    if (!"SingleBinary".equals(LokiValues.mode(values))) {
      return;
    }
    for (String component : LokiValues.SCALABLE) {
      String pointer = LokiValues.replicas(component);
      if (LokiValues.count(values, pointer) > 0) {
        sink.at(pointer).error("Loki's `deploymentMode` is `SingleBinary` but `" + LokiValues.dotted(pointer)
            + "` is " + LokiValues.shown(values, pointer) + ", so the chart refuses to install: it allows "
            + "simple-scalable replicas beside a single binary only in mode `SingleBinary<->SimpleScalable`.")
            .hint("Set `" + LokiValues.dotted(pointer) + ": 0`.");
      }
    }
  }
}
